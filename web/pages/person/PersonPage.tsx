import { Alert, Badge, List, Loader, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { PersonDetail } from '../../../common/api/people';
import { personQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { RoleBadges } from '../../components/RoleBadges';
import { formatDate, localTime } from '../../components/time';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { ChangeManagerForm } from './ChangeManagerForm';

export function PersonPage() {
  const { id } = useParams({ from: '/app/people/$id' });
  const person = useQuery(personQuery(id));
  const { abilities, person: me } = useSession();
  usePageTitle(person.data?.name ?? 'Person');

  if (person.isPending) return <Loader aria-label="Loading" />;
  if (person.isError) {
    return (
      <Stack>
        <Title order={1}>Person</Title>
        <ErrorAlert error={person.error} title="Could not load this person" />
        <AnchorLink to="/people">Back to the directory</AnchorLink>
      </Stack>
    );
  }
  const data = person.data;
  const time = localTime(data.timeZone);

  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>
          {data.name}
          {data.id === me.id && (
            <Badge ml="sm" variant="outline" style={{ verticalAlign: 'middle' }}>
              You
            </Badge>
          )}
        </Title>
        <Stack gap={4} mt="xs">
          <Text className="break-anywhere">{data.email}</Text>
          <Text c="dimmed">
            {data.timeZone}
            {time ? ` · ${time} local time` : ''}
          </Text>
          <RoleBadges person={data} />
        </Stack>
      </div>

      <section aria-labelledby="manager-heading">
        <Title order={2} id="manager-heading" mb="xs">
          Manager
        </Title>
        {data.manager ? (
          <AnchorLink to="/people/$id" params={{ id: data.manager.id }}>
            {data.manager.name}
          </AnchorLink>
        ) : (
          <Text>No manager.</Text>
        )}
      </section>

      <section aria-labelledby="reports-heading">
        <Title order={2} id="reports-heading" mb="xs">
          Reports{data.reports.length > 0 ? ` (${data.reports.length})` : ''}
        </Title>
        {data.reports.length === 0 ? (
          <Text>Nobody reports to {data.id === me.id ? 'you' : data.name}.</Text>
        ) : (
          <List spacing={4}>
            {[...data.reports]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((report) => (
                <List.Item key={report.id}>
                  <AnchorLink to="/people/$id" params={{ id: report.id }}>
                    {report.name}
                  </AnchorLink>
                </List.Item>
              ))}
          </List>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <Title order={2} id="history-heading" mb="sm">
          Manager history
        </Title>
        <ManagerHistory person={data} />
      </section>

      {abilities.administer && data.status !== 'deactivated' && (
        <section aria-labelledby="change-manager-heading">
          <Title order={2} id="change-manager-heading" mb="sm">
            Change manager
          </Title>
          <ChangeManagerForm person={data} />
        </section>
      )}
    </Stack>
  );
}

function ManagerHistory({ person }: { person: PersonDetail }) {
  if (person.managerHistory.length === 0) {
    return <Text>No reporting lines on record.</Text>;
  }
  const lines = [...person.managerHistory].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  const current = lines.findIndex((line) => line.validTo === null);
  return (
    <>
      {current === -1 && (
        <Alert color="gray" variant="light" mb="sm">
          {person.name} has no manager now.
        </Alert>
      )}
      <Timeline active={current === -1 ? -1 : current} bulletSize={16} lineWidth={2} component="ol" className="timeline">
        {lines.map((line) => (
          <Timeline.Item
            key={`${line.manager.id}-${line.validFrom}`}
            component="li"
            title={
              <AnchorLink to="/people/$id" params={{ id: line.manager.id }}>
                {line.manager.name}
              </AnchorLink>
            }
          >
            <Text size="sm">
              {line.validTo
                ? `From ${formatDate(line.validFrom)} to ${formatDate(line.validTo)}`
                : `Since ${formatDate(line.validFrom)} (current)`}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </>
  );
}
