import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { SoftBadge } from '../../components/SoftBadge';
import './meetings.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { SeriesListResponse, SeriesSummary } from '../../../common/api/meetings';
import {
  calendarFeedQuery,
  createSeries,
  mySeriesQuery,
  openMeeting,
  revokeCalendarFeed,
  rotateCalendarFeed,
} from '../../api/meetings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { WEEKDAYS, cadenceText, meetingDay, meetingTime } from './format';

/** "My 1:1s": every series with its next meeting, open actions and last meeting; a manager sees all reports. */
export function MyMeetingsPage() {
  usePageTitle('My 1:1s');
  const series = useQuery(mySeriesQuery);
  return (
    <Stack gap="xl">
      <Title order={1}>My 1:1s</Title>
      {series.isPending ? (
        <Loader aria-label="Loading your 1:1s" />
      ) : series.isError ? (
        <ErrorAlert error={series.error} title="Could not load your 1:1s" />
      ) : (
        <SeriesSections data={series.data} />
      )}
      <CalendarFeed />
    </Stack>
  );
}

function SeriesSections({ data }: { data: SeriesListResponse }) {
  const active = data.series.filter((s) => s.active);
  const reports = active.filter((s) => s.role === 'manager');
  const manager = active.filter((s) => s.role === 'report');
  const ended = data.series.filter((s) => !s.active);
  return (
    <>
      {reports.length > 0 && <SeriesGroup id="with-reports" title={`With your reports (${reports.length})`} series={reports} />}
      {manager.length > 0 && <SeriesGroup id="with-manager" title="With your manager" series={manager} />}
      {data.series.length === 0 && data.canStartWith.length === 0 && (
        <Text>You have no 1:1s yet. A series starts once you have a manager or a report.</Text>
      )}
      {data.canStartWith.length > 0 && <StartSeries people={data.canStartWith} />}
      {ended.length > 0 && (
        <SeriesGroup
          id="ended"
          title="Ended"
          description="The reporting line ended, so these series are read-only. Both of you can still read them."
          series={ended}
        />
      )}
    </>
  );
}

function SeriesGroup({
  id,
  title,
  description,
  series,
}: {
  id: string;
  title: string;
  description?: string;
  series: SeriesSummary[];
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Title order={2} id={`${id}-heading`} mb="xs">
        {title}
      </Title>
      {description && (
        <Text c="dimmed" mb="sm">
          {description}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" className="plain-list">
        {series.map((s) => (
          <li key={s.id}>
            <SeriesCard series={s} />
          </li>
        ))}
      </SimpleGrid>
    </section>
  );
}

function SeriesCard({ series: s }: { series: SeriesSummary }) {
  const { person } = useSession();
  const navigate = useNavigate();
  const open = useMutation({
    mutationFn: () => openMeeting(s.id, { occurrenceDate: s.next?.occurrenceDate ?? undefined }),
    onSuccess: ({ meetingId }) => navigate({ to: '/meetings/$id', params: { id: meetingId } }),
  });
  return (
    <Card withBorder radius="md" padding="md" h="100%">
      <Stack gap={6}>
        <Title order={3} size="h4">
          <AnchorLink to="/series/$id" params={{ id: s.id }}>
            {s.other.name}
          </AnchorLink>
        </Title>
        <Text size="sm" c="dimmed">
          {cadenceText(s)}
        </Text>
        <dl className="facts">
          <dt>Next meeting</dt>
          <dd>{s.next ? meetingTime(s.next.startsAt, person.timeZone) : 'None scheduled'}</dd>
          <dt>Last meeting</dt>
          <dd>{s.lastMeetingAt ? meetingDay(s.lastMeetingAt, person.timeZone) : 'None yet'}</dd>
          <dt>Open actions</dt>
          <dd>{s.openActions > 0 ? <SoftBadge color="indigo">{s.openActions} open</SoftBadge> : 'None'}</dd>
        </dl>
        {s.next &&
          (s.next.meetingId ? (
            <AnchorLink to="/meetings/$id" params={{ id: s.next.meetingId }} fw={600}>
              Open the next meeting<VisuallyHidden> with {s.other.name}</VisuallyHidden>
            </AnchorLink>
          ) : (
            <Button variant="light" size="xs" onClick={() => open.mutate()} loading={open.isPending} w="fit-content">
              Prepare the next meeting<VisuallyHidden> with {s.other.name}</VisuallyHidden>
            </Button>
          ))}
        <ErrorAlert error={open.error} title="Could not open the meeting" />
      </Stack>
    </Card>
  );
}

function StartSeries({ people }: { people: SeriesListResponse['canStartWith'] }) {
  const { person } = useSession();
  const queryClient = useQueryClient();
  const [other, setOther] = useState<string | null>(people[0]?.id ?? null);
  const [cadence, setCadence] = useState<string | null>('weekly');
  const [weekday, setWeekday] = useState<string | null>('1');
  const [localTime, setLocalTime] = useState('10:00');
  const [duration, setDuration] = useState<number | string>(30);
  const [startsOn, setStartsOn] = useState(new Date().toISOString().slice(0, 10));
  const create = useMutation({
    mutationFn: () => {
      const p = people.find((x) => x.id === other);
      if (!p) throw new Error('Choose who the 1:1s are with.');
      return createSeries({
        managerId: p.role === 'report' ? person.id : p.id,
        reportId: p.role === 'report' ? p.id : person.id,
        cadence: (cadence ?? 'weekly') as 'weekly',
        weekday: Number(weekday),
        localTime,
        timeZone: person.timeZone,
        durationMinutes: Number(duration),
        startsOn,
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['series'] }),
  });
  return (
    <section aria-labelledby="start-heading">
      <Title order={2} id="start-heading" mb="xs">
        Start a 1:1 series
      </Title>
      <Card withBorder radius="md" padding="md" maw={640}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <Stack gap="sm">
            <Select
              label="With"
              data={people.map((p) => ({ value: p.id, label: `${p.name} (your ${p.role})` }))}
              value={other}
              onChange={setOther}
              allowDeselect={false}
            />
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
                description={person.timeZone}
                type="time"
                value={localTime}
                onChange={(e) => setLocalTime(e.currentTarget.value)}
                miw={120}
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
            <ErrorAlert error={create.error} title="Could not start the series" />
            {create.isSuccess && (
              <Alert color="green" role="status">
                The series has started.
              </Alert>
            )}
            <Button type="submit" loading={create.isPending} w="fit-content">
              Start the series
            </Button>
          </Stack>
        </form>
      </Card>
    </section>
  );
}

function CalendarFeed() {
  const queryClient = useQueryClient();
  const feed = useQuery(calendarFeedQuery);
  const [url, setUrl] = useState<string | null>(null);
  const rotate = useMutation({
    mutationFn: rotateCalendarFeed,
    onSuccess: (r) => {
      setUrl(r.url);
      void queryClient.invalidateQueries({ queryKey: ['calendar-feed'] });
    },
  });
  const revoke = useMutation({
    mutationFn: revokeCalendarFeed,
    onSuccess: () => {
      setUrl(null);
      void queryClient.invalidateQueries({ queryKey: ['calendar-feed'] });
    },
  });
  return (
    <section aria-labelledby="calendar-heading">
      <Title order={2} id="calendar-heading" mb="xs">
        Calendar feed
      </Title>
      <Card withBorder radius="md" padding="md" maw={640}>
        <Stack gap="sm">
          <Text>
            Subscribe to your 1:1s from any calendar app. The link is private: anyone who has it sees the times and names of your
            1:1s (never their content). Replace it if it leaks.
          </Text>
          {url && (
            <TextInput
              label="Your private feed URL (shown once; copy it now)"
              value={url}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
            />
          )}
          {feed.data?.active && !url && (
            <Text size="sm">A feed is active (created {meetingDay(feed.data.createdAt ?? '', 'UTC')}).</Text>
          )}
          <Group>
            <Button onClick={() => rotate.mutate()} loading={rotate.isPending} variant="light">
              {feed.data?.active ? 'Replace the feed URL' : 'Create a feed URL'}
            </Button>
            {feed.data?.active && (
              <Button onClick={() => revoke.mutate()} loading={revoke.isPending} variant="subtle" color="red">
                Turn off the feed
              </Button>
            )}
          </Group>
          <ErrorAlert error={rotate.error ?? revoke.error} title="Could not change the feed" />
        </Stack>
      </Card>
    </section>
  );
}
