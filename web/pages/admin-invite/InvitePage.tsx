import { Alert, Button, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { InvitePersonBody, type PersonSummary } from '../../../common/api/people';
import { LIMITS } from '../../../common/limits';
import { invitePerson } from '../../api/endpoints';
import { directoryQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from '../../components/formErrors';
import { AnchorLink } from '../../components/links';
import { TimeZoneSelect } from '../../components/TimeZoneSelect';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';

const NO_MANAGER = '__none__';

const empty = (timeZone: string) => ({
  name: '',
  email: '',
  timeZone,
  managerId: NO_MANAGER,
  isHr: false,
  isAdmin: false,
});

export function InvitePage() {
  usePageTitle('Invite a person');
  const session = useSession();
  const queryClient = useQueryClient();
  const directory = useQuery(directoryQuery);
  const [form, setForm] = useState(() => empty(session.person.timeZone));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [invited, setInvited] = useState<PersonSummary | null>(null);

  const managers = (directory.data?.people ?? [])
    .filter((p) => p.status !== 'deactivated')
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setInvited(null);
    const parsed = InvitePersonBody.safeParse({
      name: form.name,
      email: form.email,
      timeZone: form.timeZone,
      managerId: form.managerId === NO_MANAGER ? null : form.managerId,
      isHr: form.isHr,
      isAdmin: form.isAdmin,
    });
    if (!parsed.success) {
      setFieldErrors(zodFieldErrors(parsed.error));
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      const person = await invitePerson(parsed.data);
      setInvited(person);
      setForm(empty(form.timeZone));
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      await queryClient.invalidateQueries({ queryKey: ['outbox'] });
    } catch (caught) {
      setError(caught);
      setFieldErrors(apiFieldErrors(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg" maw={560}>
      <div>
        <Title order={1}>Invite a person</Title>
        <Text mt="xs">
          They get an email with a link to choose a password. The link works once and expires. To add many people at once,{' '}
          <AnchorLink to="/admin/import">import a CSV file</AnchorLink>.
        </Text>
      </div>
      <div aria-live="polite">
        {invited && (
          <Alert color="green" title="Invitation sent" role="status">
            We sent an invitation to {invited.name} ({invited.email}).{' '}
            <AnchorLink to="/people/$id" params={{ id: invited.id }}>
              See {invited.name}
            </AnchorLink>
            .
          </Alert>
        )}
      </div>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <ErrorAlert error={error} title="Could not send the invitation" />
          <TextInput
            label="Name"
            maxLength={LIMITS.name}
            value={form.name}
            onChange={(event) => {
              const name = event.currentTarget.value;
              setForm((current) => ({ ...current, name }));
            }}
            error={fieldErrors.name}
          />
          <TextInput
            label="Email"
            type="email"
            maxLength={LIMITS.email}
            value={form.email}
            onChange={(event) => {
              const email = event.currentTarget.value;
              setForm((current) => ({ ...current, email }));
            }}
            error={fieldErrors.email}
          />
          <TimeZoneSelect
            value={form.timeZone}
            onChange={(timeZone) => setForm((current) => ({ ...current, timeZone }))}
            error={fieldErrors.timeZone}
          />
          <Select
            label="Manager"
            data={[{ value: NO_MANAGER, label: 'No manager' }, ...managers]}
            value={form.managerId}
            onChange={(managerId) => managerId && setForm((current) => ({ ...current, managerId }))}
            searchable
            allowDeselect={false}
            nothingFoundMessage="Nobody matches"
            error={fieldErrors.managerId}
          />
          <Checkbox.Group
            label="Roles"
            description="Everyone is an employee; add a role only when needed."
            value={[...(form.isHr ? ['hr'] : []), ...(form.isAdmin ? ['admin'] : [])]}
            onChange={(roles) =>
              setForm((current) => ({ ...current, isHr: roles.includes('hr'), isAdmin: roles.includes('admin') }))
            }
          >
            <Group mt="xs">
              <Checkbox value="hr" label="HR" />
              <Checkbox value="admin" label="Admin" />
            </Group>
          </Checkbox.Group>
          <Group>
            <Button type="submit" loading={busy}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
