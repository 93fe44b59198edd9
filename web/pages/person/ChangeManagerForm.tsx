import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ChangeManagerBody, type PersonDetail } from '../../../common/api/people';
import { changeManager } from '../../api/endpoints';
import { directoryQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from '../../components/formErrors';

const NO_MANAGER = '__none__';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Admin only: move a person to another manager from a date; the old line stays in the history. */
export function ChangeManagerForm({ person }: { person: PersonDetail }) {
  const queryClient = useQueryClient();
  const directory = useQuery(directoryQuery);
  const [managerId, setManagerId] = useState<string>(person.manager?.id ?? NO_MANAGER);
  const [effectiveFrom, setEffectiveFrom] = useState(today());
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const options = [
    { value: NO_MANAGER, label: 'No manager' },
    ...(directory.data?.people ?? [])
      .filter((p) => p.id !== person.id && p.status !== 'deactivated')
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((p) => ({ value: p.id, label: `${p.name} (${p.email})` })),
  ];

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(null);
    const parsed = ChangeManagerBody.safeParse({
      managerId: managerId === NO_MANAGER ? null : managerId,
      effectiveFrom,
    });
    if (!parsed.success) {
      setFieldErrors(zodFieldErrors(parsed.error));
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      const updated = await changeManager(person.id, parsed.data);
      queryClient.setQueryData(['people', person.id], updated);
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      setSaved(updated.manager ? `${person.name} now reports to ${updated.manager.name}.` : `${person.name} has no manager now.`);
    } catch (caught) {
      setError(caught);
      setFieldErrors(apiFieldErrors(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md" maw={480}>
        <ErrorAlert error={error} title="Could not change the manager" />
        <Select
          label="New manager"
          data={options}
          value={managerId}
          onChange={(value) => value && setManagerId(value)}
          searchable
          allowDeselect={false}
          nothingFoundMessage="Nobody matches"
          error={fieldErrors.managerId}
        />
        <TextInput
          label="Effective from"
          type="date"
          value={effectiveFrom}
          onChange={(event) => setEffectiveFrom(event.currentTarget.value)}
          error={fieldErrors.effectiveFrom}
        />
        <Group>
          <Button type="submit" loading={busy}>
            Change manager
          </Button>
        </Group>
        <Text role="status" c="green.9">
          {saved ?? ''}
        </Text>
      </Stack>
    </form>
  );
}
