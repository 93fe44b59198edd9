import { Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { PersonSummary } from '../../../common/api/people';
import { directoryQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ButtonLink } from '../../components/links';
import { PersonCard } from '../../components/PersonCard';
import { greeting } from '../../components/time';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';

export function HomePage() {
  usePageTitle('Home');
  const session = useSession();
  const directory = useQuery(directoryQuery);
  const { person, organisation, abilities } = session;
  const firstName = person.name.split(/\s+/)[0] || person.name;

  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>
          {greeting(person.timeZone)}, {firstName}
        </Title>
        <Text mt="xs" c="dimmed">
          {organisation.name}
        </Text>
      </div>
      {directory.isPending ? (
        <Loader aria-label="Loading your team" />
      ) : directory.isError ? (
        <ErrorAlert error={directory.error} title="Could not load your team" />
      ) : (
        <Team me={person.id} people={directory.data.people} />
      )}
      {abilities.administer && directory.data && <AdminSummary people={directory.data.people} />}
    </Stack>
  );
}

function Team({ me, people }: { me: string; people: PersonSummary[] }) {
  const self = people.find((p) => p.id === me);
  const manager = self?.manager ? people.find((p) => p.id === self.manager?.id) : undefined;
  const reports = people
    .filter((p) => p.manager?.id === me && p.status !== 'deactivated')
    .sort((a, b) => a.name.localeCompare(b.name));
  const peers = self?.manager
    ? people
        .filter((p) => p.manager?.id === self.manager?.id && p.id !== me && p.status !== 'deactivated')
        .sort((a, b) => a.name.localeCompare(b.name))
    : [];

  return (
    <>
      {reports.length > 0 && (
        <section aria-labelledby="reports-heading">
          <Title order={2} id="reports-heading" mb="sm">
            Your reports ({reports.length})
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {reports.map((report) => (
              <PersonCard key={report.id} person={report} />
            ))}
          </SimpleGrid>
        </section>
      )}
      <section aria-labelledby="manager-heading">
        <Title order={2} id="manager-heading" mb="sm">
          Your manager
        </Title>
        {manager ? (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            <PersonCard person={manager} />
          </SimpleGrid>
        ) : self?.manager ? (
          <Text>{self.manager.name}</Text>
        ) : (
          <Text>You have no manager in OnRecord.</Text>
        )}
      </section>
      {peers.length > 0 && self?.manager && (
        <section aria-labelledby="peers-heading">
          <Title order={2} id="peers-heading" mb="sm">
            Also reporting to {self.manager.name} ({peers.length})
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {peers.map((peer) => (
              <PersonCard key={peer.id} person={peer} />
            ))}
          </SimpleGrid>
        </section>
      )}
    </>
  );
}

function AdminSummary({ people }: { people: PersonSummary[] }) {
  const active = people.filter((p) => p.status === 'active').length;
  const invited = people.filter((p) => p.status === 'invited').length;
  const withoutManager = people.filter((p) => !p.manager && p.status !== 'deactivated').length;
  return (
    <section aria-labelledby="admin-heading">
      <Title order={2} id="admin-heading" mb="sm">
        Your organisation
      </Title>
      <Text>
        {active} active {active === 1 ? 'person' : 'people'}, {invited} invited, {withoutManager} without a manager.
      </Text>
      <Group mt="md" gap="sm">
        <ButtonLink to="/admin/invite" variant="light">
          Invite a person
        </ButtonLink>
        <ButtonLink to="/admin/import" variant="light">
          Import people
        </ButtonLink>
        <ButtonLink to="/admin/outbox" variant="light">
          Outbox
        </ButtonLink>
      </Group>
    </section>
  );
}
