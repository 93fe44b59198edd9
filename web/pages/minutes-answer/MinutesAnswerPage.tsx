import { Alert, Button, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import type { MinutesView } from '../../../common/api/minutes';
import { ApiError } from '../../api/client';
import { answerByLink, getMinutesByLink } from '../../api/minutes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { CorrectionForm } from '../../components/minutes/CorrectionForm';
import { browserZone, inZone } from '../../components/minutes/format';
import { MinutesStateBadge } from '../../components/minutes/MinutesStateBadge';
import { MinutesText } from '../../components/minutes/MinutesText';
import { usePageTitle } from '../../components/usePageTitle';

/** /minutes/answer?token=…: the mailed link. Works signed out; the link itself is the proof. */
export function MinutesAnswerPage() {
  usePageTitle('Answer minutes');
  const { token } = useSearch({ from: '/public/minutes/answer' });
  const minutes = useQuery({
    queryKey: ['minutes-link', token],
    queryFn: () => getMinutesByLink(token ?? ''),
    enabled: !!token,
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (!token)
    return (
      <LinkProblem
        title="This link is incomplete"
        text="The link has no token. Open it again from the email, or copy the whole address."
      />
    );
  if (minutes.isPending) return <Loader aria-label="Loading the minutes" />;
  if (minutes.isError) return <LinkError error={minutes.error} />;
  return <Answer token={token} view={minutes.data} />;
}

function LinkError({ error }: { error: unknown }) {
  const status = error instanceof ApiError ? error.status : 0;
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  const title =
    status === 404
      ? 'This link is not valid'
      : status === 410
        ? 'This link can no longer be used'
        : status === 400
          ? 'This link is for someone else'
          : 'Could not open the minutes';
  const help =
    status === 404
      ? 'Check that you opened the whole link from the email. You can also sign in and answer from OnRecord.'
      : status === 410
        ? 'Sign in to see where the minutes stand, or ask the author to send them again.'
        : status === 400
          ? ''
          : 'Try again in a moment.';
  return <LinkProblem title={title} text={`${message} ${help}`.trim()} />;
}

function LinkProblem({ title, text }: { title: string; text: string }) {
  return (
    <Stack>
      <Title order={1}>Answer minutes</Title>
      <Alert className="minutes-alert" color="red" variant="light" title={title} role="alert">
        {text}
      </Alert>
      <AnchorLink to="/sign-in">Sign in to OnRecord</AnchorLink>
    </Stack>
  );
}

function Answer({ token, view }: { token: string; view: MinutesView }) {
  const [mode, setMode] = useState<'view' | 'correct'>('view');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const correctButton = useRef<HTMLButtonElement>(null);
  const tz = browserZone();

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  useEffect(() => {
    if (mode === 'correct') formHeading.current?.focus();
  }, [mode]);

  const fail = (e: unknown) => {
    setError(e);
    requestAnimationFrame(() => errorRef.current?.focus());
  };

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await answerByLink({ token, answer: 'confirm' });
      setDone(`You confirmed the minutes. ${view.author.name} is told, and you both receive a receipt by email.`);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
      setConfirmOpen(false);
    }
  }

  if (done) {
    return (
      <Stack>
        <Title order={1}>Minutes answered</Title>
        <div ref={doneRef} tabIndex={-1}>
          <Alert className="minutes-alert" color="green" variant="light" title="Thank you" role="status">
            {done}
          </Alert>
        </div>
        <Text>This link is now used up. Sign in to OnRecord to see the minutes and their state at any time.</Text>
        <AnchorLink to="/sign-in">Sign in to OnRecord</AnchorLink>
      </Stack>
    );
  }

  const canAnswer = view.abilities.confirm || view.abilities.proposeCorrection;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Minutes from {view.author.name}</Title>
        <Group gap="sm" mt="xs">
          <MinutesStateBadge state={view.state} size="lg" />
        </Group>
        <Text mt="xs">
          For {view.recipient.name}. {view.author.name} asks you to confirm these minutes of your 1:1, or to propose a correction.
        </Text>
        {view.deadlineAt && view.state === 'sent' && (
          <Text mt="xs">
            <strong>Answer by {inZone(view.deadlineAt, tz)}</strong> (your device's time zone). With no answer by then the minutes
            become "deemed accepted (no answer)", which is not a confirmation.
          </Text>
        )}
      </div>
      <section aria-labelledby="text-heading">
        <Title order={2} id="text-heading" mb="xs">
          What you are asked to confirm
        </Title>
        <MinutesText text={view.text} />
      </section>
      <div ref={errorRef} tabIndex={-1}>
        <ErrorAlert error={error} title="Your answer was not recorded" />
      </div>
      {!canAnswer ? (
        <Alert className="minutes-alert" color="gray" variant="light" title="Nothing to answer" role="note">
          These minutes are no longer waiting for your answer. Sign in to see where they stand.
        </Alert>
      ) : mode === 'view' ? (
        <section aria-labelledby="answer-heading">
          <Title order={2} id="answer-heading" mb="xs">
            Your answer
          </Title>
          <Group gap="sm">
            {view.abilities.confirm && <Button onClick={() => setConfirmOpen(true)}>Confirm…</Button>}
            {view.abilities.proposeCorrection && (
              <Button ref={correctButton} variant="default" onClick={() => setMode('correct')}>
                Propose a correction
              </Button>
            )}
          </Group>
        </section>
      ) : (
        <section aria-labelledby="form-heading">
          <Title order={2} id="form-heading" ref={formHeading} tabIndex={-1} mb="xs">
            Propose a correction
          </Title>
          <CorrectionForm
            initial={view.content}
            people={[view.author, view.recipient]}
            intro={
              <Text>
                Change what is wrong and say why. {view.author.name} sees both versions side by side and accepts or declines your
                correction; if declined, the minutes are disputed and both versions are kept.
              </Text>
            }
            reasonLabel="Why do the minutes need correcting?"
            reasonHint="Required. It is kept on the record next to your version."
            submitLabel={`Send the correction to ${view.author.name}`}
            onCancel={() => {
              setMode('view');
              requestAnimationFrame(() => correctButton.current?.focus());
            }}
            onSubmit={async (content, reason) => {
              await answerByLink({ token, answer: 'correct', content, reason });
              setDone(`Your correction was sent to ${view.author.name}, who accepts or declines it.`);
            }}
          />
        </section>
      )}
      <Modal
        opened={confirmOpen}
        onClose={() => !busy && setConfirmOpen(false)}
        title="Confirm these minutes?"
        centered
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Stack gap="sm">
          <Text size="sm">
            You confirm that the minutes are a fair record of the meeting. This goes on the record and cannot be taken back.
          </Text>
          <Group gap="sm">
            <Button onClick={confirm} loading={busy} data-autofocus>
              Confirm the minutes
            </Button>
            <Button variant="default" onClick={() => setConfirmOpen(false)} disabled={busy}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
