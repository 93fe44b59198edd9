import {
  type AnswerKind,
  type Move,
  type ObjectiveFields,
  type Role,
  type VersionKind,
  describeMove,
  whatMoved,
} from './objective';

// The timeline of objectives: how they moved over time ("moving goalposts" made visible). Built
// from versions (each with the version before it, so the timeline says what moved) and answers.

export type TimelineKind = 'created' | 'changed' | 'proposed' | 'agreed' | 'accepted' | 'accepted_with_comment' | 'disputed';

export interface TimelineVersion {
  objectiveId: string;
  number: number;
  seq: number;
  kind: VersionKind;
  fields: ObjectiveFields;
  /** The version in force before this one (null for the creation). */
  prev: ObjectiveFields | null;
  reason: string | null;
  authorId: string;
  authorRole: Role;
  at: string;
}

export interface TimelineAnswer {
  objectiveId: string;
  title: string;
  number: number;
  seq: number;
  kind: AnswerKind;
  comment: string | null;
  personId: string;
  role: Role;
  at: string;
}

export interface TimelineEvent {
  objectiveId: string;
  title: string;
  at: string;
  kind: TimelineKind;
  version: number;
  actorId: string;
  actorRole: Role;
  moves: Move[];
  /** One line: "due date moved earlier (…); measure of success changed". */
  summary: string;
  reason: string | null;
  comment: string | null;
}

const ANSWER_KIND: Record<AnswerKind, TimelineKind> = {
  agree: 'agreed',
  accept: 'accepted',
  accept_with_comment: 'accepted_with_comment',
  dispute: 'disputed',
};

const ANSWER_SUMMARY: Record<AnswerKind, string> = {
  agree: 'agreed',
  accept: 'change accepted',
  accept_with_comment: 'change accepted with a comment',
  dispute: 'change disputed',
};

export function versionEvent(v: TimelineVersion): TimelineEvent {
  const moves = v.prev ? whatMoved(v.prev, v.fields) : [];
  const kind: TimelineKind = v.kind === 'created' ? 'created' : v.kind === 'proposal' ? 'proposed' : 'changed';
  const words = moves.map(describeMove).join('; ');
  return {
    objectiveId: v.objectiveId,
    title: v.fields.title,
    at: v.at,
    kind,
    version: v.number,
    actorId: v.authorId,
    actorRole: v.authorRole,
    moves,
    summary: kind === 'created' ? 'created' : kind === 'proposed' ? `change proposed: ${words}` : words,
    reason: v.reason,
    comment: null,
  };
}

export function answerEvent(a: TimelineAnswer): TimelineEvent {
  return {
    objectiveId: a.objectiveId,
    title: a.title,
    at: a.at,
    kind: ANSWER_KIND[a.kind],
    version: a.number,
    actorId: a.personId,
    actorRole: a.role,
    moves: [],
    summary: ANSWER_SUMMARY[a.kind],
    reason: null,
    comment: a.comment,
  };
}

/** Every event, oldest first (ties keep the objective's own order). */
export function timelineEvents(versions: readonly TimelineVersion[], answers: readonly TimelineAnswer[]): TimelineEvent[] {
  const all = [
    ...versions.map((v) => ({ e: versionEvent(v), seq: v.seq })),
    ...answers.map((a) => ({ e: answerEvent(a), seq: a.seq })),
  ];
  all.sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : a.seq - b.seq));
  return all.map((x) => x.e);
}

export type Period = 'month' | 'quarter' | 'year';

/** "2026-11", "2026-Q4" or "2026" for an ISO instant or date (UTC). */
export function periodOf(at: string, period: Period): string {
  const year = at.slice(0, 4);
  const month = Number(at.slice(5, 7));
  if (period === 'year') return year;
  if (period === 'month') return at.slice(0, 7);
  return `${year}-Q${Math.ceil(month / 3)}`;
}

export interface PeriodCount {
  period: string;
  created: number;
  /** Changes in force straight away, and proposals: how often the objectives moved. */
  changed: number;
  proposed: number;
  acknowledged: number;
  disputed: number;
}

/** Counts per month, by what happened: what the database aggregates. */
export interface MonthCount {
  month: string; // YYYY-MM
  what: VersionKind | AnswerKind;
  n: number;
}

/** Rolls monthly counts up into periods, oldest first ("changed 4 times this quarter"). */
export function countsByPeriod(rows: readonly MonthCount[], period: Period): PeriodCount[] {
  const out = new Map<string, PeriodCount>();
  for (const r of rows) {
    const key = periodOf(r.month, period);
    let c = out.get(key);
    if (!c) {
      c = { period: key, created: 0, changed: 0, proposed: 0, acknowledged: 0, disputed: 0 };
      out.set(key, c);
    }
    switch (r.what) {
      case 'created':
        c.created += r.n;
        break;
      case 'change':
        c.changed += r.n;
        break;
      case 'proposal':
        c.proposed += r.n;
        c.changed += r.n;
        break;
      case 'accept':
      case 'accept_with_comment':
        c.acknowledged += r.n;
        break;
      case 'dispute':
        c.disputed += r.n;
        break;
      case 'agree':
        break;
    }
  }
  return [...out.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
}

/** Monthly counts from events already loaded (for a reader who sees only part of the history). */
export function monthCountsOf(events: readonly TimelineEvent[]): MonthCount[] {
  const what: Record<TimelineKind, MonthCount['what'] | null> = {
    created: 'created',
    changed: 'change',
    proposed: 'proposal',
    agreed: 'agree',
    accepted: 'accept',
    accepted_with_comment: 'accept_with_comment',
    disputed: 'dispute',
  };
  const m = new Map<string, MonthCount>();
  for (const e of events) {
    const w = what[e.kind];
    if (!w) continue;
    const key = `${e.at.slice(0, 7)}|${w}`;
    const c = m.get(key) ?? { month: e.at.slice(0, 7), what: w, n: 0 };
    c.n++;
    m.set(key, c);
  }
  return [...m.values()];
}
