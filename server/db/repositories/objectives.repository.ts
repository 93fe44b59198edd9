import { type Kysely, sql } from 'kysely';
import type {
  ObjectiveRow,
  ObjectivesTable,
  ObjectiveAnswersTable,
  ObjectiveNotesTable,
  ObjectiveVersionsTable,
} from '../objectives.schema';
import type { Database } from '../schema';

type Q = Kysely<Database>;
type Row<T> = { [K in keyof T]: T[K] };

export function findObjective(db: Q, id: string): Promise<ObjectiveRow | undefined> {
  return db.selectFrom('objectives').selectAll().where('id', '=', id).executeTakeFirst();
}

export function objectivesOfOwner(db: Q, ownerId: string): Promise<ObjectiveRow[]> {
  return db.selectFrom('objectives').selectAll().where('owner_id', '=', ownerId).orderBy('created_at', 'desc').execute();
}

/** Open objectives, and closed ones that changed since `since`: what a weekly update lists. */
export function openOrRecentObjectives(db: Q, ownerId: string, since: string) {
  return db
    .selectFrom('objectives')
    .select(['id', 'title', 'state', 'due_date', 'updated_at'])
    .where('owner_id', '=', ownerId)
    .where((eb) => eb.or([eb('state', 'not in', ['completed', 'dropped']), eb('updated_at', '>=', since)]))
    .orderBy('due_date')
    .orderBy('title')
    .execute();
}

export async function insertObjective(db: Q, row: Row<ObjectivesTable>): Promise<void> {
  await db.insertInto('objectives').values(row).execute();
}

/** Saves the replayed snapshot if nobody changed the objective meanwhile; false when someone did. */
export async function updateObjective(
  db: Q,
  id: string,
  expectedSeq: number,
  row: Partial<Row<ObjectivesTable>>,
): Promise<boolean> {
  const r = await db.updateTable('objectives').set(row).where('id', '=', id).where('seq', '=', expectedSeq).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertVersion(db: Q, row: Row<ObjectiveVersionsTable>): Promise<void> {
  await db.insertInto('objective_versions').values(row).execute();
}

export async function insertAnswer(db: Q, row: Row<ObjectiveAnswersTable>): Promise<void> {
  await db.insertInto('objective_answers').values(row).execute();
}

export async function insertNote(db: Q, row: Row<ObjectiveNotesTable>): Promise<void> {
  await db.insertInto('objective_notes').values(row).execute();
}

export function versionsOf(db: Q, objectiveId: string) {
  return db.selectFrom('objective_versions').selectAll().where('objective_id', '=', objectiveId).orderBy('seq').execute();
}

export function answersOf(db: Q, objectiveId: string) {
  return db.selectFrom('objective_answers').selectAll().where('objective_id', '=', objectiveId).orderBy('seq').execute();
}

export function notesOf(db: Q, objectiveId: string) {
  return db.selectFrom('objective_notes').selectAll().where('objective_id', '=', objectiveId).orderBy('seq').execute();
}

/** Every version of a person's objectives written in [from, to): the timeline's changes. */
export function versionsOfOwner(db: Q, ownerId: string, from: string, to: string) {
  return db
    .selectFrom('objective_versions')
    .select([
      'objective_id',
      'number',
      'seq',
      'kind',
      'title',
      'measure',
      'description',
      'start_date',
      'due_date',
      'weight',
      'state',
      'reason',
      'author_id',
      'author_role',
      'manager_id',
      'created_at',
    ])
    .where('owner_id', '=', ownerId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .orderBy('created_at')
    .orderBy('seq')
    .execute();
}

/** The version before each of a set of versions, to say what moved (only the fields compared). */
export function versionsByNumbers(db: Q, keys: { objectiveId: string; number: number }[]) {
  if (keys.length === 0) return Promise.resolve([]);
  const ids = [...new Set(keys.map((k) => k.objectiveId))];
  return db
    .selectFrom('objective_versions')
    .select(['objective_id', 'number', 'title', 'measure', 'description', 'start_date', 'due_date', 'weight', 'state'])
    .where('objective_id', 'in', ids)
    .execute();
}

export function answersOfOwner(db: Q, ownerId: string, from: string, to: string) {
  return db
    .selectFrom('objective_answers')
    .select(['objective_id', 'number', 'seq', 'kind', 'comment', 'person_id', 'role', 'created_at'])
    .where('owner_id', '=', ownerId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .orderBy('created_at')
    .orderBy('objective_id')
    .orderBy('number')
    .orderBy('seq')
    .execute();
}

/** Changes proposed in a meeting (versions written with its id), each with the version before it. */
export function versionsOfMeeting(db: Q, meetingId: string) {
  return (
    db
      .selectFrom('objective_versions as v')
      .innerJoin('objectives as o', 'o.id', 'v.objective_id')
      .leftJoin('objective_versions as p', (j) =>
        j.onRef('p.objective_id', '=', 'v.objective_id').on(sql<boolean>`p.number = v.number - 1`),
      )
      .select([
        'v.objective_id',
        'v.number',
        'v.kind',
        'v.title',
        'v.description',
        'v.measure',
        'v.start_date',
        'v.due_date',
        'v.weight',
        'v.state',
        'v.reason',
        'v.author_id',
        'v.created_at',
        'o.owner_id',
        'p.title as p_title',
        'p.description as p_description',
        'p.measure as p_measure',
        'p.start_date as p_start_date',
        'p.due_date as p_due_date',
        'p.weight as p_weight',
        'p.state as p_state',
      ])
      .where('v.meeting_id', '=', meetingId)
      // Times can tie (one request, or an injected clock): the version number breaks the tie.
      .orderBy('v.created_at')
      .orderBy('v.objective_id')
      .orderBy('v.number')
      .execute()
  );
}

/** A person's versions written in [from, to), each with the version before it (what moved). */
export function versionsWithPrevOfOwner(db: Q, ownerId: string, from: string, to: string) {
  return db
    .selectFrom('objective_versions as v')
    .leftJoin('objective_versions as p', (j) =>
      j.onRef('p.objective_id', '=', 'v.objective_id').on(sql<boolean>`p.number = v.number - 1`),
    )
    .select([
      'v.objective_id',
      'v.number',
      'v.seq',
      'v.kind',
      'v.title',
      'v.description',
      'v.measure',
      'v.start_date',
      'v.due_date',
      'v.weight',
      'v.state',
      'v.reason',
      'v.author_id',
      'v.author_role',
      'v.created_at',
      'p.title as p_title',
      'p.description as p_description',
      'p.measure as p_measure',
      'p.start_date as p_start_date',
      'p.due_date as p_due_date',
      'p.weight as p_weight',
      'p.state as p_state',
    ])
    .where('v.owner_id', '=', ownerId)
    .where('v.created_at', '>=', from)
    .where('v.created_at', '<', to)
    .orderBy('v.created_at')
    .orderBy('v.objective_id')
    .orderBy('v.number')
    .execute();
}

/** A person's answers written in [from, to), with the objective's title. */
export function answersWithTitleOfOwner(db: Q, ownerId: string, from: string, to: string) {
  return db
    .selectFrom('objective_answers as a')
    .innerJoin('objectives as o', 'o.id', 'a.objective_id')
    .select(['a.objective_id', 'a.number', 'a.seq', 'a.kind', 'a.comment', 'a.person_id', 'a.role', 'a.created_at', 'o.title'])
    .where('a.owner_id', '=', ownerId)
    .where('a.created_at', '>=', from)
    .where('a.created_at', '<', to)
    .orderBy('a.created_at')
    .orderBy('a.objective_id')
    .orderBy('a.number')
    .orderBy('a.seq')
    .execute();
}

/** Versions and answers per month and kind, over a person's whole history. */
export async function monthlyCounts(db: Q, ownerId: string): Promise<{ month: string; what: string; n: number }[]> {
  const month = sql<string>`substr(created_at, 1, 7)`;
  const [v, a] = await Promise.all([
    db
      .selectFrom('objective_versions')
      .select([month.as('month'), 'kind as what', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('owner_id', '=', ownerId)
      .groupBy([month, 'kind'])
      .execute(),
    db
      .selectFrom('objective_answers')
      .select([month.as('month'), 'kind as what', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('owner_id', '=', ownerId)
      .groupBy([month, 'kind'])
      .execute(),
  ]);
  return [...v, ...a].map((r) => ({ month: r.month, what: r.what, n: Number(r.n) }));
}

export function peopleNames(db: Q, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('people')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

/** Everything of a person's objectives (for a previous manager's partial view). */
export async function historyOfOwner(db: Q, ownerId: string) {
  const [versions, answers, notes] = await Promise.all([
    db.selectFrom('objective_versions').selectAll().where('owner_id', '=', ownerId).orderBy('seq').execute(),
    db.selectFrom('objective_answers').selectAll().where('owner_id', '=', ownerId).orderBy('seq').execute(),
    db.selectFrom('objective_notes').selectAll().where('owner_id', '=', ownerId).orderBy('seq').execute(),
  ]);
  return { versions, answers, notes };
}

/** People who reported to `managerId` at some time, with whether the line is still open. */
export function reportsEver(db: Q, managerId: string) {
  return db
    .selectFrom('reporting_lines')
    .innerJoin('people', 'people.id', 'reporting_lines.person_id')
    .select(['people.id', 'people.name', 'reporting_lines.valid_from', 'reporting_lines.valid_to'])
    .where('reporting_lines.manager_id', '=', managerId)
    .orderBy('people.name')
    .execute();
}

/** Open objectives per owner. */
export async function openCounts(db: Q, ownerIds: string[]): Promise<Map<string, number>> {
  if (ownerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('objectives')
    .select(['owner_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('owner_id', 'in', ownerIds)
    .where('state', 'not in', ['completed', 'dropped'])
    .groupBy('owner_id')
    .execute();
  return new Map(rows.map((r) => [r.owner_id, Number(r.n)]));
}

/**
 * A number that changes with every event of a person's objectives: each event adds one to one
 * objective's seq, and a new objective adds a row with seq 1. History is append-only, so
 * (count, sum of seq) names the state of the whole history: a cache key valid across processes.
 */
export async function objectivesRevision(db: Q, ownerId: string): Promise<string> {
  const r = await db
    .selectFrom('objectives')
    .select([(eb) => eb.fn.countAll<number | string>().as('n'), (eb) => eb.fn.sum<number | string | null>('seq').as('s')])
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return `${Number(r?.n ?? 0)}:${Number(r?.s ?? 0)}`;
}
