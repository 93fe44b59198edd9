import { type Kysely, sql } from 'kysely';
import type {
  ActionItemRow,
  MeetingRow,
  MeetingSeriesTable,
  NewActionItem,
  NewMeeting,
  NewTalkingPoint,
  SeriesRow,
  TalkingPointRow,
  TemplateRow,
} from '../meetings.schema';
import { prepared } from '../prepared';
import type { Database } from '../schema';

type Q = Kysely<Database>;

// All SQL of 1:1 series and meetings. Private notes are read only by (meeting, author): there is
// deliberately no function that lists them any other way.

async function inChunks<T>(rows: T[], size: number, f: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await f(rows.slice(i, i + size));
}

// ---- series

export async function insertSeries(db: Q, rows: SeriesRow[]) {
  await inChunks(rows, 200, (c) => db.insertInto('meeting_series').values(c).execute());
}

export function findSeries(db: Q, id: string): Promise<SeriesRow | undefined> {
  return db.selectFrom('meeting_series').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findSeriesByPair(db: Q, managerId: string, reportId: string): Promise<SeriesRow | undefined> {
  return db
    .selectFrom('meeting_series')
    .selectAll()
    .where('manager_id', '=', managerId)
    .where('report_id', '=', reportId)
    .executeTakeFirst();
}

export async function updateSeries(
  db: Q,
  id: string,
  patch: Partial<
    Pick<MeetingSeriesTable, 'cadence' | 'weekday' | 'local_time' | 'time_zone' | 'duration_minutes' | 'starts_on' | 'updated_at'>
  >,
) {
  await db.updateTable('meeting_series').set(patch).where('id', '=', id).execute();
}

/** Series where the person is the manager or the report, with both names. */
export function seriesOfPerson(db: Q, personId: string) {
  return db
    .selectFrom('meeting_series as s')
    .innerJoin('people as m', 'm.id', 's.manager_id')
    .innerJoin('people as r', 'r.id', 's.report_id')
    .selectAll('s')
    .select(['m.name as manager_name', 'r.name as report_name'])
    .where((eb) => eb.or([eb('s.manager_id', '=', personId), eb('s.report_id', '=', personId)]))
    .orderBy('r.name')
    .execute();
}

export function findSeriesWithNames(db: Q, id: string) {
  return db
    .selectFrom('meeting_series as s')
    .innerJoin('people as m', 'm.id', 's.manager_id')
    .innerJoin('people as r', 'r.id', 's.report_id')
    .selectAll('s')
    .select(['m.name as manager_name', 'r.name as report_name'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** Whether `reportId` reports to `managerId` on `date` (a current reporting line). */
export async function lineInForce(db: Q, managerId: string, reportId: string, date: string): Promise<boolean> {
  return (await lineInForceQuery(db, managerId, reportId, date)).length > 0;
}

const lineInForceQuery = prepared((db: Q, managerId: string, reportId: string, date: string) =>
  db
    .selectFrom('reporting_lines')
    .select('id')
    .where('person_id', '=', reportId)
    .where('manager_id', '=', managerId)
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', date)]))
    .limit(1),
);

/** Every reporting line between a manager and a report, oldest first (usually one). */
export const linesOfPair = prepared((db: Q, managerId: string, reportId: string) =>
  db
    .selectFrom('reporting_lines')
    .select(['valid_from', 'valid_to'])
    .where('person_id', '=', reportId)
    .where('manager_id', '=', managerId)
    .orderBy('valid_from'),
);

/** Pairs in force on `date` among a set of series, as "manager|report" keys. */
export async function pairsInForce(db: Q, reportIds: string[], date: string): Promise<Set<string>> {
  if (reportIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('reporting_lines')
    .select(['person_id', 'manager_id'])
    .where('person_id', 'in', reportIds)
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', date)]))
    .execute();
  return new Set(rows.map((r) => `${r.manager_id}|${r.person_id}`));
}

// ---- meetings

export async function insertMeetings(db: Q, rows: NewMeeting[]) {
  await inChunks(rows, 500, (c) => db.insertInto('meetings').values(c).execute());
}

/** Inserts a meeting for an occurrence unless one exists (two people opening it at once). */
export async function insertMeetingIfAbsent(db: Q, row: NewMeeting) {
  await db
    .insertInto('meetings')
    .values(row)
    .onConflict((oc) => oc.columns(['series_id', 'occurrence_date']).doNothing())
    .execute();
}

export function findMeeting(db: Q, id: string): Promise<MeetingRow | undefined> {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findMeetingByOccurrence(db: Q, seriesId: string, date: string): Promise<MeetingRow | undefined> {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('series_id', '=', seriesId)
    .where('occurrence_date', '=', date)
    .executeTakeFirst();
}

export function meetingsOfSeries(db: Q, seriesId: string): Promise<MeetingRow[]> {
  return db.selectFrom('meetings').selectAll().where('series_id', '=', seriesId).orderBy('starts_at', 'desc').execute();
}

/** Stored meetings of a series that have not been closed or skipped, or start after `from`. */
export function pendingMeetingsOfSeries(db: Q, seriesIds: string[], from: string) {
  if (seriesIds.length === 0) return Promise.resolve([] as MeetingRow[]);
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('series_id', 'in', seriesIds)
    .where((eb) => eb.or([eb('starts_at', '>=', from), eb('status', '=', 'scheduled')]))
    .where('starts_at', '>=', new Date(new Date(from).getTime() - 7 * 86_400_000).toISOString())
    .execute();
}

/** The last closed meeting of each series (its date), for the series list. */
export function lastClosedMeetings(db: Q, seriesIds: string[]) {
  if (seriesIds.length === 0) return Promise.resolve([] as { series_id: string; last: string | null }[]);
  return db
    .selectFrom('meetings')
    .select(['series_id', (eb) => eb.fn.max('starts_at').as('last')])
    .where('series_id', 'in', seriesIds)
    .where('status', '=', 'closed')
    .groupBy('series_id')
    .execute() as Promise<{ series_id: string; last: string | null }[]>;
}

/** The meeting of the series that comes right after `startsAt` and is still open (for carry-over). */
export function nextOpenMeeting(db: Q, seriesId: string, startsAt: string, excludeId: string): Promise<MeetingRow | undefined> {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('series_id', '=', seriesId)
    .where('starts_at', '>', startsAt)
    .where('status', '=', 'scheduled')
    .where('id', '!=', excludeId)
    .orderBy('starts_at')
    .limit(1)
    .executeTakeFirst();
}

/** When the previous closed meeting of the series (before `startsAt`) was closed. */
export async function previousClosedAt(db: Q, seriesId: string, startsAt: string): Promise<string | null> {
  const row = await db
    .selectFrom('meetings')
    .select('closed_at')
    .where('series_id', '=', seriesId)
    .where('starts_at', '<', startsAt)
    .where('status', '=', 'closed')
    .orderBy('starts_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.closed_at ?? null;
}

export async function updateMeeting(
  db: Q,
  id: string,
  patch: Partial<Pick<MeetingRow, 'starts_at' | 'status' | 'closed_at' | 'closed_by' | 'updated_at'>>,
) {
  await db.updateTable('meetings').set(patch).where('id', '=', id).execute();
}

/** Saves the meeting notes only if nobody saved since `version`; returns whether it did. */
export async function saveMeetingNotes(db: Q, id: string, text: string, version: number, at: string): Promise<boolean> {
  const r = await db
    .updateTable('meetings')
    .set({ notes: text, notes_version: version + 1, updated_at: at })
    .where('id', '=', id)
    .where('notes_version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---- talking points

export async function insertPoints(db: Q, rows: NewTalkingPoint[]) {
  await inChunks(rows, 500, (c) => db.insertInto('talking_points').values(c).execute());
}

export function findPoint(db: Q, id: string): Promise<TalkingPointRow | undefined> {
  return db.selectFrom('talking_points').selectAll().where('id', '=', id).executeTakeFirst();
}

export function pointsOfMeeting(db: Q, meetingId: string): Promise<TalkingPointRow[]> {
  return db
    .selectFrom('talking_points')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** Points of a meeting with where each carried one came from (origin point's meeting and its date). */
export const pointsWithOrigin = prepared((db: Q, meetingId: string) =>
  db
    .selectFrom('talking_points as p')
    .leftJoin('talking_points as o', 'o.id', 'p.carried_from')
    .leftJoin('meetings as om', 'om.id', 'o.meeting_id')
    .innerJoin('people as a', 'a.id', 'p.author_id')
    .selectAll('p')
    .select(['a.name as author_name', 'om.id as origin_meeting_id', 'om.starts_at as origin_starts_at'])
    .where('p.meeting_id', '=', meetingId)
    .orderBy('p.position')
    .orderBy('p.id'),
);

export async function maxPosition(db: Q, meetingId: string): Promise<number> {
  const r = await db
    .selectFrom('talking_points')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return r?.max == null ? -1 : Number(r.max);
}

export async function updatePoint(
  db: Q,
  id: string,
  patch: Partial<Pick<TalkingPointRow, 'text' | 'off_record' | 'discussed' | 'position' | 'updated_at'>>,
) {
  await db.updateTable('talking_points').set(patch).where('id', '=', id).execute();
}

export async function savePointNotes(db: Q, id: string, text: string, version: number, at: string): Promise<boolean> {
  const r = await db
    .updateTable('talking_points')
    .set({ notes: text, notes_version: version + 1, updated_at: at })
    .where('id', '=', id)
    .where('notes_version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Erases text and notes in place (UPDATE, not archive): only the row marker remains. */
export async function erasePoints(db: Q, ids: string[], at: string) {
  if (ids.length === 0) return;
  await db.updateTable('talking_points').set({ text: null, notes: '', updated_at: at }).where('id', 'in', ids).execute();
}

export async function deletePoints(db: Q, ids: string[]) {
  if (ids.length === 0) return;
  // Carried copies point at their origin; an erased origin must not keep them from being deleted.
  await db.updateTable('talking_points').set({ carried_from: null }).where('carried_from', 'in', ids).execute();
  await db.deleteFrom('talking_points').where('id', 'in', ids).execute();
}

// ---- action items

export async function insertActions(db: Q, rows: NewActionItem[]) {
  await inChunks(rows, 500, (c) => db.insertInto('action_items').values(c).execute());
}

export function findAction(db: Q, id: string): Promise<ActionItemRow | undefined> {
  return db.selectFrom('action_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateAction(
  db: Q,
  id: string,
  patch: Partial<Pick<ActionItemRow, 'text' | 'owner_id' | 'due_on' | 'state' | 'resolved_at' | 'updated_at'>>,
) {
  await db.updateTable('action_items').set(patch).where('id', '=', id).execute();
}

const actionColumns = (db: Q) =>
  db
    .selectFrom('action_items as a')
    .innerJoin('people as o', 'o.id', 'a.owner_id')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .selectAll('a')
    .select(['o.name as owner_name', 'm.starts_at as meeting_starts_at']);

export type ActionWithNames = Awaited<ReturnType<typeof actionsOfMeeting>>[number];

export function actionsOfMeeting(db: Q, meetingId: string) {
  return actionColumns(db).where('a.meeting_id', '=', meetingId).orderBy('a.created_at').orderBy('a.id').execute();
}

/**
 * Action items raised in earlier meetings of the series that were still open when the previous
 * meeting closed (or are open now).
 */
export function carriedActions(db: Q, seriesId: string, meetingId: string, startsAt: string, since: string | null) {
  return actionColumns(db)
    .where('a.series_id', '=', seriesId)
    .where('a.meeting_id', '!=', meetingId)
    .where('m.starts_at', '<', startsAt)
    .where((eb) =>
      since ? eb.or([eb('a.resolved_at', 'is', null), eb('a.resolved_at', '>=', since)]) : eb('a.resolved_at', 'is', null),
    )
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}

export function actionsOfSeries(db: Q, seriesId: string) {
  return actionColumns(db).where('a.series_id', '=', seriesId).orderBy('a.created_at', 'desc').orderBy('a.id').execute();
}

export function actionsOwnedBy(db: Q, ownerId: string) {
  return actionColumns(db)
    .where('a.owner_id', '=', ownerId)
    .orderBy('a.state')
    .orderBy('a.due_on')
    .orderBy('a.created_at')
    .execute();
}

export async function openActionCounts(db: Q, seriesIds: string[]): Promise<Map<string, number>> {
  if (seriesIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('action_items')
    .select(['series_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('series_id', 'in', seriesIds)
    .where('state', '=', 'open')
    .groupBy('series_id')
    .execute();
  return new Map(rows.map((r) => [r.series_id, Number(r.n)]));
}

// ---- private notes (by meeting and author only)

export function findPrivateNote(db: Q, meetingId: string, authorId: string) {
  return db
    .selectFrom('private_notes')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('author_id', '=', authorId)
    .executeTakeFirst();
}

export async function insertPrivateNote(db: Q, row: { meeting_id: string; author_id: string; text: string; at: string }) {
  await db
    .insertInto('private_notes')
    .values({
      meeting_id: row.meeting_id,
      author_id: row.author_id,
      text: row.text,
      version: 1,
      created_at: row.at,
      updated_at: row.at,
    })
    .execute();
}

export async function savePrivateNote(db: Q, meetingId: string, authorId: string, text: string, version: number, at: string) {
  const r = await db
    .updateTable('private_notes')
    .set({ text, version: version + 1, updated_at: at })
    .where('meeting_id', '=', meetingId)
    .where('author_id', '=', authorId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function acknowledgedPrivateNotesAt(db: Q, personId: string): Promise<string | null> {
  const r = await db
    .selectFrom('private_note_acknowledgements')
    .select('acknowledged_at')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return r?.acknowledged_at ?? null;
}

export async function acknowledgePrivateNotes(db: Q, personId: string, at: string) {
  await db
    .insertInto('private_note_acknowledgements')
    .values({ person_id: personId, acknowledged_at: at })
    .onConflict((oc) => oc.column('person_id').doNothing())
    .execute();
}

// ---- calendar feeds

export function findFeedByTokenHash(db: Q, tokenHash: string) {
  return db.selectFrom('calendar_feeds').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export function findFeedOfPerson(db: Q, personId: string) {
  return db.selectFrom('calendar_feeds').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

export async function replaceFeed(db: Q, personId: string, tokenHash: string, at: string) {
  await db.deleteFrom('calendar_feeds').where('person_id', '=', personId).execute();
  await db.insertInto('calendar_feeds').values({ person_id: personId, token_hash: tokenHash, created_at: at }).execute();
}

export async function deleteFeed(db: Q, personId: string) {
  await db.deleteFrom('calendar_feeds').where('person_id', '=', personId).execute();
}

// ---- templates and organisation settings

export function templatesOfOrg(db: Q, orgId: string): Promise<TemplateRow[]> {
  return db.selectFrom('meeting_templates').selectAll().where('org_id', '=', orgId).orderBy('name').execute();
}

export function findTemplate(db: Q, id: string): Promise<TemplateRow | undefined> {
  return db.selectFrom('meeting_templates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertTemplate(db: Q, row: TemplateRow) {
  await db.insertInto('meeting_templates').values(row).execute();
}

export async function updateTemplate(db: Q, id: string, patch: Pick<TemplateRow, 'name' | 'points' | 'updated_at'>) {
  await db.updateTable('meeting_templates').set(patch).where('id', '=', id).execute();
}

export async function deleteTemplate(db: Q, id: string) {
  await db.deleteFrom('meeting_templates').where('id', '=', id).execute();
}

export async function organisationSettings(db: Q, orgId: string): Promise<string | undefined> {
  const r = await db.selectFrom('organisations').select('settings').where('id', '=', orgId).executeTakeFirst();
  return r?.settings;
}

export async function saveOrganisationSettings(db: Q, orgId: string, settings: string) {
  await db.updateTable('organisations').set({ settings }).where('id', '=', orgId).execute();
}

/** Changes some organisation settings and keeps the others as they are (call inside a transaction). */
export async function mergeOrganisationSettings(db: Q, orgId: string, patch: Record<string, unknown>) {
  const raw = await organisationSettings(db, orgId);
  let settings: Record<string, unknown> = {};
  try {
    settings = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  } catch {
    settings = {};
  }
  await saveOrganisationSettings(db, orgId, JSON.stringify({ ...settings, ...patch }));
}

export function peopleNames(db: Q, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([] as { id: string; name: string }[]);
  return db.selectFrom('people').select(['id', 'name']).where('id', 'in', ids).execute();
}

// ---- the meeting page, in few round trips (it is the hottest read)

/**
 * The meeting, its series, both names, who closed it, the organisation's settings, the viewer's
 * own private note and acknowledgement, and when the previous meeting closed — one row.
 */
export async function meetingPageHead(db: Q, meetingId: string, sessionId: string, now: string) {
  return (await meetingPageHeadQuery(db, meetingId, sessionId, now))[0];
}

// The viewer comes from the session in the same statement: one round trip for the whole head.
const meetingPageHeadQuery = prepared((db: Q, meetingId: string, sessionId: string, now: string) =>
  db
    .selectFrom('meetings as mt')
    .innerJoin('sessions as ses', (j) => j.on('ses.id', '=', sessionId).on('ses.expires_at', '>', now))
    .innerJoin('people as viewer', (j) => j.onRef('viewer.id', '=', 'ses.person_id').on('viewer.status', '=', 'active'))
    .innerJoin('meeting_series as s', 's.id', 'mt.series_id')
    .innerJoin('people as mgr', 'mgr.id', 's.manager_id')
    .innerJoin('people as rep', 'rep.id', 's.report_id')
    .innerJoin('organisations as org', 'org.id', 's.org_id')
    .leftJoin('people as cb', 'cb.id', 'mt.closed_by')
    .leftJoin('private_notes as pn', (j) => j.onRef('pn.meeting_id', '=', 'mt.id').onRef('pn.author_id', '=', 'viewer.id'))
    .leftJoin('private_note_acknowledgements as ack', (j) => j.onRef('ack.person_id', '=', 'viewer.id'))
    .selectAll('mt')
    .select((eb) => [
      'viewer.id as viewer_id',
      'viewer.org_id as viewer_org_id',
      'viewer.name as viewer_name',
      'viewer.email as viewer_email',
      'viewer.time_zone as viewer_time_zone',
      'viewer.is_hr as viewer_is_hr',
      'viewer.is_admin as viewer_is_admin',
      's.manager_id',
      's.report_id',
      's.time_zone',
      's.org_id as series_org_id',
      'mgr.name as manager_name',
      'rep.name as report_name',
      'cb.name as closed_by_name',
      'org.settings as org_settings',
      'org.people_version',
      // Not in the table's type (inserts never set it): bumped by triggers, read for the page cache.
      sql<number>`s.revision`.as('series_revision'),
      'pn.text as private_text',
      'pn.version as private_version',
      'ack.acknowledged_at',
      eb
        .selectFrom('meetings as pm')
        .select('pm.closed_at')
        .whereRef('pm.series_id', '=', 'mt.series_id')
        .whereRef('pm.starts_at', '<', 'mt.starts_at')
        .where('pm.status', '=', 'closed')
        .orderBy('pm.starts_at', 'desc')
        .limit(1)
        .as('previous_closed_at'),
    ])
    .where('mt.id', '=', meetingId),
);

/**
 * This meeting's action items and those carried into it: raised in an earlier meeting of the
 * series and still open, or resolved since the previous meeting closed. Three index range scans
 * (by meeting; by series and open; by series and resolved since), not a walk over the series'
 * whole history of actions.
 */
export async function meetingPageActions(db: Q, m: { id: string; series_id: string; starts_at: string }, since: string | null) {
  const rows = await meetingPageActionsQuery(db, m.id, m.series_id, m.starts_at, since ?? NEVER);
  return rows.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : 1));
}

// Later than any instant stored (ISO 8601 text): "resolved at or after never" matches no row.
const NEVER = '9999-12-31T23:59:59.999Z';

const meetingPageActionsQuery = prepared((db: Q, meetingId: string, seriesId: string, startsAt: string, since: string) => {
  const earlier = () =>
    actionColumns(db)
      .where('a.series_id', '=', seriesId)
      .where('a.meeting_id', '!=', meetingId)
      .where('m.starts_at', '<', startsAt);
  return actionColumns(db)
    .where('a.meeting_id', '=', meetingId)
    .unionAll(earlier().where('a.resolved_at', 'is', null))
    .unionAll(earlier().where('a.resolved_at', '>=', since));
});
