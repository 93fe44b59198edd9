import { Badge, Button, Card, Group, Loader, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import type { MeetingSummary, SeriesDetail } from '../../../common/api/meetings';
import { openMeeting, seriesQuery } from '../../api/meetings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SoftBadge } from '../../components/SoftBadge';
import { AnchorLink } from '../../components/links';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { ActionRow } from '../meeting/MeetingPage';
import { cadenceText, meetingTime } from '../meetings/format';
import '../meetings/meetings.css';

/** A series' history: upcoming meetings, past meetings (newest first) and every action item. */
export function SeriesPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const series = useQuery(seriesQuery(id));
  usePageTitle(series.data ? `1:1s with ${series.data.series.other.name}` : '1:1 series');
  if (series.isPending) return <Loader aria-label="Loading the series" />;
  if (series.isError) return <ErrorAlert error={series.error} title="Could not load this series" />;
  return <Series data={series.data} />;
}

function Series({ data }: { data: SeriesDetail }) {
  const queryClient = useQueryClient();
  const s = data.series;
  const open = data.actions.filter((a) => a.state === 'open');
  const closed = data.actions.filter((a) => a.state !== 'open');
  return (
    <Stack gap="xl">
      <div>
        <Group gap="sm">
          <Title order={1}>1:1s with {s.other.name}</Title>
          {!s.active && <SoftBadge color="gray">Ended</SoftBadge>}
        </Group>
        <Text mt={4}>{cadenceText(s)}</Text>
        <Text size="sm" c="dimmed">
          {s.manager.name} (manager) and {s.report.name} (report)
          {!s.active && ' · the reporting line ended, so this series is read-only for both of you'}
        </Text>
      </div>
      {s.active && <AdHocMeeting seriesId={s.id} />}
      {data.upcoming.length > 0 && (
        <section aria-labelledby="upcoming-heading">
          <Title order={2} id="upcoming-heading" mb="xs">
            Upcoming
          </Title>
          <MeetingList seriesId={s.id} meetings={data.upcoming} upcoming />
        </section>
      )}
      <section aria-labelledby="history-heading">
        <Title order={2} id="history-heading" mb="xs">
          Past meetings
        </Title>
        {data.meetings.length === 0 ? (
          <Text c="dimmed">No meetings yet.</Text>
        ) : (
          <MeetingList seriesId={s.id} meetings={data.meetings} />
        )}
      </section>
      <section aria-labelledby="series-actions-heading">
        <Title order={2} id="series-actions-heading" mb="xs">
          Action items ({open.length} open)
        </Title>
        {data.actions.length === 0 ? (
          <Text c="dimmed">No action items yet.</Text>
        ) : (
          <ul className="agenda-list" aria-label="Action items of this series">
            {[...open, ...closed].map((a) => (
              <ActionRow
                key={a.id}
                action={{ ...a, carried: true }}
                editable={s.active}
                onChanged={() => queryClient.invalidateQueries({ queryKey: ['series', s.id] })}
              />
            ))}
          </ul>
        )}
      </section>
    </Stack>
  );
}

/** An extra meeting outside the cadence. */
function AdHocMeeting({ seriesId }: { seriesId: string }) {
  const navigate = useNavigate();
  const [when, setWhen] = useState('');
  const add = useMutation({
    mutationFn: () => {
      const at = new Date(when);
      if (!when || Number.isNaN(at.getTime())) throw new Error('Choose a date and time.');
      return openMeeting(seriesId, { startsAt: at.toISOString() });
    },
    onSuccess: ({ meetingId }) => navigate({ to: '/meetings/$id', params: { id: meetingId } }),
  });
  return (
    <section aria-labelledby="adhoc-heading">
      <Title order={2} id="adhoc-heading" mb="xs">
        An extra meeting
      </Title>
      <Group align="flex-end" gap="xs">
        <TextInput label="Date and time" type="datetime-local" value={when} onChange={(e) => setWhen(e.currentTarget.value)} />
        <Button variant="light" onClick={() => add.mutate()} loading={add.isPending}>
          Add a meeting
        </Button>
      </Group>
      <ErrorAlert error={add.error} title="Could not add the meeting" />
    </section>
  );
}

function MeetingList({
  seriesId,
  meetings,
  upcoming = false,
}: {
  seriesId: string;
  meetings: MeetingSummary[];
  upcoming?: boolean;
}) {
  const { person } = useSession();
  const navigate = useNavigate();
  const open = useMutation({
    mutationFn: (m: MeetingSummary) => openMeeting(seriesId, { occurrenceDate: m.occurrenceDate ?? undefined }),
    onSuccess: ({ meetingId }) => navigate({ to: '/meetings/$id', params: { id: meetingId } }),
  });
  const label = {
    closed: 'Closed',
    skipped: 'Skipped',
    scheduled: upcoming ? 'Agenda started' : 'Not closed',
    upcoming: 'Scheduled',
  } as const;
  return (
    <>
      <ul className="agenda-list">
        {meetings.map((m) => (
          <li key={m.id ?? m.occurrenceDate}>
            <Card withBorder radius="md" padding="xs">
              <Group justify="space-between" gap="xs">
                {m.id ? (
                  <AnchorLink to="/meetings/$id" params={{ id: m.id }} fw={600}>
                    {meetingTime(m.startsAt, person.timeZone)}
                  </AnchorLink>
                ) : (
                  <Text fw={600}>{meetingTime(m.startsAt, person.timeZone)}</Text>
                )}
                <Group gap="xs">
                  {m.adHoc && <Badge variant="outline">Ad hoc</Badge>}
                  <SoftBadge color={m.status === 'closed' ? 'gray' : m.status === 'skipped' ? 'yellow' : 'teal'}>
                    {label[m.status]}
                  </SoftBadge>
                  {!m.id && (
                    <Button size="compact-xs" variant="light" onClick={() => open.mutate(m)} loading={open.isPending}>
                      Prepare<VisuallyHidden> the meeting of {meetingTime(m.startsAt, person.timeZone)}</VisuallyHidden>
                    </Button>
                  )}
                </Group>
              </Group>
            </Card>
          </li>
        ))}
      </ul>
      <ErrorAlert error={open.error} title="Could not open the meeting" />
    </>
  );
}
