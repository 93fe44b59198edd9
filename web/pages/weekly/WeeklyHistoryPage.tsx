import { Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { weeklyHistoryQuery } from '../../api/weekly';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { WeeksChart, weekLabel } from './shared';
import { SoftBadge } from '../../components/SoftBadge';
import './weekly.css';

/** A person's past updates (mine, or a report's for their manager), searchable, with sent/missed weeks. */
export function WeeklyHistoryPage() {
  const search = useSearch({ strict: false }) as { q?: string; person?: string };
  const navigate = useNavigate();
  const person = search.person ?? 'me';
  const [q, setQ] = useState(search.q ?? '');
  // Search as the person types, a moment after they stop.
  useEffect(() => {
    const t = setTimeout(() => {
      if ((search.q ?? '') !== q)
        void navigate({ to: '/weekly/history', search: { ...search, q: q || undefined }, replace: true });
    }, 300);
    return () => clearTimeout(t);
  }, [q, search, navigate]);
  const history = useQuery(weeklyHistoryQuery(person, search.q ?? ''));
  const mine = person === 'me';
  usePageTitle(mine ? 'My weekly updates' : 'Weekly updates');
  return (
    <Stack gap="lg" className="weekly">
      <Title order={1}>{mine ? 'My weekly updates' : `${history.data?.person.name ?? ''}’s weekly updates`}</Title>
      {mine && <Link to="/weekly">Write this week’s update</Link>}
      {history.data && (
        <section aria-labelledby="streak-h">
          <Title order={2} size="h3" id="streak-h">
            Sent and missed weeks
          </Title>
          <WeeksChart weeks={history.data.weeks} />
          <Text size="sm">
            {history.data.streak > 0
              ? `${history.data.streak} week${history.data.streak === 1 ? '' : 's'} in a row.`
              : 'No current streak.'}
          </Text>
        </section>
      )}
      <search>
        <TextInput
          label="Search the updates"
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          maxLength={200}
        />
      </search>
      {history.isPending ? (
        <Loader aria-label="Loading updates" />
      ) : history.isError ? (
        <ErrorAlert error={history.error} title="Could not load the updates" />
      ) : (
        <section aria-labelledby="list-h">
          <Title order={2} size="h3" id="list-h">
            <span role="status">
              {history.data.items.length} update{history.data.items.length === 1 ? '' : 's'}
              {history.data.query ? ` matching “${history.data.query}”` : ''}
            </span>
          </Title>
          <ul className="weekly-list">
            {history.data.items.map((i) => (
              <li key={i.id}>
                <Group gap="xs">
                  <Link to="/weekly/updates/$id" params={{ id: i.id }}>
                    {weekLabel(i)}
                  </Link>
                  {i.state === 'draft' ? (
                    <SoftBadge color="gray">Draft</SoftBadge>
                  ) : i.acknowledgedAt ? (
                    <SoftBadge color="green">Acknowledged</SoftBadge>
                  ) : (
                    <SoftBadge color="indigo">Sent{i.version > 1 ? ` v${i.version}` : ''}</SoftBadge>
                  )}
                </Group>
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {i.excerpt}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Stack>
  );
}
