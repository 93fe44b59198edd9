import type { Insertable, Selectable } from 'kysely';
import type { RecordTables } from './record.schema';
import type { MeetingTables } from './meetings.schema';
import type { ObjectiveTables } from './objectives.schema';
import type { WeeklyTables } from './weekly.schema';

// Portable column conventions (see docs/ARCHITECTURE.md): text ids (UUIDv7), ISO-8601 UTC text
// timestamps, YYYY-MM-DD text dates, integer 0/1 booleans. Same values on SQLite and PostgreSQL.

export interface OrganisationsTable {
  id: string;
  name: string;
  settings: string; // JSON
  people_version: number;
  created_at: string;
}

export interface PeopleTable {
  id: string;
  org_id: string;
  name: string;
  email: string;
  time_zone: string;
  is_hr: number;
  is_admin: number;
  status: 'active' | 'invited' | 'deactivated';
  password_hash: string | null;
  /** Next weekly-update reminder (migration 20261122T2340_weekly_updates); null until scheduled. */
  next_weekly_reminder_at?: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReportingLinesTable {
  id: string;
  org_id: string;
  person_id: string;
  manager_id: string;
  valid_from: string; // date, inclusive
  valid_to: string | null; // date, exclusive; null while current
  created_at: string;
}

export interface SessionsTable {
  id: string; // sha256 of the cookie token
  person_id: string;
  created_at: string;
  expires_at: string;
}

export interface LinkTokensTable {
  id: string;
  org_id: string;
  person_id: string;
  kind: 'invitation' | 'password_reset' | 'minutes_answer';
  /** What the link acts on (the minutes, for minutes_answer links). */
  subject_id?: string | null;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface MailsTable {
  id: string;
  org_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  transport: 'smtp' | 'outbox';
  created_at: string;
  sent_at: string | null;
  attempts: number;
  error: string | null;
  /** A sender's lease while it delivers the mail. */
  locked_until?: string | null;
}

export interface JobsTable {
  id: string;
  kind: string;
  payload: string; // JSON
  run_at: string;
  attempts: number;
  locked_until: string | null;
  done_at: string | null;
  last_error: string | null;
  created_at: string;
}

export interface Database extends MeetingTables, RecordTables, ObjectiveTables, WeeklyTables {
  organisations: OrganisationsTable;
  people: PeopleTable;
  reporting_lines: ReportingLinesTable;
  sessions: SessionsTable;
  link_tokens: LinkTokensTable;
  mails: MailsTable;
  jobs: JobsTable;
}

export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type ReportingLineRow = Selectable<ReportingLinesTable>;
export type MailRow = Selectable<MailsTable>;
