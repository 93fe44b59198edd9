import type { Kysely } from 'kysely';

// Weekly updates: one row per author and week (sending again adds a version), the sent versions,
// waiting-on items that live across weeks, asks and escalations, comments, in-app notices,
// reminder preferences, and the person's next reminder instant (indexed for the sweeper).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('people').addColumn('next_weekly_reminder_at', 'text').execute();
  await db.schema.createIndex('people_next_weekly_reminder').on('people').columns(['next_weekly_reminder_at']).execute();

  await db.schema
    .createTable('weekly_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('manager_id', 'text', (c) => c.references('people.id'))
    .addColumn('week_of', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('read_at', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('lock', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One update per person and week: a second send is a new version of the same row.
  await db.schema
    .createIndex('weekly_updates_author_week')
    .on('weekly_updates')
    .columns(['author_id', 'week_of'])
    .unique()
    .execute();
  await db.schema.createIndex('weekly_updates_manager_week').on('weekly_updates').columns(['manager_id', 'week_of']).execute();

  await db.schema
    .createTable('weekly_update_versions')
    .addColumn('update_id', 'text', (c) => c.notNull().references('weekly_updates.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('record_idx', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('weekly_update_versions_pk', ['update_id', 'version'])
    .execute();

  await db.schema
    .createTable('weekly_waiting_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('from_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('from_text', 'text')
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('chased', 'integer', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('weekly_waiting_author').on('weekly_waiting_items').columns(['author_id', 'closed_at']).execute();

  await db.schema
    .createTable('weekly_asks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('update_id', 'text', (c) => c.notNull().references('weekly_updates.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('manager_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('escalation', 'integer', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('agenda_point_id', 'text')
    .addColumn('agenda_meeting_id', 'text')
    .addColumn('next_agenda_check_at', 'text')
    .addColumn('lock', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('weekly_asks_update').on('weekly_asks').columns(['update_id']).execute();
  await db.schema.createIndex('weekly_asks_manager').on('weekly_asks').columns(['manager_id', 'answered_at']).execute();
  await db.schema.createIndex('weekly_asks_agenda_due').on('weekly_asks').columns(['next_agenda_check_at']).execute();

  await db.schema
    .createTable('weekly_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('update_id', 'text', (c) => c.notNull().references('weekly_updates.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('weekly_comments_update').on('weekly_comments').columns(['update_id', 'created_at']).execute();

  await db.schema
    .createTable('weekly_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('update_id', 'text')
    .addColumn('week_of', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('weekly_notices_person').on('weekly_notices').columns(['person_id', 'created_at']).execute();

  await db.schema
    .createTable('weekly_preferences')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('hour', 'integer', (c) => c.notNull())
    .addColumn('digest', 'integer', (c) => c.notNull())
    .addColumn('next_digest_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('weekly_preferences_digest_due').on('weekly_preferences').columns(['next_digest_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'weekly_preferences',
    'weekly_notices',
    'weekly_comments',
    'weekly_asks',
    'weekly_waiting_items',
    'weekly_update_versions',
    'weekly_updates',
  ]) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.dropIndex('people_next_weekly_reminder').execute();
  await db.schema.alterTable('people').dropColumn('next_weekly_reminder_at').execute();
}
