import { type Kysely, SqliteAdapter, sql } from 'kysely';

// A revision per 1:1 series, bumped by the database itself whenever a meeting, talking point or
// action item of the series is written (triggers, so no write path can forget it). The meeting
// page keeps its agenda and actions cached while the revision holds, in every process.
const TABLES = [
  // table, and the expression (over the row) that names its series
  { table: 'meetings', series: (row: string) => `${row}.series_id` },
  { table: 'action_items', series: (row: string) => `${row}.series_id` },
  { table: 'talking_points', series: (row: string) => `(select series_id from meetings where id = ${row}.meeting_id)` },
];

const bump = (row: string, series: (row: string) => string) =>
  `update meeting_series set revision = revision + 1 where id = ${series(row)};`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('meeting_series')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  for (const { table, series } of TABLES) {
    if (sqlite) {
      for (const [op, rows] of [
        ['insert', ['new']],
        ['update', ['old', 'new']],
        ['delete', ['old']],
      ] as const) {
        await sql
          .raw(
            `create trigger ${table}_series_revision_${op} after ${op} on ${table} begin ${rows.map((r) => bump(r, series)).join(' ')} end`,
          )
          .execute(db);
      }
    } else {
      await sql
        .raw(
          `create function ${table}_series_revision() returns trigger language plpgsql as $$
           begin
             if TG_OP <> 'INSERT' then ${bump('OLD', series)} end if;
             if TG_OP <> 'DELETE' then ${bump('NEW', series)} end if;
             return null;
           end $$`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${table}_series_revision after insert or update or delete on ${table}
           for each row execute function ${table}_series_revision()`,
        )
        .execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  for (const { table } of TABLES) {
    if (sqlite) {
      for (const op of ['insert', 'update', 'delete']) await sql.raw(`drop trigger ${table}_series_revision_${op}`).execute(db);
    } else {
      await sql.raw(`drop trigger ${table}_series_revision on ${table}`).execute(db);
      await sql.raw(`drop function ${table}_series_revision()`).execute(db);
    }
  }
  await db.schema.alterTable('meeting_series').dropColumn('revision').execute();
}
