import type { Kysely } from 'kysely';
import type { Database, NewPerson, PersonRow, ReportingLineRow } from '../schema';

type Q = Kysely<Database>;

export const b = (v: boolean): number => (v ? 1 : 0);

export async function insertOrganisation(db: Q, org: { id: string; name: string; settings: object; createdAt: string }) {
  await db
    .insertInto('organisations')
    .values({ id: org.id, name: org.name, settings: JSON.stringify(org.settings), people_version: 0, created_at: org.createdAt })
    .execute();
}

export function findOrganisation(db: Q, id: string) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every write to people or reporting lines calls this in its transaction (directory cache key). */
export async function bumpPeopleVersion(db: Q, orgId: string) {
  await db
    .updateTable('organisations')
    .set((eb) => ({ people_version: eb('people_version', '+', 1) }))
    .where('id', '=', orgId)
    .execute();
}

export function countOrganisations(db: Q) {
  return db
    .selectFrom('organisations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export async function insertPerson(db: Q, person: NewPerson) {
  await db.insertInto('people').values(person).execute();
}

export async function insertPeople(db: Q, people: NewPerson[]) {
  // Chunks keep each statement under SQLite's bound-parameter limit.
  for (let i = 0; i < people.length; i += 500)
    await db
      .insertInto('people')
      .values(people.slice(i, i + 500))
      .execute();
}

export function findPersonByEmail(db: Q, email: string): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findPersonById(db: Q, id: string): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPeopleByEmails(db: Q, emails: string[]): Promise<PersonRow[]> {
  if (emails.length === 0) return Promise.resolve([]);
  return db.selectFrom('people').selectAll().where('email', 'in', emails).execute();
}

export function listPeople(db: Q, orgId: string): Promise<PersonRow[]> {
  return db.selectFrom('people').selectAll().where('org_id', '=', orgId).orderBy('name').orderBy('id').execute();
}

export async function updatePerson(
  db: Q,
  id: string,
  patch: Partial<Pick<PersonRow, 'name' | 'time_zone' | 'is_hr' | 'is_admin' | 'status' | 'password_hash' | 'updated_at'>>,
) {
  await db.updateTable('people').set(patch).where('id', '=', id).execute();
}

/** Lines in force on `date` for a whole organisation. */
export function currentLines(db: Q, orgId: string, date: string): Promise<ReportingLineRow[]> {
  return db
    .selectFrom('reporting_lines')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', date)]))
    .execute();
}

/** Open-ended lines (current or scheduled to start): the organisation as it will be. */
export function openLines(db: Q, orgId: string): Promise<ReportingLineRow[]> {
  return db.selectFrom('reporting_lines').selectAll().where('org_id', '=', orgId).where('valid_to', 'is', null).execute();
}

export function linesOfPerson(db: Q, personId: string): Promise<ReportingLineRow[]> {
  return db.selectFrom('reporting_lines').selectAll().where('person_id', '=', personId).orderBy('valid_from').execute();
}

export function reportsOn(db: Q, managerId: string, date: string) {
  return db
    .selectFrom('reporting_lines')
    .innerJoin('people', 'people.id', 'reporting_lines.person_id')
    .select(['people.id', 'people.name'])
    .where('reporting_lines.manager_id', '=', managerId)
    .where('reporting_lines.valid_from', '<=', date)
    .where((eb) => eb.or([eb('reporting_lines.valid_to', 'is', null), eb('reporting_lines.valid_to', '>', date)]))
    .orderBy('people.name')
    .execute();
}

export async function insertLines(db: Q, lines: ReportingLineRow[]) {
  for (let i = 0; i < lines.length; i += 500)
    await db
      .insertInto('reporting_lines')
      .values(lines.slice(i, i + 500))
      .execute();
}

export async function closeLine(db: Q, id: string, validTo: string) {
  await db.updateTable('reporting_lines').set({ valid_to: validTo }).where('id', '=', id).execute();
}

export async function deleteLine(db: Q, id: string) {
  await db.deleteFrom('reporting_lines').where('id', '=', id).execute();
}
