import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database, MailsTable } from '../schema';
import type { AskRow, NewNotice, NewWeeklyUpdate, PreferencesRow, WaitingItemRow, WeeklyUpdateRow } from '../weekly.schema';

type Q = Kysely<Database>;
export type NewMail = Insertable<MailsTable>;

// All SQL of weekly updates. Batch functions take lists so that the reminder sweep over a large
// organisation makes a few statements per batch, never one round trip per person.

async function inChunks<T>(rows: T[], size: number, f: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await f(rows.slice(i, i + size));
}

// ---- updates

export function findUpdate(db: Q, id: string): Promise<WeeklyUpdateRow | undefined> {
  return db.selectFrom('weekly_updates').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUpdateOfWeek(db: Q, authorId: string, weekOf: string): Promise<WeeklyUpdateRow | undefined> {
  return db
    .selectFrom('weekly_updates')
    .selectAll()
    .where('author_id', '=', authorId)
    .where('week_of', '=', weekOf)
    .executeTakeFirst();
}

/** Inserts unless the (author, week) row exists (a concurrent first save): the caller re-reads. */
export async function insertUpdateIfAbsent(db: Q, row: NewWeeklyUpdate) {
  await db
    .insertInto('weekly_updates')
    .values(row)
    .onConflict((oc) => oc.columns(['author_id', 'week_of']).doNothing())
    .execute();
}

export async function updateUpdate(
  db: Q,
  id: string,
  lock: number,
  patch: Partial<
    Pick<
      WeeklyUpdateRow,
      'manager_id' | 'state' | 'version' | 'content' | 'text' | 'sent_at' | 'read_at' | 'acknowledged_at' | 'updated_at'
    >
  >,
): Promise<boolean> {
  const r = await db
    .updateTable('weekly_updates')
    .set({ ...patch, lock: lock + 1 })
    .where('id', '=', id)
    .where('lock', '=', lock)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertVersion(
  db: Q,
  row: { update_id: string; version: number; content: string; text: string; sent_at: string; record_idx: number },
) {
  await db.insertInto('weekly_update_versions').values(row).execute();
}

export function versionsOf(db: Q, updateId: string) {
  return db
    .selectFrom('weekly_update_versions')
    .select(['version', 'sent_at', 'text'])
    .where('update_id', '=', updateId)
    .orderBy('version', 'desc')
    .execute();
}

export async function versionContent(db: Q, updateId: string, version: number): Promise<string | undefined> {
  const v = await db
    .selectFrom('weekly_update_versions')
    .select('content')
    .where('update_id', '=', updateId)
    .where('version', '=', version)
    .executeTakeFirst();
  return v?.content;
}

/** A person's updates, newest week first; sent ones only for a reader who is not the author. */
export function updatesOfAuthor(
  db: Q,
  opts: { authorId: string; managerId?: string; query?: string; limit: number; sentOnly: boolean },
) {
  let q = db
    .selectFrom('weekly_updates')
    .select(['id', 'week_of', 'state', 'version', 'sent_at', 'acknowledged_at', 'text', 'content'])
    .where('author_id', '=', opts.authorId);
  if (opts.sentOnly) q = q.where('state', '=', 'sent');
  if (opts.managerId) q = q.where('manager_id', '=', opts.managerId);
  if (opts.query) {
    const like = `%${opts.query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(${eb.ref('text')})`, 'like', sql`${like} escape '\\'`),
        eb.and([eb('state', '=', 'draft'), eb(sql`lower(${eb.ref('content')})`, 'like', sql`${like} escape '\\'`)]),
      ]),
    );
  }
  return q.orderBy('week_of', 'desc').limit(opts.limit).execute();
}

/** Which weeks (from `since`) a person sent an update for. */
export async function sentWeeksOf(db: Q, authorId: string, since: string): Promise<string[]> {
  const rows = await db
    .selectFrom('weekly_updates')
    .select('week_of')
    .where('author_id', '=', authorId)
    .where('state', '=', 'sent')
    .where('week_of', '>=', since)
    .execute();
  return rows.map((r) => r.week_of);
}

/** Sent (author, week) pairs among these authors and weeks: who need no reminder. */
export async function sentPairs(db: Q, authorIds: string[], weeks: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  if (authorIds.length === 0 || weeks.length === 0) return out;
  await inChunks(authorIds, 900, async (chunk) => {
    const rows = await db
      .selectFrom('weekly_updates')
      .select(['author_id', 'week_of'])
      .where('author_id', 'in', chunk)
      .where('week_of', 'in', weeks)
      .where('state', '=', 'sent')
      .execute();
    for (const r of rows) out.add(`${r.author_id}|${r.week_of}`);
  });
  return out;
}

/** The updates of these authors for one week (the manager's view). */
export function updatesOfWeek(db: Q, authorIds: string[], weekOf: string) {
  if (authorIds.length === 0) return Promise.resolve([] as WeeklyUpdateRow[]);
  return db.selectFrom('weekly_updates').selectAll().where('author_id', 'in', authorIds).where('week_of', '=', weekOf).execute();
}

// ---- waiting-on items

export function openWaitingOf(db: Q, authorId: string): Promise<WaitingItemRow[]> {
  return db
    .selectFrom('weekly_waiting_items')
    .selectAll()
    .where('author_id', '=', authorId)
    .where('closed_at', 'is', null)
    .orderBy('since')
    .orderBy('id')
    .execute();
}

export async function openWaitingCounts(db: Q, authorIds: string[]): Promise<Map<string, number>> {
  if (authorIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('weekly_waiting_items')
    .select(['author_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('author_id', 'in', authorIds)
    .where('closed_at', 'is', null)
    .groupBy('author_id')
    .execute();
  return new Map(rows.map((r) => [r.author_id, Number(r.n)]));
}

export function findWaiting(db: Q, id: string): Promise<WaitingItemRow | undefined> {
  return db.selectFrom('weekly_waiting_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertWaiting(db: Q, rows: WaitingItemRow[]) {
  await inChunks(rows, 100, (c) => db.insertInto('weekly_waiting_items').values(c).execute());
}

export async function updateWaiting(
  db: Q,
  id: string,
  patch: Partial<Pick<WaitingItemRow, 'what' | 'from_person_id' | 'from_text' | 'since' | 'chased' | 'closed_at' | 'updated_at'>>,
) {
  await db.updateTable('weekly_waiting_items').set(patch).where('id', '=', id).execute();
}

// ---- asks

export function asksOf(db: Q, updateId: string): Promise<AskRow[]> {
  return db.selectFrom('weekly_asks').selectAll().where('update_id', '=', updateId).orderBy('created_at').orderBy('id').execute();
}

export function findAsk(db: Q, id: string): Promise<AskRow | undefined> {
  return db.selectFrom('weekly_asks').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAsks(db: Q, rows: AskRow[]) {
  await inChunks(rows, 100, (c) => db.insertInto('weekly_asks').values(c).execute());
}

export async function updateAsk(
  db: Q,
  id: string,
  lock: number,
  patch: Partial<
    Pick<
      AskRow,
      | 'text'
      | 'escalation'
      | 'answer'
      | 'answered_at'
      | 'withdrawn_at'
      | 'agenda_point_id'
      | 'agenda_meeting_id'
      | 'next_agenda_check_at'
      | 'updated_at'
    >
  >,
): Promise<boolean> {
  const r = await db
    .updateTable('weekly_asks')
    .set({ ...patch, lock: lock + 1 })
    .where('id', '=', id)
    .where('lock', '=', lock)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Escalations whose agenda check has come. */
export function dueEscalations(db: Q, now: string, limit: number): Promise<AskRow[]> {
  return db
    .selectFrom('weekly_asks')
    .selectAll()
    .where('next_agenda_check_at', '<=', now)
    .orderBy('next_agenda_check_at')
    .limit(limit)
    .execute();
}

/** Unanswered escalations sent to a manager by these authors. */
export function openEscalationsTo(db: Q, managerId: string, authorIds: string[]) {
  if (authorIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('weekly_asks as a')
    .innerJoin('weekly_updates as u', 'u.id', 'a.update_id')
    .select(['a.id', 'a.text', 'a.update_id', 'a.author_id', 'u.week_of'])
    .where('a.manager_id', '=', managerId)
    .where('a.author_id', 'in', authorIds)
    .where('a.escalation', '=', 1)
    .where('a.answered_at', 'is', null)
    .where('a.withdrawn_at', 'is', null)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}

/**
 * The manager's week in one statement: current reports, the update each sent this manager for the
 * week (if any), and their open waiting-on count.
 */
export function teamWeekRows(db: Q, managerId: string, date: string, weekOf: string) {
  return db
    .selectFrom('reporting_lines as l')
    .innerJoin('people as p', 'p.id', 'l.person_id')
    .leftJoin('weekly_updates as u', (j) =>
      j
        .onRef('u.author_id', '=', 'p.id')
        .on('u.week_of', '=', weekOf)
        .on('u.state', '=', 'sent')
        .on('u.manager_id', '=', managerId),
    )
    .select((eb) => [
      'p.id',
      'p.name',
      'u.id as update_id',
      'u.version',
      'u.sent_at',
      'u.read_at',
      'u.acknowledged_at',
      'u.content',
      eb
        .selectFrom('weekly_waiting_items as w')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('w.author_id', '=', 'p.id')
        .where('w.closed_at', 'is', null)
        .as('open_waiting'),
    ])
    .where('l.manager_id', '=', managerId)
    .where('l.valid_from', '<=', date)
    .where((eb) => eb.or([eb('l.valid_to', 'is', null), eb('l.valid_to', '>', date)]))
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
}

/** Every unanswered escalation sent to a manager (the caller keeps those of current reports). */
export function escalationsTo(db: Q, managerId: string) {
  return db
    .selectFrom('weekly_asks as a')
    .innerJoin('weekly_updates as u', 'u.id', 'a.update_id')
    .select(['a.id', 'a.text', 'a.update_id', 'a.author_id', 'u.week_of'])
    .where('a.manager_id', '=', managerId)
    .where('a.answered_at', 'is', null)
    .where('a.escalation', '=', 1)
    .where('a.withdrawn_at', 'is', null)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}

// ---- comments

export async function insertComment(
  db: Q,
  row: { id: string; org_id: string; update_id: string; author_id: string; text: string; created_at: string },
) {
  await db.insertInto('weekly_comments').values(row).execute();
}

export function commentsOf(db: Q, updateId: string) {
  return db
    .selectFrom('weekly_comments as c')
    .innerJoin('people as p', 'p.id', 'c.author_id')
    .select(['c.id', 'c.text', 'c.created_at', 'c.author_id', 'p.name'])
    .where('c.update_id', '=', updateId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
}

// ---- notices and mail (bulk)

export async function insertNotices(db: Q, rows: NewNotice[]) {
  await inChunks(rows, 500, (c) => db.insertInto('weekly_notices').values(c).execute());
}

export function noticesOf(db: Q, personId: string, limit: number) {
  return db
    .selectFrom('weekly_notices')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function markNoticesRead(db: Q, personId: string, at: string) {
  await db
    .updateTable('weekly_notices')
    .set({ read_at: at })
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .execute();
}

/** Queues many mails at once (the transactional outbox, in bulk). */
export async function insertMails(db: Q, rows: NewMail[]) {
  await inChunks(rows, 500, (c) => db.insertInto('mails').values(c).execute());
}

// ---- preferences and reminder schedule

export function findPreferences(db: Q, personId: string): Promise<PreferencesRow | undefined> {
  return db.selectFrom('weekly_preferences').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

export async function upsertPreferences(db: Q, row: PreferencesRow) {
  await db
    .insertInto('weekly_preferences')
    .values(row)
    .onConflict((oc) =>
      oc.column('person_id').doUpdateSet({
        weekday: row.weekday,
        hour: row.hour,
        digest: row.digest,
        next_digest_at: row.next_digest_at,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function setDigestDue(db: Q, personId: string, from: string | null, to: string | null): Promise<boolean> {
  let q = db.updateTable('weekly_preferences').set({ next_digest_at: to }).where('person_id', '=', personId);
  q = from === null ? q.where('next_digest_at', 'is', null) : q.where('next_digest_at', '=', from);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function dueDigests(db: Q, now: string, limit: number) {
  return db
    .selectFrom('weekly_preferences as w')
    .innerJoin('people as p', 'p.id', 'w.person_id')
    .select(['w.person_id', 'w.org_id', 'w.next_digest_at', 'p.name', 'p.email', 'p.time_zone', 'p.status'])
    .where('w.next_digest_at', '<=', now)
    .orderBy('w.next_digest_at')
    .limit(limit)
    .execute();
}

export interface ReminderCandidate {
  id: string;
  org_id: string;
  name: string;
  email: string;
  time_zone: string;
  status: string;
  next_weekly_reminder_at: string | null;
  weekday: number | null;
  hour: number | null;
}

/** People whose reminder is due (oldest first), with their preferences: one statement per batch. */
export function dueReminders(db: Q, now: string, limit: number): Promise<ReminderCandidate[]> {
  return db
    .selectFrom('people as p')
    .leftJoin('weekly_preferences as w', 'w.person_id', 'p.id')
    .select([
      'p.id',
      'p.org_id',
      'p.name',
      'p.email',
      'p.time_zone',
      'p.status',
      'p.next_weekly_reminder_at',
      'w.weekday',
      'w.hour',
    ])
    .where('p.next_weekly_reminder_at', '<=', now)
    .orderBy('p.next_weekly_reminder_at')
    .limit(limit)
    .execute() as Promise<ReminderCandidate[]>;
}

/** Active people with no reminder scheduled yet (new people). */
export function unscheduledPeople(db: Q, limit: number): Promise<ReminderCandidate[]> {
  return db
    .selectFrom('people as p')
    .leftJoin('weekly_preferences as w', 'w.person_id', 'p.id')
    .select([
      'p.id',
      'p.org_id',
      'p.name',
      'p.email',
      'p.time_zone',
      'p.status',
      'p.next_weekly_reminder_at',
      'w.weekday',
      'w.hour',
    ])
    .where('p.next_weekly_reminder_at', 'is', null)
    .where('p.status', '=', 'active')
    .limit(limit)
    .execute() as Promise<ReminderCandidate[]>;
}

/**
 * Moves the reminders of many people from one instant to the next, only where it still is `from`
 * (the version check: a concurrent sweep that got there first wins); returns the ids it moved.
 */
export async function moveReminders(db: Q, ids: string[], from: string | null, to: string | null): Promise<string[]> {
  const moved: string[] = [];
  await inChunks(ids, 900, async (chunk) => {
    let q = db.updateTable('people').set({ next_weekly_reminder_at: to }).where('id', 'in', chunk);
    q = from === null ? q.where('next_weekly_reminder_at', 'is', null) : q.where('next_weekly_reminder_at', '=', from);
    const rows = await q.returning('id').execute();
    for (const r of rows) moved.push(r.id);
  });
  return moved;
}

export async function setReminder(db: Q, personId: string, at: string | null) {
  await db.updateTable('people').set({ next_weekly_reminder_at: at }).where('id', '=', personId).execute();
}

export async function reminderOf(db: Q, personId: string): Promise<string | null> {
  const r = await db.selectFrom('people').select('next_weekly_reminder_at').where('id', '=', personId).executeTakeFirst();
  return r?.next_weekly_reminder_at ?? null;
}

// ---- people and lines

/** The manager of a person on a date, if any. */
export function managerOn(db: Q, personId: string, date: string) {
  return db
    .selectFrom('reporting_lines as l')
    .innerJoin('people as m', 'm.id', 'l.manager_id')
    .select(['m.id', 'm.name', 'm.email', 'm.time_zone'])
    .where('l.person_id', '=', personId)
    .where('l.valid_from', '<=', date)
    .where((eb) => eb.or([eb('l.valid_to', 'is', null), eb('l.valid_to', '>', date)]))
    .executeTakeFirst();
}

export function peopleOfOrg(db: Q, orgId: string) {
  return db
    .selectFrom('people')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .where('status', '=', 'active')
    .orderBy('name')
    .execute();
}

export function namesOf(db: Q, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([] as { id: string; name: string; org_id: string }[]);
  return db.selectFrom('people').select(['id', 'name', 'org_id']).where('id', 'in', ids).execute();
}

/** Stored 1:1 meetings of a series still to come or in progress (scheduled), soonest first. */
export function upcomingMeetingsOfSeries(db: Q, seriesId: string, from: string) {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('series_id', '=', seriesId)
    .where('status', '=', 'scheduled')
    .where('starts_at', '>=', from)
    .orderBy('starts_at')
    .limit(5)
    .execute();
}
