import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { HistoryResponse, PreferencesView } from '../../../common/api/weekly';
import { readWeeklyNotices, saveWeeklyPreferences, weeklyNoticesQuery, weeklyPreferencesQuery } from '../../api/weekly';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../components/useSession';

// Pieces shared by the weekly-update pages.

export function formatTime(iso: string, timeZone: string): string {
  if (!iso) return '';
  try {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso));
  } catch {
    return iso;
  }
}

export const weekLabel = (w: { weekName: string; weekRange: string }) => `Week ${Number(w.weekName.slice(6))}, ${w.weekRange}`;

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Sent and missed weeks as a row of squares; the picture has a text equivalent. */
export function WeeksChart({ weeks }: { weeks: HistoryResponse['weeks'] }) {
  const sent = weeks.filter((w) => w.status === 'sent').length;
  const missed = weeks.filter((w) => w.status === 'missed').length;
  const size = 22;
  const gap = 6;
  const colour = { sent: '#2b8a3e', missed: '#c92a2a', current: '#868e96' } as const;
  const label = `Last ${weeks.length} weeks: ${sent} sent, ${missed} missed.`;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className="weekly-chart"
        role="img"
        aria-label={label}
        width={weeks.length * (size + gap)}
        height={size + 18}
        viewBox={`0 0 ${weeks.length * (size + gap)} ${size + 18}`}
      >
        {weeks.map((w, i) => (
          <g key={w.week}>
            <title>{`${w.weekName}: ${w.status === 'current' ? 'this week, not sent yet' : w.status}`}</title>
            <rect
              x={i * (size + gap)}
              y={0}
              width={size}
              height={size}
              rx={4}
              fill={w.status === 'sent' ? colour.sent : 'white'}
              stroke={colour[w.status]}
              strokeWidth={2}
              strokeDasharray={w.status === 'current' ? '3 2' : undefined}
            />
            {w.status === 'missed' && (
              <path
                d={`M${i * (size + gap) + 6} 6 L${i * (size + gap) + size - 6} ${size - 6}`}
                stroke={colour.missed}
                strokeWidth={2}
              />
            )}
            <text x={i * (size + gap) + size / 2} y={size + 14} fontSize={10} textAnchor="middle" fill="#495057">
              {Number(w.weekName.slice(6))}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <Text size="sm">{label} Filled square: sent; crossed: missed; dashed: this week.</Text>
      </figcaption>
    </figure>
  );
}

/** The person's weekly notices: reminders, updates received, acknowledgements. */
export function NoticesPanel() {
  const queryClient = useQueryClient();
  const notices = useQuery(weeklyNoticesQuery);
  const read = useMutation({
    mutationFn: readWeeklyNotices,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['weekly', 'notices'] }),
  });
  const unread = (notices.data?.notices ?? []).filter((n) => !n.readAt);
  if (unread.length === 0) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="notices-h">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4" id="notices-h">
          New ({unread.length})
        </Title>
        <Button variant="subtle" size="xs" onClick={() => read.mutate()} loading={read.isPending}>
          Mark all as read
        </Button>
      </Group>
      <ul className="weekly-list">
        {unread.slice(0, 8).map((n) => (
          <li key={n.id}>
            {n.updateId ? (
              <Link to="/weekly/updates/$id" params={{ id: n.updateId }}>
                {n.text}
              </Link>
            ) : (
              <Link to="/weekly" search={{ week: n.week }}>
                {n.text}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </Paper>
  );
}

/** The reminder day and hour, in the person's own time zone, and the manager's digest. */
export function PreferencesPanel() {
  const prefs = useQuery(weeklyPreferencesQuery);
  if (!prefs.data) return null;
  return <PreferencesForm key={`${prefs.data.weekday}-${prefs.data.hour}-${prefs.data.digest}`} prefs={prefs.data} />;
}

function PreferencesForm({ prefs }: { prefs: PreferencesView }) {
  const isManager = useSession().person.isManager;
  const queryClient = useQueryClient();
  const [weekday, setWeekday] = useState(String(prefs.weekday));
  const [hour, setHour] = useState(String(prefs.hour));
  const [digest, setDigest] = useState(prefs.digest);
  const save = useMutation({
    mutationFn: () => saveWeeklyPreferences({ weekday: Number(weekday), hour: Number(hour), digest }),
    onSuccess: (p) => queryClient.setQueryData(weeklyPreferencesQuery.queryKey, p),
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="prefs-h">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="prefs-h">
            Reminder
          </Title>
          <Text size="sm">
            Once a week, by email and here, unless that week’s update is already sent; never on a day off. Times are in your time
            zone ({prefs.timeZone}).
            {prefs.nextReminderAt ? ` Next: ${formatTime(prefs.nextReminderAt, prefs.timeZone)}.` : ''}
          </Text>
          <Group gap="md" align="flex-end" wrap="wrap">
            <NativeSelect
              label="Day"
              value={weekday}
              onChange={(e) => setWeekday(e.currentTarget.value)}
              data={DAYS.map((d, i) => ({ value: String(i + 1), label: d }))}
            />
            <NativeSelect
              label="Hour"
              value={hour}
              onChange={(e) => setHour(e.currentTarget.value)}
              data={Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, '0')}:00` }))}
            />
            {isManager && (
              <Checkbox
                label="Send me a weekly digest of my reports’ updates"
                checked={digest}
                onChange={(e) => setDigest(e.currentTarget.checked)}
              />
            )}
            <Button type="submit" variant="default" loading={save.isPending}>
              Save reminder
            </Button>
          </Group>
          {save.isSuccess && (
            <Text size="sm" role="status">
              Saved.
            </Text>
          )}
          <ErrorAlert error={save.error} title="Not saved" />
        </Stack>
      </form>
    </Paper>
  );
}
