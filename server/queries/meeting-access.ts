import type { Db } from '../db/database';
import type { MeetingRow, SeriesRow } from '../db/meetings.schema';
import { findMeeting, findSeries, lineInForce, organisationSettings } from '../db/repositories/meetings.repository';
import { localDate } from '../domain/dates';
import { conflict, notFound } from '../domain/errors';
import type { Schedule } from '../domain/meetings/cadence';
import { type OrganisationSettings, parseOrganisationSettings } from '../domain/organisation';
import type { Actor } from '../policies/actor';
import { type SeriesSubject, canEditSeries, canViewSeries } from '../policies/meetings.policy';

// Loading a series or meeting for an actor: a subject the actor may not see is "not found",
// whether it exists or not. Used by the meeting commands and queries alike.

export interface SeriesAccess {
  series: SeriesRow;
  subject: SeriesSubject;
  schedule: Schedule;
}

export const scheduleOf = (s: SeriesRow): Schedule => ({
  cadence: s.cadence,
  weekday: s.weekday,
  localTime: s.local_time,
  timeZone: s.time_zone,
  durationMinutes: s.duration_minutes,
  startsOn: s.starts_on,
});

export async function subjectOf(db: Db, s: SeriesRow, now: Date): Promise<SeriesSubject> {
  const active = await lineInForce(db, s.manager_id, s.report_id, localDate(now, s.time_zone));
  return { orgId: s.org_id, managerId: s.manager_id, reportId: s.report_id, active };
}

export async function loadSeries(db: Db, actor: Actor, seriesId: string, now: Date): Promise<SeriesAccess> {
  const series = await findSeries(db, seriesId);
  // Cheap participant check first: a stranger learns nothing, not even through timing of a line lookup.
  if (!series || series.org_id !== actor.orgId || (actor.personId !== series.manager_id && actor.personId !== series.report_id))
    throw notFound('This 1:1 series');
  const subject = await subjectOf(db, series, now);
  if (!canViewSeries(actor, subject)) throw notFound('This 1:1 series');
  return { series, subject, schedule: scheduleOf(series) };
}

export async function loadMeeting(
  db: Db,
  actor: Actor,
  meetingId: string,
  now: Date,
): Promise<SeriesAccess & { meeting: MeetingRow }> {
  const meeting = await findMeeting(db, meetingId);
  if (!meeting || meeting.org_id !== actor.orgId) throw notFound('This meeting');
  try {
    return { ...(await loadSeries(db, actor, meeting.series_id, now)), meeting };
  } catch {
    throw notFound('This meeting');
  }
}

export async function settingsOf(db: Db, orgId: string): Promise<OrganisationSettings> {
  return parseOrganisationSettings(await organisationSettings(db, orgId));
}

/**
 * Writes to a series: strangers get "not found"; the participants of a series whose reporting line
 * ended get a 409 that says why (it stays readable to both).
 */
export function assertCanEdit(actor: Actor, subject: SeriesSubject, what: string): void {
  if (!canViewSeries(actor, subject)) throw notFound(what);
  if (!canEditSeries(actor, subject))
    throw conflict('This 1:1 series is closed because the reporting line ended; it stays readable to both of you.');
}
