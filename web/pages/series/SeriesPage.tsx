import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import type { MeetingSummary, SeriesDetail } from '../../../common/api/meetings';
import { openMeeting, seriesQuery, updateSeriesSchedule } from '../../api/meetings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TimeZoneSelect } from '../../components/TimeZoneSelect';
import { SoftBadge } from '../../components/SoftBadge';
import { AnchorLink } from '../../components/links';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { ActionRow } from '../meeting/MeetingPage';
import { WEEKDAYS, cadenceText, meetingTime } from '../meetings/format';
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
      {s.active && <ChangeSchedule series={s} />}
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

/**
 * Either participant changes how often, on which day, at what time (in which zone) and for how long
 * they meet. Meetings already prepared keep their time; later ones follow the new schedule.
 */
function ChangeSchedule({ series: s }: { series: SeriesDetail['series'] }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [cadence, setCadence] = useState<string | null>(s.cadence);
  const [weekday, setWeekday] = useState<string | null>(String(s.weekday));
  const [localTime, setLocalTime] = useState(s.localTime);
  const [timeZone, setTimeZone] = useState(s.timeZone);
  const [duration, setDuration] = useState<number | string>(s.durationMinutes);
  const [startsOn, setStartsOn] = useState(s.startsOn);
  const save = useMutation({
    mutationFn: () =>
      updateSeriesSchedule(s.id, {
        cadence: (cadence ?? s.cadence) as typeof s.cadence,
        weekday: Number(weekday),
        localTime,
        timeZone,
        durationMinutes: Number(duration),
        startsOn,
      }),
    onSuccess: (detail) => {
      queryClient.setQueryData(['series', s.id], detail);
      queryClient.invalidateQueries({ queryKey: ['series'] });
    },
  });
  return (
    <section aria-labelledby="schedule-heading">
      <Group gap="sm" align="center">
        <Title order={2} id="schedule-heading">
          Schedule
        </Title>
        <Button
          size="compact-sm"
          variant="subtle"
          aria-expanded={open}
          aria-controls="schedule-form"
          onClick={() => {
            setOpen((o) => !o);
            save.reset();
          }}
        >
          Change the schedule
        </Button>
      </Group>
      {save.isSuccess && !open && (
        <Alert color="green" role="status" mt="xs">
          Saved: {cadenceText(s)}. Meetings already prepared keep their time.
        </Alert>
      )}
      {open && (
        <Card withBorder radius="md" padding="md" maw={640} mt="xs" id="schedule-form">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate(undefined, { onSuccess: () => setOpen(false) });
            }}
          >
            <Stack gap="sm">
              <Group grow align="flex-start" wrap="wrap">
                <Select
                  label="How often"
                  data={[
                    { value: 'weekly', label: 'Every week' },
                    { value: 'biweekly', label: 'Every two weeks' },
                    { value: 'monthly', label: 'Every month' },
                  ]}
                  value={cadence}
                  onChange={setCadence}
                  allowDeselect={false}
                  miw={160}
                />
                <Select
                  label="Day"
                  data={WEEKDAYS.map((d, i) => ({ value: String(i + 1), label: d }))}
                  value={weekday}
                  onChange={setWeekday}
                  allowDeselect={false}
                  miw={140}
                />
              </Group>
              <Group grow align="flex-start" wrap="wrap">
                <TextInput
                  label="Time"
                  type="time"
                  value={localTime}
                  onChange={(e) => setLocalTime(e.currentTarget.value)}
                  miw={150}
                />
                <NumberInput label="Minutes" min={5} max={480} step={5} value={duration} onChange={setDuration} miw={100} />
                <TextInput
                  label="From"
                  type="date"
                  value={startsOn}
                  onChange={(e) => setStartsOn(e.currentTarget.value)}
                  miw={150}
                />
              </Group>
              <TimeZoneSelect label="Time zone" value={timeZone} onChange={setTimeZone} />
              <ErrorAlert error={save.error} title="Could not change the schedule" />
              <Group gap="xs">
                <Button type="submit" loading={save.isPending}>
                  Save the schedule
                </Button>
                <Button variant="subtle" onClick={() => setOpen(false)}>
                  Cancel
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      )}
    </section>
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
