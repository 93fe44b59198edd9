import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkText } from '../../../common/checker';
import type { MinutesView } from '../../../common/api/minutes';
import { minutesQuery, saveMinutesDraft, sendMinutes } from '../../api/minutes';
import { useOrganisationCheckOptions } from '../../components/CheckedTextarea';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MinutesEditor, toContent, toDraft } from '../../components/minutes/MinutesEditor';
import { setFlash } from './flash';

const AUTOSAVE_MS = 2000;

type SaveState = { kind: 'saved'; at: Date | null } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'failed' };

/** The author's draft: saved on its own a moment after typing stops (and on demand), then sent. */
export function DraftEditor({ view }: { view: MinutesView }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => toDraft(view.content));
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null });
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const lastSaved = useRef(JSON.stringify(view.content));
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(draft);
  latest.current = draft;
  const errorRef = useRef<HTMLDivElement>(null);

  /** Saves the newest draft if it changed; saves run one after another, never overlapping. */
  const save = useCallback((): Promise<void> => {
    const run = chain.current.then(async () => {
      const content = toContent(latest.current);
      const json = JSON.stringify(content);
      if (json === lastSaved.current) return;
      setSaveState({ kind: 'saving' });
      try {
        await saveMinutesDraft(view.id, content);
        lastSaved.current = json;
        setSaveState(JSON.stringify(toContent(latest.current)) === json ? { kind: 'saved', at: new Date() } : { kind: 'dirty' });
      } catch (e) {
        setSaveState({ kind: 'failed' });
        throw e;
      }
    });
    chain.current = run.catch(() => undefined);
    return run;
  }, [view.id]);

  // Autosave a moment after the last change.
  useEffect(() => {
    if (JSON.stringify(toContent(draft)) === lastSaved.current) return;
    setSaveState({ kind: 'dirty' });
    const timer = setTimeout(() => {
      save().then(
        () => setError(null),
        (e) => setError(e),
      );
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [draft, save]);

  const showError = (e: unknown) => {
    setError(e);
    requestAnimationFrame(() => errorRef.current?.focus());
  };

  async function saveNow() {
    try {
      await save();
      setError(null);
    } catch (e) {
      showError(e);
    }
  }

  async function send() {
    setSending(true);
    try {
      await save();
      const sent = await sendMinutes(view.id);
      setConfirming(false);
      setFlash(`Sent to ${view.recipient.name}. They have been emailed the minutes and a link to answer.`);
      queryClient.setQueryData(minutesQuery(view.id).queryKey, sent);
      void queryClient.invalidateQueries({ queryKey: ['minutes-timeline', view.seriesId] });
    } catch (e) {
      setConfirming(false);
      showError(e);
    } finally {
      setSending(false);
    }
  }

  const checkOptions = useOrganisationCheckOptions();
  // What the checker still flags when the author sends: they may send anyway (only the count goes on the record).
  const flagged = useMemo(() => {
    if (!confirming) return 0;
    const c = toContent(draft);
    const texts = [
      ...c.agreements,
      ...c.decisions,
      ...c.actionItems.map((a) => a.text),
      ...c.objectiveChanges,
      ...c.feedback,
      c.freeText,
    ];
    return texts.reduce((n, t) => n + checkText(t, checkOptions).length, 0);
  }, [confirming, draft, checkOptions]);

  const status =
    saveState.kind === 'saving'
      ? 'Saving…'
      : saveState.kind === 'dirty'
        ? 'Unsaved changes (saved automatically in a moment).'
        : saveState.kind === 'failed'
          ? 'Not saved.'
          : saveState.at
            ? `Draft saved at ${saveState.at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}.`
            : 'Draft saved.';

  return (
    <Stack gap="xl">
      <Alert className="minutes-alert" color="indigo" variant="light" title="Only you can see this draft" role="note">
        Nothing is shared until you send it. When you send, {view.recipient.name} is asked to confirm the minutes or propose a
        correction.
      </Alert>
      <MinutesEditor value={draft} onChange={setDraft} people={[view.author, view.recipient]} idPrefix={`minutes-${view.id}`} />
      <div ref={errorRef} tabIndex={-1}>
        <ErrorAlert error={error} title="Could not save or send the minutes" />
      </div>
      <div className="minutes-actions">
        <Text size="sm" role="status" aria-live="polite" mb="xs">
          {status}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={saveNow} loading={saveState.kind === 'saving' && !sending}>
            Save draft
          </Button>
          <Button onClick={() => setConfirming(true)}>Send…</Button>
        </Group>
      </div>
      <Modal
        opened={confirming}
        onClose={() => !sending && setConfirming(false)}
        title={`Send the minutes to ${view.recipient.name}?`}
        centered
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Stack gap="sm">
          <List spacing="xs" size="sm">
            <List.Item>
              {view.recipient.name} receives them by email and in OnRecord, with a link to confirm them or propose a correction.
            </List.Item>
            <List.Item>
              The confirmation deadline starts now (your organisation's number of working days, in {view.recipient.name}'s time
              zone). With no answer by then, the minutes become <strong>deemed accepted (no answer)</strong> — shown as such,
              never as confirmed.
            </List.Item>
            <List.Item>After sending, you can change them only by an amendment with a reason, on the record.</List.Item>
          </List>
          {flagged > 0 && (
            <Alert
              className="minutes-alert"
              color="orange"
              variant="light"
              role="note"
              title={`${flagged} wording issue${flagged === 1 ? '' : 's'} still flagged`}
            >
              You can send anyway. The record keeps only how many were flagged, not what they were.
            </Alert>
          )}
          <Group gap="sm" mt="sm">
            <Button onClick={send} loading={sending} data-autofocus>
              Send to {view.recipient.name}
            </Button>
            <Button variant="default" onClick={() => setConfirming(false)} disabled={sending}>
              Keep editing
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
