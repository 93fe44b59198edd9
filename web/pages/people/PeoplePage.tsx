import { Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { PersonSummary } from '../../../common/api/people';
import { directoryQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink, ButtonLink } from '../../components/links';
import { PersonCard } from '../../components/PersonCard';
import { RoleBadges } from '../../components/RoleBadges';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';

function matches(person: PersonSummary, query: string): boolean {
  if (!query) return true;
  const haystack = [person.name, person.email, person.manager?.name ?? '', person.timeZone].join(' ').toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function PeoplePage() {
  usePageTitle('People');
  const { abilities } = useSession();
  const directory = useQuery(directoryQuery);
  const [query, setQuery] = useState('');
  const isPhone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });

  const people = useMemo(
    () => (directory.data?.people ?? []).filter((p) => matches(p, query)).sort((a, b) => a.name.localeCompare(b.name)),
    [directory.data, query],
  );
  const total = directory.data?.people.length ?? 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>People</Title>
        {abilities.invitePeople && <ButtonLink to="/admin/invite">Invite a person</ButtonLink>}
      </Group>
      <TextInput
        label="Search people"
        description="By name, email, manager or time zone"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        maw={480}
      />
      {directory.isPending ? (
        <Loader aria-label="Loading people" />
      ) : directory.isError ? (
        <ErrorAlert error={directory.error} title="Could not load the directory" />
      ) : (
        <>
          <Text role="status" c="dimmed">
            {query ? `${people.length} of ${total} people match.` : `${total} ${total === 1 ? 'person' : 'people'}.`}
          </Text>
          {people.length === 0 ? null : isPhone ? (
            <Stack gap="sm" component="ul" className="plain-list" aria-label="People">
              {people.map((person) => (
                <li key={person.id}>
                  <PersonCard person={person} headingLevel={2} showManager />
                </li>
              ))}
            </Stack>
          ) : (
            <div className="table-scroll">
              <Table striped highlightOnHover verticalSpacing="sm" aria-label="People">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">Email</Table.Th>
                    <Table.Th scope="col">Manager</Table.Th>
                    <Table.Th scope="col">Reports</Table.Th>
                    <Table.Th scope="col">Roles</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {people.map((person) => (
                    <Table.Tr key={person.id}>
                      <Table.Th scope="row" fw={500}>
                        <AnchorLink to="/people/$id" params={{ id: person.id }}>
                          {person.name}
                        </AnchorLink>
                      </Table.Th>
                      <Table.Td className="break-anywhere">{person.email}</Table.Td>
                      <Table.Td>
                        {person.manager ? (
                          <AnchorLink to="/people/$id" params={{ id: person.manager.id }}>
                            {person.manager.name}
                          </AnchorLink>
                        ) : (
                          <span className="muted">None</span>
                        )}
                      </Table.Td>
                      <Table.Td>{person.reportCount}</Table.Td>
                      <Table.Td>
                        <RoleBadges person={person} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
        </>
      )}
    </Stack>
  );
}
