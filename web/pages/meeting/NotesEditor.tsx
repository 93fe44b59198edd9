import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { staleVersionOf } from '../../api/meetings';
import { CheckedTextarea } from '../../components/CheckedTextarea';

interface Props {
  id: string;
  label: string;
  text: string;
  version: number;
  save: (text: string, version: number) => Promise<{ version: number }>;
  offTheRecord?: boolean;
  rows?: number;
  saveLabel?: string;
  onSaved?: () => void;
}

/**
 * Notes with optimistic versions: the draft remembers the version it started from. A save that
 * someone else beat is refused by the server; the other text is shown beside the draft and nothing
 * is lost — the author picks theirs, or keeps their own and saves over it knowingly.
 */
export function NotesEditor({
  id,
  label,
  text,
  version,
  save,
  offTheRecord,
  rows = 3,
  saveLabel = 'Save notes',
  onSaved,
}: Props) {
  const [draft, setDraft] = useState(text);
  const [base, setBase] = useState(version);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<{ text: string; version: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  // Someone else's saved change arrives (live update): take it unless we are editing.
  useEffect(() => {
    if (!dirty) {
      setDraft(text);
      setBase(version);
    }
  }, [text, version, dirty]);

  async function onSave() {
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      const r = await save(draft, base);
      setBase(r.version);
      setDirty(false);
      setConflict(null);
      setSaved(true);
      onSaved?.();
    } catch (e) {
      const current = staleVersionOf(e);
      if (current) setConflict(current);
      else setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack gap={6}>
      <CheckedTextarea
        id={id}
        label={label}
        value={draft}
        rows={rows}
        offTheRecord={offTheRecord}
        onChange={(v) => {
          setDraft(v);
          setDirty(true);
          setSaved(false);
        }}
      />
      {conflict && (
        <Alert color="orange" role="alert" title="Someone saved these notes while you were editing">
          <Stack gap="xs">
            <Text size="sm">Your text was not saved and is still in the box above. Their version is:</Text>
            <Text size="sm" component="pre" className="conflict-text" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {conflict.text || '(empty)'}
            </Text>
            <Group gap="xs">
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  setDraft(conflict.text);
                  setBase(conflict.version);
                  setDirty(false);
                  setConflict(null);
                }}
              >
                Use their version
              </Button>
              <Button
                size="xs"
                variant="subtle"
                onClick={() => {
                  setBase(conflict.version);
                  setConflict(null);
                }}
              >
                Keep mine (then save again)
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group gap="xs">
        <Button size="xs" onClick={onSave} loading={saving} disabled={!dirty}>
          {saveLabel}
        </Button>
        <Text size="xs" c="dimmed" role="status">
          {saved ? 'Saved.' : dirty ? 'Not saved yet.' : ''}
        </Text>
      </Group>
    </Stack>
  );
}
