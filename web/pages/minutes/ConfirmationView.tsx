import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { MinutesView } from '../../../common/api/minutes';
import { ApiError } from '../../api/client';
import { amendMinutes, confirmMinutes, minutesQuery, proposeCorrection, resolveCorrection } from '../../api/minutes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CorrectionForm } from '../../components/minutes/CorrectionForm';
import { inZone } from '../../components/minutes/format';
import { MinutesText } from '../../components/minutes/MinutesText';
import { Versions } from '../../components/minutes/Versions';
import { useSession } from '../../components/useSession';
import { takeFlash } from './flash';

type Notice = { kind: 'ok' | 'conflict'; text: string };

/** Sent or final minutes: what stands, what is being confirmed, the deadline, and the viewer's next steps. */
export function ConfirmationView({ view }: { view: MinutesView }) {
  const { person } = useSession();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'none' | 'correct' | 'amend'>('none');
  const [notice, setNotice] = useState<Notice | null>(() => {
    const flash = takeFlash();
    return flash ? { kind: 'ok', text: flash } : null;
  });
  const [error, setError] = useState<unknown>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [declineOpen, setDeclineOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const toggleRef = useRef<HTMLButtonElement | null>(null);
  const tz = person.timeZone;
  const key = minutesQuery(view.id).queryKey;

  const you = (p: { id: string; name: string }) => (p.id === person.id ? 'you' : p.name);
  const capital = (p: { id: string; name: string }) => (p.id === person.id ? 'You' : p.name);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  useEffect(() => {
    if (mode !== 'none') formHeading.current?.focus();
  }, [mode]);

  /**
   * Runs an answer. A 409 means someone (or the deadline) answered first: reload and say so.
   * Other errors are shown here, or re-thrown to the form that asked (`rethrow`).
   */
  async function act(label: string, run: () => Promise<MinutesView>, success: string, rethrow = false) {
    setError(null);
    setBusy(label);
    try {
      const next = await run();
      queryClient.setQueryData(key, next);
      void queryClient.invalidateQueries({ queryKey: ['minutes-timeline', view.seriesId] });
      setMode('none');
      setNotice({ kind: 'ok', text: success });
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        await queryClient.invalidateQueries({ queryKey: key });
        setMode('none');
        setNotice({
          kind: 'conflict',
          text: `Someone answered first: ${e.message} The page now shows where the minutes stand.`,
        });
      } else if (rethrow) {
        throw e;
      } else {
        setError(e);
        requestAnimationFrame(() => errorRef.current?.focus());
      }
    } finally {
      setBusy(null);
      setConfirmOpen(false);
      setDeclineOpen(false);
    }
  }

  const people = [view.author, view.recipient];
  const a = view.abilities;

  return (
    <Stack gap="xl">
      {notice && (
        <div ref={noticeRef} tabIndex={-1}>
          <Alert
            className="minutes-alert"
            color={notice.kind === 'ok' ? 'green' : 'orange'}
            variant="light"
            title={notice.kind === 'ok' ? 'Done' : 'The minutes changed meanwhile'}
            role={notice.kind === 'ok' ? 'status' : 'alert'}
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setNotice(null)}
          >
            {notice.text}
          </Alert>
        </div>
      )}

      <section aria-labelledby="where-heading">
        <Title order={2} id="where-heading" mb="xs">
          Where they stand
        </Title>
        <Text>{explain(view, you, capital, tz)}</Text>
        <dl className="minutes-facts">
          {view.sentAt && (
            <>
              <dt>Sent</dt>
              <dd>{inZone(view.sentAt, tz)}</dd>
            </>
          )}
          {view.deadlineAt && (view.state === 'sent' || view.state === 'deemed_accepted') && (
            <>
              <dt>Deadline to answer</dt>
              <dd>
                {inZone(view.deadlineAt, tz)} <span className="muted">(your time zone, {tz})</span>
              </dd>
            </>
          )}
          {view.finalAt && (
            <>
              <dt>Final since</dt>
              <dd>{inZone(view.finalAt, tz)}</dd>
            </>
          )}
        </dl>
      </section>

      {view.state === 'disputed' && view.disputedVersion ? (
        <section aria-labelledby="versions-heading">
          <Title order={2} id="versions-heading" mb="xs">
            Both versions, kept side by side
          </Title>
          <Text size="sm" mb="sm">
            Neither version replaces the other. Lines that differ are highlighted.
          </Text>
          <Versions
            left={{ title: `${view.author.name}'s minutes (as sent)`, text: view.text }}
            right={{
              title: `${view.recipient.name}'s declined correction`,
              text: view.disputedVersion.text,
              reason: view.disputedVersion.reason,
            }}
          />
        </section>
      ) : view.state === 'correction_proposed' && view.correction ? (
        <section aria-labelledby="versions-heading">
          <Title order={2} id="versions-heading" mb="xs">
            The minutes and the proposed correction
          </Title>
          <Text size="sm" mb="sm">
            Proposed {inZone(view.correction.proposedAt, tz)}. Lines that differ are highlighted.
          </Text>
          <Versions
            left={{ title: `As sent by ${view.author.name}`, text: view.text }}
            right={{
              title: `Correction proposed by ${view.recipient.name}`,
              text: view.correction.text,
              reason: view.correction.reason,
            }}
          />
          {a.resolveCorrection && (
            <Stack gap="xs" mt="md">
              <Text>
                Accept the correction and the minutes read as corrected. Decline it and the minutes become{' '}
                <strong>disputed</strong>: both versions stay on the record for good.
              </Text>
              <Group gap="sm">
                <Button
                  loading={busy === 'accept'}
                  onClick={() =>
                    act(
                      'accept',
                      () => resolveCorrection(view.id, true),
                      `You accepted the correction: the minutes now read as corrected, and ${view.recipient.name} is told.`,
                    )
                  }
                >
                  Accept the correction
                </Button>
                <Button color="red.9" variant="outline" onClick={() => setDeclineOpen(true)}>
                  Decline the correction…
                </Button>
              </Group>
            </Stack>
          )}
        </section>
      ) : (
        <section aria-labelledby="text-heading">
          <Title order={2} id="text-heading" mb="xs">
            {view.state === 'sent'
              ? a.confirm
                ? 'What you are asked to confirm'
                : `What ${view.recipient.name} is asked to confirm`
              : 'The minutes'}
          </Title>
          <MinutesText text={view.text} />
        </section>
      )}

      <div ref={errorRef} tabIndex={-1}>
        <ErrorAlert error={error} title="That did not work" />
      </div>

      {(a.confirm || a.proposeCorrection) && mode === 'none' && (
        <section aria-labelledby="answer-heading">
          <Title order={2} id="answer-heading" mb="xs">
            Your answer
          </Title>
          <Text mb="sm">
            Confirm if the minutes are a fair record of the meeting. If something is wrong or missing, propose a correction:{' '}
            {view.author.name} then accepts it or declines it.
          </Text>
          <Group gap="sm">
            <Button onClick={() => setConfirmOpen(true)}>Confirm…</Button>
            <Button
              variant="default"
              ref={(el) => {
                toggleRef.current = el;
              }}
              onClick={() => setMode('correct')}
            >
              Propose a correction
            </Button>
          </Group>
        </section>
      )}

      {a.amend && mode === 'none' && (
        <section aria-labelledby="amend-heading">
          <Title order={2} id="amend-heading" mb="xs">
            Amend
          </Title>
          <Text mb="sm">
            The minutes are final. To change them, make an amendment with a reason: it restarts confirmation, so{' '}
            {view.recipient.name} is asked to confirm again with a new deadline. This version stays on the record.
          </Text>
          <Button
            variant="default"
            ref={(el) => {
              toggleRef.current = el;
            }}
            onClick={() => setMode('amend')}
          >
            Amend the minutes
          </Button>
        </section>
      )}

      {mode !== 'none' && (
        <section aria-labelledby="form-heading">
          <Title order={2} id="form-heading" ref={formHeading} tabIndex={-1} mb="xs">
            {mode === 'correct' ? 'Propose a correction' : 'Amend the minutes'}
          </Title>
          <CorrectionForm
            initial={view.content}
            people={people}
            intro={
              <Text>
                {mode === 'correct'
                  ? `Change what is wrong below and say why. ${view.author.name} sees both versions side by side and accepts or declines your correction; if declined, the minutes are disputed and both versions are kept.`
                  : `Change the minutes below and say why. The amendment restarts confirmation: ${view.recipient.name} is asked to confirm again, with a new deadline.`}
              </Text>
            }
            reasonLabel={mode === 'correct' ? 'Why do the minutes need correcting?' : 'Why do you amend the minutes?'}
            reasonHint="Required. It is kept on the record next to the change."
            submitLabel={mode === 'correct' ? `Send the correction to ${view.author.name}` : 'Send the amendment'}
            onCancel={() => {
              setMode('none');
              requestAnimationFrame(() => toggleRef.current?.focus());
            }}
            onSubmit={(content, reason) =>
              mode === 'correct'
                ? act(
                    'correct',
                    () => proposeCorrection(view.id, content, reason),
                    `Your correction was sent to ${view.author.name}, who accepts or declines it.`,
                    true,
                  )
                : act(
                    'amend',
                    () => amendMinutes(view.id, content, reason),
                    `Amended. ${view.recipient.name} is asked to confirm again; a new deadline started.`,
                    true,
                  )
            }
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
            You confirm that the minutes above are a fair record of the meeting. Your confirmation goes on the record and cannot
            be taken back; a later change needs an amendment by {view.author.name}, which you would be asked to confirm again.
          </Text>
          <Group gap="sm">
            <Button
              data-autofocus
              loading={busy === 'confirm'}
              onClick={() =>
                act('confirm', () => confirmMinutes(view.id), `You confirmed the minutes. ${view.author.name} is told.`)
              }
            >
              Confirm the minutes
            </Button>
            <Button variant="default" onClick={() => setConfirmOpen(false)} disabled={busy === 'confirm'}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal
        opened={declineOpen}
        onClose={() => !busy && setDeclineOpen(false)}
        title="Decline the correction?"
        centered
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Stack gap="sm">
          <Text size="sm">
            The minutes become <strong>disputed</strong>. Your version and {view.recipient.name}'s correction, with its reason,
            stay on the record side by side for good. You can still amend the minutes later.
          </Text>
          <Group gap="sm">
            <Button
              color="red.9"
              data-autofocus
              loading={busy === 'decline'}
              onClick={() =>
                act(
                  'decline',
                  () => resolveCorrection(view.id, false),
                  'You declined the correction. The minutes are disputed; both versions are kept.',
                )
              }
            >
              Decline: the minutes become disputed
            </Button>
            <Button variant="default" onClick={() => setDeclineOpen(false)} disabled={busy === 'decline'}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

type Who = (p: { id: string; name: string }) => string;

/** One or two sentences on the state, from the viewer's side. */
export function explain(view: MinutesView, you: Who, cap: Who, tz: string): ReactNode {
  const author = view.author;
  const recipient = view.recipient;
  const deadline = view.deadlineAt ? inZone(view.deadlineAt, tz) : 'the deadline';
  switch (view.state) {
    case 'draft':
      return 'A draft, visible only to its author.';
    case 'sent':
      return `${cap(author)} sent these minutes to ${you(recipient)}. ${cap(recipient)} can confirm them or propose a correction until ${deadline}; with no answer by then they become "deemed accepted (no answer)", which is not a confirmation.`;
    case 'correction_proposed':
      return you(author) === 'you'
        ? `${recipient.name} proposed a correction. Accept it (the minutes then read as corrected) or decline it (the minutes become disputed, both versions kept).`
        : `You proposed a correction. ${author.name} now accepts it (the minutes then read as corrected) or declines it (the minutes become disputed, both versions kept).`;
    case 'confirmed':
      return `${cap(recipient)} confirmed these minutes.`;
    case 'corrected':
      return `${cap(author)} accepted ${you(recipient) === 'you' ? 'your' : `${recipient.name}'s`} correction: the minutes now read as corrected, and that is final.`;
    case 'disputed':
      return `${cap(author)} declined ${you(recipient) === 'you' ? 'your' : `${recipient.name}'s`} correction. The minutes are disputed: both versions stay on the record side by side, for good.`;
    case 'deemed_accepted':
      return `${cap(recipient)} did not answer by the deadline, so these minutes are deemed accepted because nobody answered. Nobody confirmed them.`;
  }
}
