import type { Kysely } from 'kysely';

// The append-only record (one Merkle log per organisation), its signed tree heads, the access
// log, and minutes with their confirmation. Nothing in record_entries is ever updated or deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per organisation: appends update it first, which serialises them per organisation.
  await db.schema
    .createTable('record_logs')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('size', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('record_entries')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('entry', 'text', (c) => c.notNull()) // canonical JSON
    .addColumn('leaf_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('record_entries_pk', ['org_id', 'idx'])
    .execute();

  await db.schema
    .createTable('record_subjects')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('record_subjects_pk', ['person_id', 'org_id', 'idx'])
    .execute();

  await db.schema
    .createTable('tree_heads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('tree_size', 'integer', (c) => c.notNull())
    .addColumn('sth', 'text', (c) => c.notNull()) // the signed tree head, JSON
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tree_heads_org').on('tree_heads').columns(['org_id', 'tree_size']).execute();

  await db.schema
    .createTable('access_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id')) // whose record
    .addColumn('reader_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('reader_role', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('access_log_person').on('access_log').columns(['person_id', 'at']).execute();

  await db.schema
    .createTable('minutes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('recipient_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull()) // JSON
    .addColumn('sent_at', 'text')
    .addColumn('deadline_at', 'text')
    .addColumn('reminder_at', 'text')
    .addColumn('reminded_at', 'text')
    .addColumn('final_at', 'text')
    .addColumn('correction', 'text') // JSON
    .addColumn('disputed_version', 'text') // JSON
    // The next moment the sweeper must act (reminder, then deadline); null when nothing is due.
    .addColumn('next_due_at', 'text')
    // Optimistic lock: every change is `where version = ?`, so two racing answers cannot both win.
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('minutes_meeting').on('minutes').columns(['meeting_id', 'author_id']).execute();
  await db.schema.createIndex('minutes_due').on('minutes').columns(['next_due_at']).execute();

  // A sender's lease on a mail, so that two app processes never send the same mail twice.
  await db.schema.alterTable('mails').addColumn('locked_until', 'text').execute();

  // Links that answer minutes from an email name the minutes they answer.
  await db.schema.alterTable('link_tokens').addColumn('subject_id', 'text').execute();

  // Receipts owed to participants once a tree head covers their final minutes.
  await db.schema
    .createTable('pending_receipts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('minutes_id', 'text', (c) => c.notNull().references('minutes.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'pending_receipts',
    'minutes',
    'access_log',
    'tree_heads',
    'record_subjects',
    'record_entries',
    'record_logs',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
