import type { Db } from '../../db/database';
import { findMeeting, findSeries } from '../../db/repositories/meetings.repository';
import type { ObjectiveRow, ObjectiveVersionRow, ObjectiveAnswerRow, ObjectiveNoteRow } from '../../db/objectives.schema';
import {
  answersOf,
  findObjective,
  insertAnswer,
  insertObjective,
  insertNote,
  insertVersion,
  notesOf,
  updateObjective,
  versionsOf,
} from '../../db/repositories/objectives.repository';
import { findPersonById, linesOfPerson } from '../../db/repositories/people.repository';
import type { PersonRow } from '../../db/schema';
import { localDate } from '../../domain/dates';
import { conflict, invalid, notFound } from '../../domain/errors';
import { newId } from '../../domain/ids';
import {
  type AnswerEvent,
  type NoteEvent,
  type Objective,
  type ObjectiveEvent,
  type ObjectiveFields,
  type VersionEvent,
  apply,
  replay,
} from '../../domain/objectives/objective';
import type { RecordEntry } from '../../domain/record';
import type { Line } from '../../domain/reporting';
import type { Actor } from '../../policies/actor';
import { type ObjectivesAccess, canSeeMoment, currentManagerId, objectivesAccess } from '../../policies/objectives.policy';
import { settingsOf } from '../../queries/meeting-access';
import { findingsIgnored } from './checker';
import { appendRecordEntry } from './record';

// Loading, replaying and persisting objectives: shared by the objective commands and queries.

export interface OwnerAccess {
  owner: PersonRow;
  lines: Line[];
  today: string;
  access: ObjectivesAccess;
  /** The owner's manager today (the other side of every objective). */
  managerId: string | null;
}

export const toLine = (r: {
  id: string;
  person_id: string;
  manager_id: string;
  valid_from: string;
  valid_to: string | null;
}): Line => ({
  id: r.id,
  personId: r.person_id,
  managerId: r.manager_id,
  validFrom: r.valid_from,
  validTo: r.valid_to,
});

/** The owner and what the actor may do with their objectives; anyone else gets "not found". */
export async function loadOwnerAccess(
  db: Db,
  opts: { actor: Actor; ownerId: string; now: Date; what?: string },
): Promise<OwnerAccess> {
  const owner = await findPersonById(db, opts.ownerId);
  if (!owner || owner.org_id !== opts.actor.orgId) throw notFound(opts.what ?? 'This person');
  const lines = (await linesOfPerson(db, owner.id)).map(toLine);
  const today = localDate(opts.now, owner.time_zone);
  const access = objectivesAccess(opts.actor, { orgId: owner.org_id, ownerId: owner.id, lines }, today);
  if (!access) throw notFound(opts.what ?? 'This person');
  return { owner, lines, today, access, managerId: currentManagerId(lines, today) };
}

export const versionEventOf = (r: ObjectiveVersionRow): VersionEvent => ({
  type: 'version',
  seq: r.seq,
  number: r.number,
  kind: r.kind,
  fields: fieldsOf(r),
  reason: r.reason,
  authorId: r.author_id,
  authorRole: r.author_role,
  managerId: r.manager_id,
  meetingId: r.meeting_id,
  at: r.created_at,
});

export const answerEventOf = (r: ObjectiveAnswerRow): AnswerEvent => ({
  type: 'answer',
  seq: r.seq,
  number: r.number,
  kind: r.kind,
  comment: r.comment,
  personId: r.person_id,
  role: r.role,
  at: r.created_at,
});

export const noteEventOf = (r: ObjectiveNoteRow): NoteEvent => ({
  type: 'note',
  seq: r.seq,
  versionNumber: r.version_number,
  authorId: r.author_id,
  text: r.text,
  notedOn: r.noted_on,
  at: r.created_at,
});

export function fieldsOf(r: {
  title: string;
  description: string;
  measure: string;
  start_date: string;
  due_date: string | null;
  weight: number | null;
  state: ObjectiveFields['state'];
}): ObjectiveFields {
  return {
    title: r.title,
    description: r.description,
    measure: r.measure,
    startDate: r.start_date,
    dueDate: r.due_date,
    weight: r.weight === null ? null : Number(r.weight),
    state: r.state,
  };
}

export interface LoadedObjective extends OwnerAccess {
  row: ObjectiveRow;
  versions: ObjectiveVersionRow[];
  answers: ObjectiveAnswerRow[];
  notes: ObjectiveNoteRow[];
  objective: Objective;
}

/** An objective with its whole history, for an actor who may see it (else "not found"). */
export async function loadObjective(db: Db, opts: { actor: Actor; objectiveId: string; now: Date }): Promise<LoadedObjective> {
  const row = await findObjective(db, opts.objectiveId);
  if (!row || row.org_id !== opts.actor.orgId) throw notFound('This objective');
  const owner = await loadOwnerAccess(db, { actor: opts.actor, ownerId: row.owner_id, now: opts.now, what: 'This objective' });
  const [versions, answers, notes] = await Promise.all([versionsOf(db, row.id), answersOf(db, row.id), notesOf(db, row.id)]);
  if (owner.access.kind === 'previous_manager') {
    // Only objectives with a version written in their time exist for a previous manager.
    const access = owner.access;
    if (!versions.some((v) => canSeeMoment(access, v.created_at))) throw notFound('This objective');
  }
  const objective = replay(row.owner_id, [
    ...versions.map(versionEventOf),
    ...answers.map(answerEventOf),
    ...notes.map(noteEventOf),
  ]);
  return { ...owner, row, versions, answers, notes, objective };
}

/** The snapshot columns of an objective (the objectives row is the replay of its history). */
export function snapshotColumns(o: Objective) {
  return {
    title: o.fields.title,
    description: o.fields.description,
    measure: o.fields.measure,
    start_date: o.fields.startDate,
    due_date: o.fields.dueDate,
    weight: o.fields.weight,
    state: o.fields.state,
    version_number: o.versionNumber,
    latest_number: o.latestNumber,
    pending_number: o.pending?.number ?? null,
    owner_accepted: o.accepted.owner ? 1 : 0,
    manager_accepted: o.accepted.manager ? 1 : 0,
    disputed: o.disputed ? 1 : 0,
    note_count: o.noteCount,
    seq: o.seq,
    updated_at: o.updatedAt,
  };
}

/** A meeting named on a change must be a 1:1 of this owner with their current manager. */
export async function checkMeeting(db: Db, meetingId: string | null | undefined, ownerId: string, managerId: string | null) {
  if (!meetingId) return null;
  const meeting = await findMeeting(db, meetingId);
  const series = meeting ? await findSeries(db, meeting.series_id) : undefined;
  if (!series || series.report_id !== ownerId || series.manager_id !== managerId)
    throw invalid('That meeting is not a 1:1 between this person and their manager.', {
      issues: [{ path: 'meetingId', message: 'Choose a 1:1 of this person with their manager.' }],
    });
  return meetingId;
}

const subjectsOf = (ownerId: string, managerId: string | null) =>
  managerId && managerId !== ownerId ? [ownerId, managerId] : [ownerId];

/**
 * Appends one event: its history row, the new snapshot (only if nobody else changed the objective
 * meanwhile) and its record entry, all in the caller's transaction.
 */
export async function persistEvent(
  db: Db,
  l: { row: ObjectiveRow; objective: Objective | null; owner: PersonRow; managerId: string | null },
  e: ObjectiveEvent,
  opts: { actorId: string; cycle?: string | null; create?: { createdBy: string } },
): Promise<Objective> {
  const next = { ...apply(l.objective, e), ownerId: l.owner.id };
  const common = { org_id: l.row.org_id, objective_id: l.row.id, owner_id: l.owner.id };
  if (opts.create) {
    await insertObjective(db, {
      id: l.row.id,
      org_id: l.row.org_id,
      owner_id: l.owner.id,
      created_by: opts.create.createdBy,
      cycle: opts.cycle ?? null,
      created_at: next.createdAt,
      ...snapshotColumns(next),
    });
  } else {
    const ok = await updateObjective(db, l.row.id, l.row.seq, snapshotColumns(next));
    if (!ok) throw conflict('This objective changed a moment ago (someone else saved first). Reload to see the latest version.');
  }
  let entry: RecordEntry;
  const base = { v: 1 as const, orgId: l.row.org_id, at: e.at, actorId: opts.actorId };
  switch (e.type) {
    case 'version': {
      await insertVersion(db, {
        id: newId(),
        ...common,
        number: e.number,
        seq: e.seq,
        kind: e.kind,
        title: e.fields.title,
        description: e.fields.description,
        measure: e.fields.measure,
        start_date: e.fields.startDate,
        due_date: e.fields.dueDate,
        weight: e.fields.weight,
        state: e.fields.state,
        reason: e.reason,
        author_id: e.authorId,
        author_role: e.authorRole,
        manager_id: e.managerId,
        meeting_id: e.meetingId,
        created_at: e.at,
      });
      const f = e.fields;
      entry = {
        ...base,
        type: 'objective.version',
        subjects: subjectsOf(l.owner.id, e.managerId),
        data: {
          objectiveId: l.row.id,
          version: e.number,
          kind: e.kind,
          ownerId: l.owner.id,
          title: f.title,
          ...(f.description ? { description: f.description } : {}),
          ...(f.measure ? { measure: f.measure } : {}),
          startDate: f.startDate,
          ...(f.dueDate ? { dueDate: f.dueDate } : {}),
          ...(f.weight !== null ? { weight: f.weight } : {}),
          state: f.state,
          ...(e.reason ? { reason: e.reason } : {}),
          ...(opts.cycle ? { cycle: opts.cycle } : {}),
          ...(e.meetingId ? { meetingId: e.meetingId } : {}),
          needsAcknowledgement: e.kind === 'proposal',
          checkerFindingsIgnored: findingsIgnored([f.description, f.measure, e.reason], await settingsOf(db, l.row.org_id)),
        },
      };
      break;
    }
    case 'answer':
      await insertAnswer(db, {
        id: newId(),
        ...common,
        number: e.number,
        seq: e.seq,
        kind: e.kind,
        comment: e.comment,
        person_id: e.personId,
        role: e.role,
        created_at: e.at,
      });
      entry = {
        ...base,
        type: 'objective.acknowledged',
        subjects: subjectsOf(l.owner.id, l.managerId),
        data: { objectiveId: l.row.id, version: e.number, answer: e.kind, ...(e.comment ? { comment: e.comment } : {}) },
      };
      break;
    case 'note':
      // Progress notes are shared history but not versions: they stay in their append-only table.
      await insertNote(db, {
        id: newId(),
        ...common,
        version_number: e.versionNumber,
        seq: e.seq,
        author_id: e.authorId,
        text: e.text,
        noted_on: e.notedOn,
        created_at: e.at,
      });
      return next;
  }
  await appendRecordEntry(db, entry);
  return next;
}
