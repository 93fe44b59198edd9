import type { Kysely } from 'kysely';

// Objectives and their full history. Versions, answers and progress notes are append-only; the
// objectives row is a snapshot of replaying them (see server/domain/objectives).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('objectives')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('cycle', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('weight', 'integer')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('version_number', 'integer', (c) => c.notNull())
    .addColumn('latest_number', 'integer', (c) => c.notNull())
    .addColumn('pending_number', 'integer')
    .addColumn('owner_accepted', 'integer', (c) => c.notNull())
    .addColumn('manager_accepted', 'integer', (c) => c.notNull())
    .addColumn('disputed', 'integer', (c) => c.notNull())
    .addColumn('note_count', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('objectives_owner').on('objectives').columns(['owner_id', 'updated_at']).execute();

  const history = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('objective_id', 'text', (c) => c.notNull().references('objectives.id'))
      .addColumn('owner_id', 'text', (c) => c.notNull().references('people.id'));

  await history('objective_versions')
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('weight', 'integer')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('author_role', 'text', (c) => c.notNull())
    .addColumn('manager_id', 'text', (c) => c.references('people.id'))
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('objective_versions_number')
    .on('objective_versions')
    .columns(['objective_id', 'number'])
    .unique()
    .execute();
  await db.schema.createIndex('objective_versions_owner').on('objective_versions').columns(['owner_id', 'created_at']).execute();
  await db.schema.createIndex('objective_versions_meeting').on('objective_versions').columns(['meeting_id']).execute();

  await history('objective_answers')
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // One event per seq: two racing writers cannot both record the same step.
  await db.schema
    .createIndex('objective_answers_seq')
    .on('objective_answers')
    .columns(['objective_id', 'seq'])
    .unique()
    .execute();
  await db.schema.createIndex('objective_answers_owner').on('objective_answers').columns(['owner_id', 'created_at']).execute();

  await history('objective_notes')
    .addColumn('version_number', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('noted_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('objective_notes_objective')
    .on('objective_notes')
    .columns(['objective_id', 'seq'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['objective_notes', 'objective_answers', 'objective_versions', 'objectives']) {
    await db.schema.dropTable(t).execute();
  }
}
