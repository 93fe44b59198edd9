import { DomainError, conflict } from '../errors';
import { type Schedule, endOf, nextOccurrences } from './cadence';

// Rules of a meeting's agenda: what is frozen, what carries over, what is erased on close.

export type MeetingStatus = 'scheduled' | 'skipped' | 'closed';
export type ActionState = 'open' | 'done' | 'dropped';

export interface MeetingState {
  id: string;
  status: MeetingStatus;
  startsAt: string;
  /** The scheduled date this meeting stands for; null for an ad-hoc meeting. */
  occurrenceDate: string | null;
  durationMinutes: number;
}

export interface PointState {
  id: string;
  authorId: string;
  text: string | null;
  offRecord: boolean;
  discussed: boolean;
  position: number;
  notes: string;
  /** The talking point this one was carried over from (its origin in an earlier meeting). */
  carriedFrom: string | null;
}

export interface ActionStateRow {
  id: string;
  state: ActionState;
  dueOn: string | null;
  /** When it was marked done or dropped (ISO), null while open. */
  resolvedAt: string | null;
}

/** A closed meeting is frozen; so is a skipped one. Edits are refused with 409. */
export function assertAgendaOpen(meeting: Pick<MeetingState, 'status'>): void {
  if (meeting.status === 'closed') throw conflict('This meeting is closed, so its agenda and notes are frozen.');
  if (meeting.status === 'skipped') throw conflict('This meeting was skipped; add talking points to the next one instead.');
}

/**
 * Optimistic versions: a save names the version it edited. If someone saved in between, the save
 * is refused (409) with the current text, so nothing is lost silently.
 */
export function assertVersion(current: { text: string; version: number }, editedVersion: number, what: string): void {
  if (current.version !== editedVersion) {
    throw new DomainError(
      'stale_version',
      `${what} changed while you were editing (you edited version ${editedVersion}, it is now version ${current.version}). Your text was not saved: copy it, look at the current text, and save again.`,
      409,
      { current: { text: current.text, version: current.version } },
    );
  }
}

export interface ClosePlan {
  /** Off-the-record points whose text and notes are erased; the row stays as "an off-the-record point existed". */
  erase: string[];
  /** Off-the-record points deleted outright (the organisation keeps no trace of them). */
  remove: string[];
  /** Points not discussed (and not off the record) to copy into the next meeting. */
  carry: PointState[];
}

/**
 * Closing a meeting: off-the-record text is erased (not archived) — kept only as the fact that such
 * a point existed when the organisation chooses so — and undiscussed points carry over. Off-the-
 * record points never carry: their text is gone; the author can raise them again.
 */
export function planClose(points: readonly PointState[], opts: { keepOffRecordFact: boolean }): ClosePlan {
  const off = points.filter((p) => p.offRecord);
  return {
    erase: opts.keepOffRecordFact ? off.map((p) => p.id) : [],
    remove: opts.keepOffRecordFact ? [] : off.map((p) => p.id),
    carry: points.filter((p) => !p.offRecord && !p.discussed).sort((a, b) => a.position - b.position),
  };
}

/** The origin of a carried point: follow the chain to the first meeting where it was raised. */
export const originOf = (p: Pick<PointState, 'id' | 'carriedFrom'>): string => p.carriedFrom ?? p.id;

/** Moves one id up or down in an ordered list; unchanged at the ends. */
export function move<T extends string>(ordered: readonly T[], id: T, direction: 'up' | 'down'): T[] {
  const out = [...ordered];
  const i = out.indexOf(id);
  const j = direction === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/** An open action item past its due date (dates compared in the viewer's calendar). */
export const isOverdue = (a: Pick<ActionStateRow, 'state' | 'dueOn'>, today: string): boolean =>
  a.state === 'open' && a.dueOn !== null && a.dueOn < today;

/**
 * Whether an action item from an earlier meeting belongs on this meeting's list: it was still open
 * when the previous meeting closed (or it is open now).
 */
export const carriesInto = (a: Pick<ActionStateRow, 'resolvedAt'>, previousClosedAt: string | null): boolean =>
  a.resolvedAt === null || previousClosedAt === null || a.resolvedAt >= previousClosedAt;

export interface NextMeeting {
  meetingId: string | null;
  occurrenceDate: string | null;
  startsAt: string;
}

/**
 * The next meeting of a series: the earliest meeting (stored or only scheduled) that has not ended,
 * is not closed and was not skipped. Stored rows override the cadence for their date (moved,
 * skipped); ad-hoc rows count too.
 */
export function nextMeeting(schedule: Schedule, stored: readonly MeetingState[], now: string): NextMeeting | null {
  const byDate = new Map(stored.filter((m) => m.occurrenceDate).map((m) => [m.occurrenceDate as string, m]));
  const candidates: NextMeeting[] = stored
    .filter((m) => m.status === 'scheduled' && endOf(m.startsAt, m.durationMinutes) > now)
    .map((m) => ({ meetingId: m.id, occurrenceDate: m.occurrenceDate, startsAt: m.startsAt }));
  const from = new Date(new Date(now).getTime() - schedule.durationMinutes * 60_000).toISOString();
  for (const o of nextOccurrences(schedule, from, 12)) {
    if (byDate.has(o.date)) continue;
    if (endOf(o.startsAt, schedule.durationMinutes) <= now) continue;
    candidates.push({ meetingId: null, occurrenceDate: o.date, startsAt: o.startsAt });
    break;
  }
  candidates.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return candidates[0] ?? null;
}
