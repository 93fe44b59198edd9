import type { ActionItemView, SeriesSummary } from '../../common/api/meetings';
import type { SeriesRow } from '../db/meetings.schema';
import type { ActionWithNames } from '../db/repositories/meetings.repository';
import { isOverdue, type NextMeeting } from '../domain/meetings/agenda';

// Shapes shared by the meeting queries (domain rows -> API JSON).

export const actionView = (a: ActionWithNames, today: string, carried: boolean): ActionItemView => ({
  id: a.id,
  seriesId: a.series_id,
  meetingId: a.meeting_id,
  meetingStartsAt: a.meeting_starts_at,
  text: a.text,
  owner: { id: a.owner_id, name: a.owner_name },
  dueOn: a.due_on,
  state: a.state,
  overdue: isOverdue({ state: a.state, dueOn: a.due_on }, today),
  carried,
});

export function seriesSummary(
  s: SeriesRow & { manager_name: string; report_name: string },
  viewerId: string,
  extra: { active: boolean; next: NextMeeting | null; lastMeetingAt: string | null; openActions: number },
): SeriesSummary {
  const manager = { id: s.manager_id, name: s.manager_name };
  const report = { id: s.report_id, name: s.report_name };
  const role = viewerId === s.manager_id ? 'manager' : 'report';
  return {
    id: s.id,
    manager,
    report,
    other: role === 'manager' ? report : manager,
    role,
    cadence: s.cadence,
    weekday: s.weekday,
    localTime: s.local_time,
    timeZone: s.time_zone,
    durationMinutes: s.duration_minutes,
    startsOn: s.starts_on,
    active: extra.active,
    next: extra.active ? extra.next : null,
    lastMeetingAt: extra.lastMeetingAt,
    openActions: extra.openActions,
  };
}
