import { Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { teamWeekQuery } from '../../api/weekly';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { PreferencesPanel, formatTime, weekLabel } from './shared';
import { SoftBadge } from '../../components/SoftBadge';
import './weekly.css';

const shift = (week: string, n: number) => {
  const d = new Date(`${week}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 * n);
  return d.toISOString().slice(0, 10);
};

/** The manager's week: every report's update, who has not sent, open escalations, objectives at risk. */
export function TeamWeekPage() {
  usePageTitle('My team’s week');
  const session = useSession();
  const search = useSearch({ strict: false }) as { week?: string };
  const navigate = useNavigate();
  const team = useQuery(teamWeekQuery(search.week));
  if (team.isPending) return <Loader aria-label="Loading your team’s week" />;
  if (team.isError) return <ErrorAlert error={team.error} title="Could not load your team’s week" />;
  const t = team.data;
  const go = (week: string) => navigate({ to: '/weekly/team', search: { week } });
  return (
    <Stack gap="lg" className="weekly">
      <div>
        <Title order={1}>My team’s week</Title>
        <Text c="dimmed">{weekLabel(t)}</Text>
      </div>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={() => go(shift(t.week, -1))}>
          Previous week
        </Button>
        <Button variant="default" size="xs" onClick={() => go(shift(t.week, 1))}>
          Next week
        </Button>
      </Group>
      {t.reports.length === 0 ? (
        <Text>Nobody reports to you at the moment.</Text>
      ) : (
        <>
          <Text role="status">
            {t.sent} of {t.reports.length} sent their update.
          </Text>
          <div className="weekly-table-wrap">
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Person</Table.Th>
                  <Table.Th scope="col">Update</Table.Th>
                  <Table.Th scope="col">Open escalations</Table.Th>
                  <Table.Th scope="col">Objectives at risk</Table.Th>
                  <Table.Th scope="col">Waiting on</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {t.reports.map((r) => (
                  <Table.Tr key={r.person.id}>
                    <Table.Th scope="row">
                      <Link to="/weekly/history" search={{ person: r.person.id }}>
                        {r.person.name}
                      </Link>
                    </Table.Th>
                    <Table.Td>
                      {r.updateId ? (
                        <Stack gap={2}>
                          <Link to="/weekly/updates/$id" params={{ id: r.updateId }}>
                            Sent{r.version > 1 ? ` (v${r.version})` : ''}
                          </Link>
                          <Text size="xs">
                            {r.acknowledgedAt
                              ? 'Acknowledged'
                              : r.readAt
                                ? 'Read, not acknowledged'
                                : `Unread · ${formatTime(r.sentAt ?? '', session.person.timeZone)}`}
                          </Text>
                        </Stack>
                      ) : (
                        <SoftBadge color="gray">Not sent</SoftBadge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.openEscalations.length === 0 ? (
                        '—'
                      ) : (
                        <ul style={{ margin: 0, paddingLeft: '1rem' }}>
                          {r.openEscalations.map((e) => (
                            <li key={e.id}>
                              <Link to="/weekly/updates/$id" params={{ id: e.updateId }}>
                                {e.text}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </Table.Td>
                    <Table.Td>{r.objectivesAtRisk.length ? r.objectivesAtRisk.join(', ') : '—'}</Table.Td>
                    <Table.Td>{r.openWaiting ? `${r.openWaiting} open` : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </>
      )}
      <PreferencesPanel />
    </Stack>
  );
}
