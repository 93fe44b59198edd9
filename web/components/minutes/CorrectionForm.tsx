import { Button, Group, Stack, Textarea } from '@mantine/core';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import type { MinutesContentInput } from '../../../common/api/minutes';
import { ErrorAlert } from '../ErrorAlert';
import { MinutesEditor, isEmptyDraft, toContent, toDraft } from './MinutesEditor';

// A changed version of the minutes with its required reason: a proposed correction, or an amendment.

export function CorrectionForm({
  initial,
  people,
  intro,
  reasonLabel,
  reasonHint,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: MinutesContentInput;
  people: Array<{ id: string; name: string }>;
  intro: ReactNode;
  reasonLabel: string;
  reasonHint: string;
  submitLabel: string;
  onSubmit: (content: MinutesContentInput, reason: string) => Promise<unknown>;
  onCancel: () => void;
}) {
  const uid = useId().replace(/:/g, '');
  const [draft, setDraft] = useState(() => toDraft(initial));
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const errorId = `${uid}-error`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!reason.trim()) {
      setReasonError('Say why: the other side sees this reason next to your version.');
      reasonRef.current?.focus();
      return;
    }
    if (isEmptyDraft(draft)) {
      setError(new Error('The minutes would be empty. Write at least one line.'));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(toContent(draft), reason.trim());
    } catch (e) {
      setError(e);
      requestAnimationFrame(() => document.getElementById(errorId)?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {intro}
        <MinutesEditor value={draft} onChange={setDraft} people={people} idPrefix={uid} headingLevel={3} />
        <Textarea
          ref={reasonRef}
          label={reasonLabel}
          description={reasonHint}
          required
          autosize
          minRows={2}
          value={reason}
          error={reasonError}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            if (e.currentTarget.value.trim()) setReasonError(null);
          }}
        />
        {error ? (
          <div id={errorId} tabIndex={-1}>
            <ErrorAlert error={error} title="Not sent" />
          </div>
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
