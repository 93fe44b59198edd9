import type { Insertable, Selectable } from 'kysely';

// Tables of 1:1 series and meetings (migration 20261122T2200_meetings). Same conventions as schema.ts.

export interface MeetingSeriesTable {
  id: string;
  org_id: string;
  manager_id: string;
  report_id: string;
  cadence: 'weekly' | 'biweekly' | 'monthly';
  weekday: number;
  local_time: string;
  time_zone: string;
  duration_minutes: number;
  starts_on: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface MeetingsTable {
  id: string;
  org_id: string;
  series_id: string;
  occurrence_date: string | null;
  starts_at: string;
  duration_minutes: number;
  status: 'scheduled' | 'skipped' | 'closed';
  notes: string;
  notes_version: number;
  closed_at: string | null;
  closed_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface TalkingPointsTable {
  id: string;
  org_id: string;
  meeting_id: string;
  author_id: string;
  text: string | null;
  off_record: number;
  discussed: number;
  position: number;
  notes: string;
  notes_version: number;
  carried_from: string | null;
  created_at: string;
  updated_at: string;
}

export interface ActionItemsTable {
  id: string;
  org_id: string;
  series_id: string;
  meeting_id: string;
  text: string;
  owner_id: string;
  due_on: string | null;
  state: 'open' | 'done' | 'dropped';
  resolved_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface PrivateNotesTable {
  meeting_id: string;
  author_id: string;
  text: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PrivateNoteAcknowledgementsTable {
  person_id: string;
  acknowledged_at: string;
}

export interface CalendarFeedsTable {
  person_id: string;
  token_hash: string;
  created_at: string;
}

export interface MeetingTemplatesTable {
  id: string;
  org_id: string;
  name: string;
  points: string; // JSON array of strings
  created_at: string;
  updated_at: string;
}

export interface MeetingTables {
  meeting_series: MeetingSeriesTable;
  meetings: MeetingsTable;
  talking_points: TalkingPointsTable;
  action_items: ActionItemsTable;
  private_notes: PrivateNotesTable;
  private_note_acknowledgements: PrivateNoteAcknowledgementsTable;
  calendar_feeds: CalendarFeedsTable;
  meeting_templates: MeetingTemplatesTable;
}

export type SeriesRow = Selectable<MeetingSeriesTable>;
export type MeetingRow = Selectable<MeetingsTable>;
export type NewMeeting = Insertable<MeetingsTable>;
export type TalkingPointRow = Selectable<TalkingPointsTable>;
export type NewTalkingPoint = Insertable<TalkingPointsTable>;
export type ActionItemRow = Selectable<ActionItemsTable>;
export type NewActionItem = Insertable<ActionItemsTable>;
export type TemplateRow = Selectable<MeetingTemplatesTable>;
