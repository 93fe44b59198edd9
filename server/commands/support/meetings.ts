import type { Db } from '../../db/database';
import type { MeetingRow, SeriesRow, TalkingPointRow } from '../../db/meetings.schema';
import {
  findMeetingByOccurrence,
  insertMeetingIfAbsent,
  insertPoints,
  maxPosition,
  meetingsOfSeries,
  nextOpenMeeting,
  pointsOfMeeting,
} from '../../db/repositories/meetings.repository';
import { iso } from '../../domain/dates';
import { conflict, invalid } from '../../domain/errors';
import { newId } from '../../domain/ids';
import { type PointState, originOf } from '../../domain/meetings/agenda';
import { type Schedule, isOccurrenceDate, nextOccurrences, startOf } from '../../domain/meetings/cadence';

// Pieces shared by the meeting commands: materialising an occurrence, and carrying points over.

export const pointState = (p: TalkingPointRow): PointState => ({
  id: p.id,
  authorId: p.author_id,
  text: p.text,
  offRecord: p.off_record === 1,
  discussed: p.discussed === 1,
  position: p.position,
  notes: p.notes,
  carriedFrom: p.carried_from,
});

/** The stored meeting of a scheduled date, creating its row on first use (idempotent under races). */
export async function materialise(db: Db, series: SeriesRow, schedule: Schedule, date: string, now: Date): Promise<MeetingRow> {
  if (!isOccurrenceDate(schedule, date)) throw invalid(`occurrenceDate: ${date} is not a date of this series' schedule.`);
  const existing = await findMeetingByOccurrence(db, series.id, date);
  if (existing) return existing;
  const at = iso(now);
  await insertMeetingIfAbsent(db, {
    id: newId(),
    org_id: series.org_id,
    series_id: series.id,
    occurrence_date: date,
    starts_at: startOf(schedule, date),
    duration_minutes: series.duration_minutes,
    status: 'scheduled',
    notes: '',
    notes_version: 0,
    closed_at: null,
    closed_by: null,
    created_at: at,
    updated_at: at,
  });
  const row = await findMeetingByOccurrence(db, series.id, date);
  if (!row) throw conflict('The meeting could not be opened; try again.');
  return row;
}

/** The meeting after `meeting` that points carry into: a stored open one, or the next scheduled date. */
export async function followingMeeting(db: Db, series: SeriesRow, schedule: Schedule, meeting: MeetingRow, now: Date) {
  const stored = await nextOpenMeeting(db, series.id, meeting.starts_at, meeting.id);
  const taken = new Set((await meetingsOfSeries(db, series.id)).map((m) => m.occurrence_date).filter(Boolean));
  const from = new Date(Math.max(new Date(meeting.starts_at).getTime() + 60_000, 0)).toISOString();
  const next = nextOccurrences(schedule, from, 60).find((o) => !taken.has(o.date));
  if (stored && (!next || stored.starts_at <= next.startsAt)) return stored;
  return next ? materialise(db, series, schedule, next.date, now) : stored;
}

/** Copies points into a meeting (after its own), linked to where they were first raised; skips ones already there. */
export async function carryPoints(db: Db, target: MeetingRow, points: readonly PointState[], now: Date): Promise<number> {
  if (points.length === 0) return 0;
  const present = new Set((await pointsOfMeeting(db, target.id)).map((p) => p.carried_from ?? p.id));
  const todo = points.filter((p) => !present.has(originOf(p)));
  let position = (await maxPosition(db, target.id)) + 1;
  const at = iso(now);
  await insertPoints(
    db,
    todo.map((p) => ({
      id: newId(),
      org_id: target.org_id,
      meeting_id: target.id,
      author_id: p.authorId,
      text: p.text,
      off_record: 0,
      discussed: 0,
      position: position++,
      notes: '',
      notes_version: 0,
      carried_from: originOf(p),
      created_at: at,
      updated_at: at,
    })),
  );
  return todo.length;
}
