import type { Kysely } from 'kysely';
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
    .execute();
}

/** Changes proposed in a meeting (versions written with its id). */
export function versionsOfMeeting(db: Q, meetingId: string) {
  return db
    .selectFrom('objective_versions')
    .innerJoin('objectives', 'objectives.id', 'objective_versions.objective_id')
    .select([
      'objective_versions.objective_id',
      'objective_versions.number',
      'objective_versions.kind',
      'objective_versions.title',
      'objective_versions.due_date',
      'objective_versions.measure',
      'objective_versions.state',
      'objective_versions.reason',
      'objective_versions.author_id',
      'objective_versions.created_at',
      'objectives.owner_id',
      'objectives.org_id',
    ])
    .where('objective_versions.meeting_id', '=', meetingId)
    .orderBy('objective_versions.created_at')
    .execute();
}
