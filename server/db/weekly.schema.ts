import type { Insertable, Selectable } from 'kysely';

// Tables of weekly updates (migration 20261122T2340_weekly_updates). Same conventions as schema.ts.
// The person's next reminder is a column of `people` (next_weekly_reminder_at, indexed): the
// sweeper reads it in batches.

export interface WeeklyUpdatesTable {
  id: string;
  org_id: string;
  author_id: string;
  /** The manager it was sent to (the reporting line when last sent); null while a first draft. */
  manager_id: string | null;
  /** Monday (YYYY-MM-DD) of the ISO week in the author's zone. */
  week_of: string;
  state: 'draft' | 'sent';
  /** Sent versions so far (0 while a draft): sending again makes the next version. */
  version: number;
  content: string; // JSON: the draft being written, or the last sent content
  /** The last sent version's text (for search and previews); '' while a draft. */
  text: string;
  sent_at: string | null;
  read_at: string | null;
  acknowledged_at: string | null;
  /** Optimistic lock: every write is `where lock = ?`. */
  lock: number;
  created_at: string;
  updated_at: string;
}

export interface WeeklyUpdateVersionsTable {
  update_id: string;
  version: number;
  content: string;
  text: string;
  sent_at: string;
  record_idx: number;
}

export interface WeeklyWaitingItemsTable {
  id: string;
  org_id: string;
  author_id: string;
  what: string;
  from_person_id: string | null;
  from_text: string | null;
  since: string;
  chased: number;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface WeeklyAsksTable {
  id: string;
  org_id: string;
  update_id: string;
  author_id: string;
  manager_id: string;
  text: string;
  escalation: number;
  answer: string | null;
  answered_at: string | null;
  withdrawn_at: string | null;
  agenda_point_id: string | null;
  agenda_meeting_id: string | null;
  /** When the sweeper next looks for the 1:1 this escalation goes to; null when nothing is due. */
  next_agenda_check_at: string | null;
  lock: number;
  created_at: string;
  updated_at: string;
}

export interface WeeklyCommentsTable {
  id: string;
  org_id: string;
  update_id: string;
  author_id: string;
  text: string;
  created_at: string;
}

export interface WeeklyNoticesTable {
  id: string;
  org_id: string;
  person_id: string;
  kind: 'reminder' | 'received' | 'acknowledged' | 'commented' | 'answered';
  update_id: string | null;
  week_of: string;
  text: string;
  created_at: string;
  read_at: string | null;
}

export interface WeeklyPreferencesTable {
  person_id: string;
  org_id: string;
  weekday: number;
  hour: number;
  digest: number;
  next_digest_at: string | null;
  updated_at: string;
}

export interface WeeklyTables {
  weekly_updates: WeeklyUpdatesTable;
  weekly_update_versions: WeeklyUpdateVersionsTable;
  weekly_waiting_items: WeeklyWaitingItemsTable;
  weekly_asks: WeeklyAsksTable;
  weekly_comments: WeeklyCommentsTable;
  weekly_notices: WeeklyNoticesTable;
  weekly_preferences: WeeklyPreferencesTable;
}

export type WeeklyUpdateRow = Selectable<WeeklyUpdatesTable>;
export type NewWeeklyUpdate = Insertable<WeeklyUpdatesTable>;
export type WaitingItemRow = Selectable<WeeklyWaitingItemsTable>;
export type AskRow = Selectable<WeeklyAsksTable>;
export type NoticeRow = Selectable<WeeklyNoticesTable>;
export type NewNotice = Insertable<WeeklyNoticesTable>;
export type PreferencesRow = Selectable<WeeklyPreferencesTable>;
