import { Button, Loader, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { MINUTES_STATE_LABEL, MINUTES_STATES, type MinutesStateName, type TimelineResponse } from '../../../common/api/minutes';
import { minutesQuery, minutesTimelineQuery, seriesForMinutesQuery, startMinutes } from '../../api/minutes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { dayInZone, inZone } from '../../components/minutes/format';
import { MINUTES_STATE_LOOK, MinutesStateBadge, MinutesStateIcon, toneStyle } from '../../components/minutes/MinutesStateBadge';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';

type Row = TimelineResponse['meetings'][number];

/** /series/$id/minutes: every meeting of a 1:1 series with the state of its minutes. */
export function SeriesMinutesPage() {
  const { id } = useParams({ from: '/app/series/$id/minutes' });
  const { person } = useSession();
  const series = useQuery(seriesForMinutesQuery(id));
  const timeline = useQuery(minutesTimelineQuery(id));
  const other = series.data?.series.other.name;
  usePageTitle(other ? `Minutes with ${other}` : 'Minutes');

  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{other ? `Minutes with ${other}` : 'Minutes of this 1:1'}</Title>
        <Text mt="xs">
          Every meeting of this 1:1 series and where its minutes stand. Either of you can write the minutes of a closed meeting;
          the other confirms them or proposes a correction.
        </Text>
      </div>
      {timeline.isPending ? (
        <Loader aria-label="Loading the minutes" />
      ) : timeline.isError ? (
        <ErrorAlert error={timeline.error} title="Could not load the minutes of this series" />
      ) : (
        <Timeline rows={timeline.data.meetings} timeZone={person.timeZone} />
      )}
    </Stack>
  );
}

function Timeline({ rows, timeZone }: { rows: Row[]; timeZone: string }) {
  if (rows.length === 0) {
    return <Text>No meetings yet. Once a meeting is held and closed, its minutes show here.</Text>;
  }
  return (
    <>
      <Summary rows={rows} />
      <section aria-labelledby="meetings-heading">
        <Title order={2} id="meetings-heading" mb="xs">
          Meetings, newest first
        </Title>
        <ol className="timeline-rows">
          {rows.map((row) => (
            <TimelineRow key={row.minutesId ?? row.meetingId} row={row} timeZone={timeZone} />
          ))}
        </ol>
      </section>
    </>
  );
}

/** The picture: one dot per meeting, oldest to newest, and a legend with counts in words. */
function Summary({ rows }: { rows: Row[] }) {
  const oldestFirst = [...rows].reverse();
  const counts = new Map<MinutesStateName | 'none', number>();
  for (const r of rows) {
    if (r.meetingStatus !== 'closed' && !r.minutesState) continue;
    const k = r.minutesState ?? 'none';
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const held = oldestFirst.filter((r) => r.meetingStatus === 'closed' || r.minutesState);
  return (
    <section aria-labelledby="summary-heading">
      <Title order={2} id="summary-heading" mb="xs">
        At a glance
      </Title>
      <Text size="sm" mb="xs">
        One mark per held meeting, oldest on the left; the legend names each state.
      </Text>
      <ol className="minutes-strip" aria-label="Minutes of held meetings, oldest first">
        {held.map((r) => (
          <li key={r.minutesId ?? r.meetingId}>
            <Dot state={r.minutesState} />
            <VisuallyHidden>
              {r.startsAt.slice(0, 10)}: {r.minutesState ? MINUTES_STATE_LABEL[r.minutesState] : 'no minutes'}
            </VisuallyHidden>
          </li>
        ))}
      </ol>
      <ul className="minutes-legend" aria-label="Legend" style={{ marginTop: '0.75rem' }}>
        {MINUTES_STATES.filter((s) => counts.has(s)).map((s) => (
          <li key={s}>
            <Dot state={s} />
            <span>
              {MINUTES_STATE_LABEL[s]}: {counts.get(s)}
            </span>
          </li>
        ))}
        {counts.has('none') && (
          <li>
            <Dot state={null} />
            <span>No minutes yet: {counts.get('none')}</span>
          </li>
        )}
      </ul>
    </section>
  );
}

function Dot({ state }: { state: MinutesStateName | null }) {
  if (!state) {
    return (
      <span className="minutes-dot" data-none="" aria-hidden="true">
        <svg width={12} height={12} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M6 12h12" stroke="currentColor" strokeWidth={3} strokeLinecap="round" />
        </svg>
      </span>
    );
  }
  return (
    <span
      className="minutes-dot"
      data-dashed={MINUTES_STATE_LOOK[state].dashed || undefined}
      style={toneStyle(state)}
      aria-hidden="true"
    >
      <MinutesStateIcon state={state} size={13} />
    </span>
  );
}

function TimelineRow({ row, timeZone }: { row: Row; timeZone: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const start = useMutation({
    mutationFn: () => startMinutes(row.meetingId),
    onSuccess: async (view) => {
      queryClient.setQueryData(minutesQuery(view.id).queryKey, view);
      await navigate({ to: '/minutes/$id', params: { id: view.id } });
    },
    onError: setError,
  });
  const day = dayInZone(row.startsAt, timeZone);
  const status = row.meetingStatus === 'closed' ? 'Held' : row.meetingStatus === 'skipped' ? 'Skipped' : 'Not held yet';
  return (
    <li className="timeline-row">
      <Dot state={row.minutesState} />
      <div>
        <Text fw={600}>{day}</Text>
        <Text size="sm" className="muted">
          {status}
          {row.minutesState === 'sent' && row.deadlineAt ? ` · answer due ${inZone(row.deadlineAt, timeZone)}` : ''}
        </Text>
        <div style={{ marginTop: 4 }}>
          {row.minutesState ? <MinutesStateBadge state={row.minutesState} size="sm" /> : <Text size="sm">No minutes yet</Text>}
        </div>
        {error ? <ErrorAlert error={error} title="Could not start the minutes" /> : null}
      </div>
      <div className="timeline-action">
        {row.minutesId ? (
          <AnchorLink to="/minutes/$id" params={{ id: row.minutesId }}>
            {row.minutesState === 'draft' ? 'Continue the draft' : 'Open the minutes'}
            <VisuallyHidden> of {day}</VisuallyHidden>
          </AnchorLink>
        ) : row.meetingStatus === 'closed' ? (
          <Button size="xs" variant="light" loading={start.isPending} onClick={() => start.mutate()}>
            Write minutes<VisuallyHidden> of {day}</VisuallyHidden>
          </Button>
        ) : null}
      </div>
    </li>
  );
}
