import type { Insertable, Selectable } from 'kysely';

// Tables of objectives and their history (migration 20261122T2330_objectives). Same conventions as
// schema.ts. The history tables are append-only: every change, answer and progress note is a new
// row carrying `seq` (the objective's event number), so replaying them in `seq` order rebuilds the
// objective. The `objectives` row is a snapshot of that replay, kept for fast lists, and its `seq`
// is the optimistic lock.

export interface ObjectivesTable {
  id: string;
  org_id: string;
  owner_id: string;
  created_by: string;
  /** Optional cycle label ("2026", "2026-Q4"); null when the organisation does not use cycles. */
  cycle: string | null;
  // The version in force (a pending proposal is not in force yet).
  title: string;
  description: string;
  measure: string;
  start_date: string;
  due_date: string | null;
  weight: number | null;
  state: 'not_started' | 'in_progress' | 'completed' | 'at_risk' | 'dropped';
  version_number: number;
  /** Highest version number written (a pending proposal's number when one is waiting). */
  latest_number: number;
  pending_number: number | null;
  owner_accepted: number;
  manager_accepted: number;
  /** 1 when the owner disputed the change now in force (not agreed until the owner accepts). */
  disputed: number;
  note_count: number;
  seq: number;
  created_at: string;
  /** Time of the last event (change, answer, note). */
  updated_at: string;
}

export interface ObjectiveVersionsTable {
  id: string;
  org_id: string;
  objective_id: string;
  owner_id: string;
  number: number;
  seq: number;
  kind: 'created' | 'change' | 'proposal';
  title: string;
  description: string;
  measure: string;
  start_date: string;
  due_date: string | null;
  weight: number | null;
  state: 'not_started' | 'in_progress' | 'completed' | 'at_risk' | 'dropped';
  reason: string | null;
  author_id: string;
  author_role: 'owner' | 'manager';
  /** The owner's manager when this version was written (null when they had none). */
  manager_id: string | null;
  /** The 1:1 in which the change was proposed, when it was. */
  meeting_id: string | null;
  created_at: string;
}

export interface ObjectiveAnswersTable {
  id: string;
  org_id: string;
  objective_id: string;
  owner_id: string;
  /** The version agreed to or answered. */
  number: number;
  seq: number;
  kind: 'agree' | 'accept' | 'accept_with_comment' | 'dispute';
  comment: string | null;
  person_id: string;
  role: 'owner' | 'manager';
  created_at: string;
}

export interface ObjectiveNotesTable {
  id: string;
  org_id: string;
  objective_id: string;
  owner_id: string;
  /** The version in force when the note was written: the work stays credited to it. */
  version_number: number;
  seq: number;
  author_id: string;
  text: string;
  noted_on: string;
  created_at: string;
}

export interface ObjectiveTables {
  objectives: ObjectivesTable;
  objective_versions: ObjectiveVersionsTable;
  objective_answers: ObjectiveAnswersTable;
  objective_notes: ObjectiveNotesTable;
}

export type ObjectiveRow = Selectable<ObjectivesTable>;
export type NewObjective = Insertable<ObjectivesTable>;
export type ObjectiveVersionRow = Selectable<ObjectiveVersionsTable>;
export type ObjectiveAnswerRow = Selectable<ObjectiveAnswersTable>;
export type ObjectiveNoteRow = Selectable<ObjectiveNotesTable>;
