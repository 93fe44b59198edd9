import type { Kysely } from 'kysely';

// 1:1 series, meetings (materialised lazily from the cadence), talking points, action items,
// private notes, calendar feeds and organisation templates. Portable: text and integer only.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meeting_series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('manager_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('report_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('cadence', 'text', (c) => c.notNull())
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('local_time', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('meeting_series_pair', ['manager_id', 'report_id'])
    .execute();
  await db.schema.createIndex('meeting_series_report').on('meeting_series').column('report_id').execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('series_id', 'text', (c) => c.notNull().references('meeting_series.id'))
    .addColumn('occurrence_date', 'text') // null for an ad-hoc meeting
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('notes_version', 'integer', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text', (c) => c.references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('meetings_occurrence', ['series_id', 'occurrence_date'])
    .execute();
  await db.schema.createIndex('meetings_series_start').on('meetings').columns(['series_id', 'starts_at']).execute();

  await db.schema
    .createTable('talking_points')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('text', 'text') // null once an off-the-record point is erased
    .addColumn('off_record', 'integer', (c) => c.notNull())
    .addColumn('discussed', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('notes_version', 'integer', (c) => c.notNull())
    .addColumn('carried_from', 'text', (c) => c.references('talking_points.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('talking_points_meeting').on('talking_points').columns(['meeting_id', 'position']).execute();

  await db.schema
    .createTable('action_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('series_id', 'text', (c) => c.notNull().references('meeting_series.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('due_on', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_items_meeting').on('action_items').column('meeting_id').execute();
  await db.schema.createIndex('action_items_series_open').on('action_items').columns(['series_id', 'resolved_at']).execute();
  await db.schema.createIndex('action_items_owner').on('action_items').columns(['owner_id', 'state']).execute();

  // Private notes: read only ever with author_id = the signed-in person.
  await db.schema
    .createTable('private_notes')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('private_notes_pk', ['meeting_id', 'author_id'])
    .execute();

  await db.schema
    .createTable('private_note_acknowledgements')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    .addColumn('acknowledged_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('meeting_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('points', 'text', (c) => c.notNull()) // JSON array of strings
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_templates_org').on('meeting_templates').column('org_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'meeting_templates',
    'calendar_feeds',
    'private_note_acknowledgements',
    'private_notes',
    'action_items',
    'talking_points',
    'meetings',
    'meeting_series',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
