import type { SeriesListResponse } from '../../common/api/meetings';
import type { Db } from '../db/database';
import {
  lastClosedMeetings,
  openActionCounts,
  pairsInForce,
  pendingMeetingsOfSeries,
  seriesOfPerson,
} from '../db/repositories/meetings.repository';
import { findPersonById, linesOfPerson, reportsOn } from '../db/repositories/people.repository';
import { iso, localDate } from '../domain/dates';
import { nextMeeting } from '../domain/meetings/agenda';
import type { Actor } from '../policies/actor';
import { canViewSeries } from '../policies/meetings.policy';
import { scheduleOf } from './meeting-access';
import { seriesSummary } from './meeting-views';

/**
 * "My 1:1s": every series the actor is in (as manager or report) with the next meeting, open
 * actions and the last meeting; a manager sees all reports at a glance. Nothing is written.
 */
export async function listMySeries(db: Db, opts: { actor: Actor; now: Date }): Promise<SeriesListResponse> {
  const { actor, now } = opts;
  const today = localDate(now, actor.timeZone);
  const rows = (await seriesOfPerson(db, actor.personId)).filter((s) =>
    canViewSeries(actor, { orgId: s.org_id, managerId: s.manager_id, reportId: s.report_id, active: true }),
  );
  const ids = rows.map((s) => s.id);
  const [pairs, pending, last, open, reports, lines] = await Promise.all([
    pairsInForce(db, [...new Set(rows.map((s) => s.report_id))], today),
    pendingMeetingsOfSeries(db, ids, iso(now)),
    lastClosedMeetings(db, ids),
    openActionCounts(db, ids),
    reportsOn(db, actor.personId, today),
    linesOfPerson(db, actor.personId),
  ]);
  const lastOf = new Map(last.map((l) => [l.series_id, l.last]));
  const series = rows.map((s) => {
    const stored = pending
      .filter((m) => m.series_id === s.id)
      .map((m) => ({
        id: m.id,
        status: m.status,
        startsAt: m.starts_at,
        occurrenceDate: m.occurrence_date,
        durationMinutes: m.duration_minutes,
      }));
    const active = pairs.has(`${s.manager_id}|${s.report_id}`);
    return seriesSummary(s, actor.personId, {
      active,
      next: active ? nextMeeting(scheduleOf(s), stored, iso(now)) : null,
      lastMeetingAt: lastOf.get(s.id) ?? null,
      openActions: open.get(s.id) ?? 0,
    });
  });
  series.sort((a, b) => Number(b.active) - Number(a.active) || a.other.name.localeCompare(b.other.name));
  const has = new Set(rows.map((s) => `${s.manager_id}|${s.report_id}`));
  const canStartWith: SeriesListResponse['canStartWith'] = reports
    .filter((r) => !has.has(`${actor.personId}|${r.id}`))
    .map((r) => ({ id: r.id, name: r.name, role: 'report' as const }));
  const current = lines.find((l) => l.valid_from <= today && (l.valid_to === null || today < l.valid_to));
  if (current && !has.has(`${current.manager_id}|${actor.personId}`)) {
    const m = await findPersonById(db, current.manager_id);
    if (m) canStartWith.push({ id: m.id, name: m.name, role: 'manager' });
  }
  return { series, canStartWith };
}
