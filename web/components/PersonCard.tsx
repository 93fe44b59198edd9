import { Card, Stack, Text } from '@mantine/core';
import type { PersonSummary } from '../../common/api/people';
import { AnchorLink } from './links';
import { RoleBadges } from './RoleBadges';
import { localTime } from './time';

/** One person at a glance: name, email, local time, roles, and how many report to them. */
type Props = { person: PersonSummary; headingLevel?: 2 | 3 | 4; showManager?: boolean };

export function PersonCard({ person, headingLevel = 3, showManager = false }: Props) {
  const Heading = `h${headingLevel}` as const;
  const time = localTime(person.timeZone);
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap={6}>
        <Heading className="card-title">
          <AnchorLink to="/people/$id" params={{ id: person.id }}>
            {person.name}
          </AnchorLink>
        </Heading>
        <Text size="sm" className="break-anywhere">
          {person.email}
        </Text>
        <Text size="sm" c="dimmed">
          {time ? `${time} local time · ` : ''}
          {person.timeZone}
        </Text>
        {showManager && (
          <Text size="sm">
            Manager:{' '}
            {person.manager ? (
              <AnchorLink to="/people/$id" params={{ id: person.manager.id }}>
                {person.manager.name}
              </AnchorLink>
            ) : (
              'none'
            )}
          </Text>
        )}
        {person.reportCount > 0 && (
          <Text size="sm">
            {person.reportCount} {person.reportCount === 1 ? 'report' : 'reports'}
          </Text>
        )}
        <RoleBadges person={person} />
      </Stack>
    </Card>
  );
}
