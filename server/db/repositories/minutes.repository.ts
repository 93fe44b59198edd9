import type { Kysely, Selectable } from 'kysely';
import type { MinutesTable } from '../record.schema';
import type { Database } from '../schema';

type Q = Kysely<Database>;
export type MinutesRow = Selectable<MinutesTable>;

export async function insertMinutes(db: Q, row: MinutesRow) {
  await db.insertInto('minutes').values(row).execute();
}

export function findMinutes(db: Q, id: string): Promise<MinutesRow | undefined> {
  return db.selectFrom('minutes').selectAll().where('id', '=', id).executeTakeFirst();
}

export function minutesOfMeeting(db: Q, meetingId: string): Promise<MinutesRow[]> {
  return db.selectFrom('minutes').selectAll().where('meeting_id', '=', meetingId).orderBy('created_at').orderBy('id').execute();
}

/** Conditional on the version read: false when someone else changed the minutes first. */
export async function updateMinutes(
  db: Q,
  id: string,
  expectedVersion: number,
  patch: Partial<Omit<MinutesRow, 'id' | 'version'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('minutes')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function dueMinutes(db: Q, now: string, limit: number) {
  return db.selectFrom('minutes').select('id').where('next_due_at', '<=', now).orderBy('next_due_at').limit(limit).execute();
}

/** Every meeting of a series with the state of its sent minutes (drafts are private: only the actor's). */
export function seriesMinutesTimeline(db: Q, seriesId: string, actorId: string) {
  return db
    .selectFrom('meetings')
    .leftJoin('minutes', (j) =>
      j
        .onRef('minutes.meeting_id', '=', 'meetings.id')
        .on((eb) => eb.or([eb('minutes.state', '!=', 'draft'), eb('minutes.author_id', '=', actorId)])),
    )
    .select([
      'meetings.id as meetingId',
      'meetings.starts_at as startsAt',
      'meetings.status as meetingStatus',
      'minutes.id as minutesId',
      'minutes.state as minutesState',
      'minutes.author_id as authorId',
      'minutes.deadline_at as deadlineAt',
      'minutes.revision as revision',
    ])
    .where('meetings.series_id', '=', seriesId)
    .orderBy('meetings.starts_at', 'desc')
    .execute();
}
