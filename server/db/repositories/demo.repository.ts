import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** Closed meetings of an organisation with their pair, oldest first (demo record seeding). */
export function closedMeetingsOfOrg(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('meeting_series as s', 's.id', 'm.series_id')
    .select(['m.id', 'm.series_id', 'm.notes', 'm.starts_at', 'm.closed_at', 'm.closed_by', 's.manager_id', 's.report_id'])
    .where('m.org_id', '=', orgId)
    .where('m.status', '=', 'closed')
    .orderBy('m.closed_at')
    .orderBy('m.id')
    .execute();
}
