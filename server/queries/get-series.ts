import type { MeetingSummary, SeriesDetail } from '../../common/api/meetings';
import type { Db } from '../db/database';
import { actionsOfSeries, findSeriesWithNames, meetingsOfSeries } from '../db/repositories/meetings.repository';
import { iso, localDate } from '../domain/dates';
import { nextMeeting } from '../domain/meetings/agenda';
import { nextOccurrences } from '../domain/meetings/cadence';
import type { Actor } from '../policies/actor';
import { loadSeries } from './meeting-access';
import { actionView, seriesSummary } from './meeting-views';

/** A series' history (stored meetings, newest first), its next few occurrences and all its action items. */
export async function getSeries(db: Db, opts: { actor: Actor; seriesId: string; now: Date }): Promise<SeriesDetail> {
  const { actor, now } = opts;
  const { series, subject, schedule } = await loadSeries(db, actor, opts.seriesId, now);
  const [named, meetings, actions] = await Promise.all([
    findSeriesWithNames(db, series.id),
    meetingsOfSeries(db, series.id),
    actionsOfSeries(db, series.id),
  ]);
  if (!named) throw new Error('series vanished');
  const nowIso = iso(now);
  const stored = meetings.map((m) => ({
    id: m.id,
    status: m.status,
    startsAt: m.starts_at,
    occurrenceDate: m.occurrence_date,
    durationMinutes: m.duration_minutes,
  }));
  const next = subject.active ? nextMeeting(schedule, stored, nowIso) : null;
  const taken = new Set(meetings.map((m) => m.occurrence_date).filter(Boolean));
  const upcoming: MeetingSummary[] = [];
  if (subject.active) {
    const storedAhead = meetings.filter((m) => m.status === 'scheduled' && m.starts_at >= nowIso);
    for (const m of storedAhead) upcoming.push(summary(m));
    for (const o of nextOccurrences(schedule, nowIso, 6)) {
      if (taken.has(o.date)) continue;
      upcoming.push({
        id: null,
        occurrenceDate: o.date,
        startsAt: o.startsAt,
        durationMinutes: schedule.durationMinutes,
        status: 'upcoming',
        adHoc: false,
      });
    }
    upcoming.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    upcoming.splice(6);
  }
  const lastClosed = meetings.find((m) => m.status === 'closed');
  const today = localDate(now, actor.timeZone);
  return {
    series: seriesSummary(named, actor.personId, {
      active: subject.active,
      next,
      lastMeetingAt: lastClosed?.starts_at ?? null,
      openActions: actions.filter((a) => a.state === 'open').length,
    }),
    meetings: meetings.filter((m) => m.starts_at < nowIso || m.status !== 'scheduled').map(summary),
    upcoming,
    actions: actions.map((a) => actionView(a, today, false)),
  };
}

function summary(m: {
  id: string;
  occurrence_date: string | null;
  starts_at: string;
  duration_minutes: number;
  status: 'scheduled' | 'skipped' | 'closed';
}): MeetingSummary {
  return {
    id: m.id,
    occurrenceDate: m.occurrence_date,
    startsAt: m.starts_at,
    durationMinutes: m.duration_minutes,
    status: m.status,
    adHoc: m.occurrence_date === null,
  };
}
