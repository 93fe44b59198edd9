import { conflict, invalid } from '../errors';

// Objectives with a full history, as an event log. Every step (a version, an answer to a
// proposal, an agreement, a progress note) is an event with the objective's next `seq`; `apply`
// folds one event into the objective and `replay` folds them all, so the stored snapshot is always
// what the history says. The `decide*` functions check a command against the objective and return
// the event to append, or throw a DomainError (4xx) and nothing is written.
//
// Rules (PRODUCT.md, capability 6):
// - Either side (the owner, or their manager) proposes an objective; it is *agreed* once both
//   have accepted the version in force.
// - Every change of title, description, measure, dates, weight or state is a new version with who,
//   when and a reason; only the owner's own state changes need no reason. Nothing is overwritten.
// - A manager's change to an agreed objective on which work has started (in progress, at risk,
//   completed, or with progress notes) is a *proposal*: the version in force stays until the owner
//   accepts, accepts with a comment, or disputes. A disputed change takes effect (the manager sets
//   objectives) but is not agreed, and both versions stay visible.
// - Progress notes are credited to the version in force when they were written, for good.

export const OBJECTIVE_STATES = ['not_started', 'in_progress', 'completed', 'at_risk', 'dropped'] as const;
export type ObjectiveState = (typeof OBJECTIVE_STATES)[number];
export type Role = 'owner' | 'manager';

export interface Terms {
  title: string;
  description: string;
  measure: string;
  startDate: string; // YYYY-MM-DD
  dueDate: string | null;
  weight: number | null; // 0..100
}
export interface ObjectiveFields extends Terms {
  state: ObjectiveState;
}
export const TERM_FIELDS = ['title', 'description', 'measure', 'startDate', 'dueDate', 'weight'] as const;
export const FIELDS = [...TERM_FIELDS, 'state'] as const;
export type Field = (typeof FIELDS)[number];

export type VersionKind = 'created' | 'change' | 'proposal';
export type AnswerKind = 'agree' | 'accept' | 'accept_with_comment' | 'dispute';

export interface VersionEvent {
  type: 'version';
  seq: number;
  number: number;
  kind: VersionKind;
  fields: ObjectiveFields;
  reason: string | null;
  authorId: string;
  authorRole: Role;
  /** The owner's manager when this version was written. */
  managerId: string | null;
  meetingId: string | null;
  at: string;
}
export interface AnswerEvent {
  type: 'answer';
  seq: number;
  /** The version agreed to (agree) or the proposal answered. */
  number: number;
  kind: AnswerKind;
  comment: string | null;
  personId: string;
  role: Role;
  at: string;
}
export interface NoteEvent {
  type: 'note';
  seq: number;
  /** The version in force when written: the work stays credited to it. */
  versionNumber: number;
  authorId: string;
  text: string;
  notedOn: string;
  at: string;
}
export type ObjectiveEvent = VersionEvent | AnswerEvent | NoteEvent;

export interface Objective {
  ownerId: string;
  /** The version in force. */
  fields: ObjectiveFields;
  versionNumber: number;
  latestNumber: number;
  /** A manager's proposal waiting for the owner's answer. */
  pending: VersionEvent | null;
  accepted: { owner: boolean; manager: boolean };
  /** The owner disputed the change now in force. */
  disputed: boolean;
  noteCount: number;
  seq: number;
  createdAt: string;
  updatedAt: string;
}

export const isAgreed = (o: Objective): boolean => o.accepted.owner && o.accepted.manager;
export const isOpen = (s: ObjectiveState): boolean => s !== 'completed' && s !== 'dropped';
/** Work has started: the owner said so, or recorded progress. */
export const workStarted = (o: Objective): boolean =>
  o.fields.state === 'in_progress' || o.fields.state === 'at_risk' || o.fields.state === 'completed' || o.noteCount > 0;

export const LIMITS = { title: 200, description: 10_000, measure: 5_000, reason: 5_000, note: 10_000, comment: 5_000 };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (d: string) => DAY.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));

/** Trims text fields, so that "empty" means empty and whitespace is never a change. */
export function normaliseFields(f: ObjectiveFields): ObjectiveFields {
  return {
    ...f,
    title: f.title.trim(),
    description: f.description.trim(),
    measure: f.measure.trim(),
    dueDate: f.dueDate || null,
    weight: f.weight ?? null,
  };
}

/** Field-level validation, with the path of each problem so the form marks the right field. */
export function validateFields(f: ObjectiveFields, opts: { agreed: boolean }): void {
  const problem = (path: string, message: string) => invalid(message, { issues: [{ path, message }] });
  if (!f.title) throw problem('title', 'Give the objective a title.');
  if (f.title.length > LIMITS.title) throw problem('title', `Keep the title under ${LIMITS.title} characters.`);
  if (f.description.length > LIMITS.description) throw problem('description', 'The description is too long.');
  if (f.measure.length > LIMITS.measure) throw problem('measure', 'The measure of success is too long.');
  if (!validDay(f.startDate)) throw problem('startDate', 'The start date must be a date (YYYY-MM-DD).');
  if (f.dueDate !== null && !validDay(f.dueDate)) throw problem('dueDate', 'The due date must be a date (YYYY-MM-DD).');
  if (f.dueDate !== null && f.dueDate < f.startDate)
    throw problem('dueDate', `The due date (${f.dueDate}) is before the start date (${f.startDate}): choose a later due date.`);
  if (f.weight !== null && (!Number.isInteger(f.weight) || f.weight < 0 || f.weight > 100))
    throw problem('weight', 'The weight is a whole number from 0 to 100, or empty.');
  if (!OBJECTIVE_STATES.includes(f.state)) throw problem('state', 'Unknown state.');
  if (opts.agreed && !f.measure)
    throw problem('measure', 'An agreed objective needs a measure of success: say how both of you will know it is done.');
}

export function changedFields(a: ObjectiveFields, b: ObjectiveFields): Field[] {
  return FIELDS.filter((k) => a[k] !== b[k]);
}

// ---------------------------------------------------------------------------------------------
// Folding events

export function apply(o: Objective | null, e: ObjectiveEvent): Objective {
  if (o === null) {
    if (e.type !== 'version' || e.kind !== 'created') throw new Error('an objective starts with its creation');
    return {
      ownerId: '',
      fields: e.fields,
      versionNumber: e.number,
      latestNumber: e.number,
      pending: null,
      accepted: { owner: e.authorRole === 'owner', manager: e.authorRole === 'manager' },
      disputed: false,
      noteCount: 0,
      seq: e.seq,
      createdAt: e.at,
      updatedAt: e.at,
    };
  }
  if (e.seq !== o.seq + 1) throw new Error(`event ${e.seq} does not follow ${o.seq}`);
  const base = { ...o, seq: e.seq, updatedAt: e.at };
  switch (e.type) {
    case 'version': {
      if (e.kind === 'created') throw new Error('an objective is created once');
      if (e.kind === 'proposal') return { ...base, pending: e, latestNumber: e.number };
      const termsChanged = TERM_FIELDS.some((k) => o.fields[k] !== e.fields[k]);
      return {
        ...base,
        fields: e.fields,
        versionNumber: e.number,
        latestNumber: e.number,
        // New terms are agreed again only once the other side accepts them.
        accepted: termsChanged ? { owner: e.authorRole === 'owner', manager: e.authorRole === 'manager' } : o.accepted,
        disputed: termsChanged ? false : o.disputed,
      };
    }
    case 'answer': {
      if (e.kind === 'agree') {
        return {
          ...base,
          accepted: { ...o.accepted, [e.role]: true },
          disputed: e.role === 'owner' ? false : o.disputed,
        };
      }
      const p = o.pending as VersionEvent;
      const disputed = e.kind === 'dispute';
      return {
        ...base,
        fields: p.fields,
        versionNumber: p.number,
        pending: null,
        accepted: { owner: !disputed, manager: true },
        disputed,
      };
    }
    case 'note':
      return { ...base, noteCount: o.noteCount + 1 };
  }
}

/** Rebuilds an objective from its events, in `seq` order. */
export function replay(ownerId: string, events: readonly ObjectiveEvent[]): Objective {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  let o: Objective | null = null;
  for (const e of sorted) o = apply(o, e);
  if (!o) throw new Error('an objective has at least its creation');
  return { ...o, ownerId };
}

// ---------------------------------------------------------------------------------------------
// Deciding

export interface Acting {
  actorId: string;
  role: Role;
  now: Date;
}

export interface CreateInput extends Acting {
  fields: Omit<ObjectiveFields, 'state'> & { state?: ObjectiveState };
  managerId: string | null;
  meetingId?: string | null;
}

export function decideCreate(input: CreateInput): VersionEvent {
  const fields = normaliseFields({ ...input.fields, state: input.fields.state ?? 'not_started' });
  if (fields.state === 'dropped' || fields.state === 'completed')
    throw invalid('A new objective starts as not started, in progress or at risk.', {
      issues: [{ path: 'state', message: 'Choose not started, in progress or at risk.' }],
    });
  validateFields(fields, { agreed: false });
  return {
    type: 'version',
    seq: 1,
    number: 1,
    kind: 'created',
    fields,
    reason: null,
    authorId: input.actorId,
    authorRole: input.role,
    managerId: input.managerId,
    meetingId: input.meetingId ?? null,
    at: input.now.toISOString(),
  };
}

function requireChangeable(o: Objective, doing: string): void {
  if (o.fields.state === 'dropped')
    throw conflict(`This objective was dropped, so you cannot ${doing}. Create a new objective instead.`);
}

function requireNoProposal(o: Objective, doing: string): void {
  if (o.pending)
    throw conflict(
      `A proposed change (version ${o.pending.number}) is waiting for the owner's answer, so you cannot ${doing} until it is answered.`,
    );
}

export interface ChangeInput extends Acting {
  changes: Partial<ObjectiveFields>;
  reason?: string | null;
  managerId: string | null;
  meetingId?: string | null;
}

/** Whether a change by `role` would be a proposal (the UI says so before it is sent). */
export const changeIsProposal = (o: Objective, role: Role): boolean => role === 'manager' && isAgreed(o) && workStarted(o);

export function decideChange(o: Objective, input: ChangeInput): VersionEvent {
  requireChangeable(o, 'change it');
  requireNoProposal(o, 'change it again');
  const defined = Object.fromEntries(Object.entries(input.changes).filter(([, v]) => v !== undefined));
  const next = normaliseFields({ ...o.fields, ...defined });
  const moved = changedFields(o.fields, next);
  if (moved.length === 0) throw invalid('Nothing changed: edit a field before saving.');
  const ownStateChange = input.role === 'owner' && moved.length === 1 && moved[0] === 'state';
  const reason = input.reason?.trim() ?? '';
  if (!ownStateChange && !reason)
    throw invalid('Say why this changes: a change to an objective needs a reason, and it goes on the record.', {
      issues: [{ path: 'reason', message: 'Give a reason for the change.' }],
    });
  if (reason.length > LIMITS.reason) throw invalid('The reason is too long.');
  validateFields(next, { agreed: isAgreed(o) });
  return {
    type: 'version',
    seq: o.seq + 1,
    number: o.latestNumber + 1,
    kind: changeIsProposal(o, input.role) ? 'proposal' : 'change',
    fields: next,
    reason: reason || null,
    authorId: input.actorId,
    authorRole: input.role,
    managerId: input.managerId,
    meetingId: input.meetingId ?? null,
    at: input.now.toISOString(),
  };
}

export interface AnswerInput extends Acting {
  answer: 'accept' | 'accept_with_comment' | 'dispute';
  comment?: string | null;
}

export function decideAnswer(o: Objective, input: AnswerInput): AnswerEvent {
  if (!o.pending) throw conflict('There is no proposed change waiting for an answer: it has already been answered.');
  if (input.role !== 'owner') throw invalid('Only the owner of the objective answers a proposed change.');
  const comment = input.comment?.trim() ?? '';
  if (input.answer !== 'accept' && !comment)
    throw invalid(
      input.answer === 'dispute'
        ? 'Say what you dispute: the comment goes on the record beside both versions.'
        : 'Write the comment you accept with.',
      { issues: [{ path: 'comment', message: 'Write a comment.' }] },
    );
  if (comment.length > LIMITS.comment) throw invalid('The comment is too long.');
  return {
    type: 'answer',
    seq: o.seq + 1,
    number: o.pending.number,
    kind: input.answer,
    comment: comment || null,
    personId: input.actorId,
    role: input.role,
    at: input.now.toISOString(),
  };
}

export function decideAgree(o: Objective, input: Acting): AnswerEvent {
  requireChangeable(o, 'agree to it');
  requireNoProposal(o, 'agree to the objective');
  if (o.accepted[input.role]) throw conflict(`You have already accepted version ${o.versionNumber} of this objective.`);
  validateFields(o.fields, { agreed: true });
  return {
    type: 'answer',
    seq: o.seq + 1,
    number: o.versionNumber,
    kind: 'agree',
    comment: null,
    personId: input.actorId,
    role: input.role,
    at: input.now.toISOString(),
  };
}

export interface NoteInput extends Acting {
  text: string;
  notedOn: string;
}

/** A progress note is credited to the version in force now, even while a proposal waits. */
export function creditedVersion(o: Objective): number {
  return o.versionNumber;
}

export function decideNote(o: Objective, input: NoteInput): NoteEvent {
  requireChangeable(o, 'add progress to it');
  const text = input.text.trim();
  if (!text) throw invalid('Write what progress was made.', { issues: [{ path: 'text', message: 'Write a note.' }] });
  if (text.length > LIMITS.note) throw invalid('The note is too long.');
  if (!validDay(input.notedOn)) throw invalid('The note date must be a date (YYYY-MM-DD).');
  // A day of slack: the writer's calendar date may be ahead of UTC's.
  const tomorrow = new Date(input.now.getTime() + 86_400_000).toISOString().slice(0, 10);
  if (input.notedOn > tomorrow) throw invalid('A progress note cannot be dated in the future.');
  return {
    type: 'note',
    seq: o.seq + 1,
    versionNumber: creditedVersion(o),
    authorId: input.actorId,
    text,
    notedOn: input.notedOn,
    at: input.now.toISOString(),
  };
}

/** Progress notes grouped by the version they are credited to (every version listed, oldest first). */
export function notesByVersion<N extends { versionNumber: number }>(
  versions: readonly { number: number }[],
  notes: readonly N[],
): Map<number, N[]> {
  const out = new Map<number, N[]>(versions.map((v) => [v.number, []]));
  for (const n of notes) out.get(n.versionNumber)?.push(n);
  return out;
}

// ---------------------------------------------------------------------------------------------
// What moved between two versions: the words of the timeline.

export type Move =
  | { field: 'dueDate'; direction: 'earlier' | 'later' | 'set' | 'removed'; from: string | null; to: string | null }
  | { field: 'startDate'; direction: 'earlier' | 'later'; from: string; to: string }
  | { field: 'weight'; from: number | null; to: number | null }
  | { field: 'state'; from: ObjectiveState; to: ObjectiveState }
  | { field: 'title' | 'description' | 'measure' };

export function whatMoved(prev: ObjectiveFields, next: ObjectiveFields): Move[] {
  const moves: Move[] = [];
  for (const k of changedFields(prev, next)) {
    switch (k) {
      case 'dueDate': {
        const from = prev.dueDate;
        const to = next.dueDate;
        const direction = from === null ? 'set' : to === null ? 'removed' : to < from ? 'earlier' : 'later';
        moves.push({ field: 'dueDate', direction, from, to });
        break;
      }
      case 'startDate':
        moves.push({
          field: 'startDate',
          direction: next.startDate < prev.startDate ? 'earlier' : 'later',
          from: prev.startDate,
          to: next.startDate,
        });
        break;
      case 'weight':
        moves.push({ field: 'weight', from: prev.weight, to: next.weight });
        break;
      case 'state':
        moves.push({ field: 'state', from: prev.state, to: next.state });
        break;
      default:
        moves.push({ field: k });
    }
  }
  return moves;
}

export const STATE_LABEL: Record<ObjectiveState, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  at_risk: 'At risk',
  dropped: 'Dropped',
};

/** "due date moved earlier (2027-03-31 → 2027-02-28)", "measure changed", "dropped". */
export function describeMove(m: Move): string {
  switch (m.field) {
    case 'dueDate':
      if (m.direction === 'set') return `due date set (${m.to})`;
      if (m.direction === 'removed') return `due date removed (was ${m.from})`;
      return `due date moved ${m.direction} (${m.from} → ${m.to})`;
    case 'startDate':
      return `start date moved ${m.direction} (${m.from} → ${m.to})`;
    case 'weight':
      return `weight ${m.from ?? 'none'} → ${m.to ?? 'none'}`;
    case 'state':
      return m.to === 'dropped' ? 'dropped' : `state ${STATE_LABEL[m.from].toLowerCase()} → ${STATE_LABEL[m.to].toLowerCase()}`;
    default:
      return `${m.field === 'measure' ? 'measure of success' : m.field} changed`;
  }
}
