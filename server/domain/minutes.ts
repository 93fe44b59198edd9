import { conflict, invalid } from './errors';
import { addWorkingDays } from './working-days';

// Minutes and their confirmation: one state machine. The author sends; the other participant
// confirms or proposes a correction; the author accepts it (the minutes now read as corrected) or
// declines it (disputed: both versions stand for good). Silence until the deadline makes them
// "deemed accepted", never "confirmed". After a final state, only an amendment changes them, and it
// restarts confirmation.

export const MINUTES_STATES = [
  'draft',
  'sent',
  'correction_proposed',
  'confirmed',
  'corrected',
  'disputed',
  'deemed_accepted',
] as const;
export type MinutesState = (typeof MINUTES_STATES)[number];
export const FINAL_STATES: readonly MinutesState[] = ['confirmed', 'corrected', 'disputed', 'deemed_accepted'];
export const isFinal = (s: MinutesState) => FINAL_STATES.includes(s);

export interface MinutesContent {
  agreements: string[];
  decisions: string[];
  actionItems: { text: string; ownerId: string | null; due: string | null }[];
  objectiveChanges: string[];
  feedback: string[];
  freeText: string;
}

export interface Correction {
  id: string;
  content: MinutesContent;
  reason: string;
  proposedAt: string;
}

export interface Minutes {
  state: MinutesState;
  authorId: string;
  recipientId: string;
  /** 1 for the first sending; each amendment adds one. */
  revision: number;
  content: MinutesContent;
  sentAt: string | null;
  deadlineAt: string | null;
  reminderAt: string | null;
  remindedAt: string | null;
  finalAt: string | null;
  correction: Correction | null;
  /** When disputed: the recipient's declined version, kept beside the author's for good. */
  disputedVersion: Correction | null;
}

export type MinutesEvent =
  | { type: 'edit'; actorId: string; content: MinutesContent }
  | { type: 'send'; actorId: string; now: Date; window: ConfirmationWindow }
  | { type: 'confirm'; actorId: string; now: Date }
  | { type: 'propose_correction'; actorId: string; now: Date; correctionId: string; content: MinutesContent; reason: string }
  | { type: 'accept_correction'; actorId: string; now: Date }
  | { type: 'decline_correction'; actorId: string; now: Date }
  | { type: 'remind'; now: Date }
  | { type: 'deem_accepted'; now: Date }
  | { type: 'amend'; actorId: string; now: Date; content: MinutesContent; reason: string; window: ConfirmationWindow };

export interface ConfirmationWindow {
  deadlineAt: Date;
  reminderAt: Date;
}

/** Deadline `days` working days after sending in the recipient's zone and week; reminder one working day earlier. */
export function confirmationWindow(
  now: Date,
  recipientZone: string,
  settings: { workingDays: number[]; minutesConfirmationWorkingDays: number },
): ConfirmationWindow {
  const days = Math.max(1, settings.minutesConfirmationWorkingDays);
  const deadlineAt = addWorkingDays(now, days, recipientZone, settings.workingDays);
  const reminderAt =
    days > 1
      ? addWorkingDays(now, days - 1, recipientZone, settings.workingDays)
      : new Date((now.getTime() + deadlineAt.getTime()) / 2);
  return { deadlineAt, reminderAt };
}

export function newDraft(authorId: string, recipientId: string, content: MinutesContent): Minutes {
  if (authorId === recipientId) throw invalid('Minutes are written by one participant for the other.');
  return {
    state: 'draft',
    authorId,
    recipientId,
    revision: 0,
    content: normaliseContent(content),
    sentAt: null,
    deadlineAt: null,
    reminderAt: null,
    remindedAt: null,
    finalAt: null,
    correction: null,
    disputedVersion: null,
  };
}

export const emptyContent = (): MinutesContent => ({
  agreements: [],
  decisions: [],
  actionItems: [],
  objectiveChanges: [],
  feedback: [],
  freeText: '',
});

/** Trims text and drops empty lines, so that "empty" means empty. */
export function normaliseContent(c: MinutesContent): MinutesContent {
  const list = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean);
  return {
    agreements: list(c.agreements),
    decisions: list(c.decisions),
    actionItems: c.actionItems.map((a) => ({ ...a, text: a.text.trim() })).filter((a) => a.text),
    objectiveChanges: list(c.objectiveChanges),
    feedback: list(c.feedback),
    freeText: c.freeText.trim(),
  };
}

export function isEmptyContent(c: MinutesContent): boolean {
  const n = normaliseContent(c);
  return !n.freeText && [n.agreements, n.decisions, n.actionItems, n.objectiveChanges, n.feedback].every((l) => l.length === 0);
}

const sameContent = (a: MinutesContent, b: MinutesContent) =>
  JSON.stringify(normaliseContent(a)) === JSON.stringify(normaliseContent(b));

const STATE_WORDS: Record<MinutesState, string> = {
  draft: 'still a draft',
  sent: 'waiting for confirmation',
  correction_proposed: 'waiting for the author to answer a proposed correction',
  confirmed: 'confirmed',
  corrected: 'final as corrected',
  disputed: 'disputed',
  deemed_accepted: 'deemed accepted',
};

function requireState(m: Minutes, allowed: MinutesState[], doing: string): void {
  if (!allowed.includes(m.state)) {
    const hint = isFinal(m.state) ? ' A change now is an amendment, which restarts confirmation.' : '';
    throw conflict(`Cannot ${doing}: these minutes are ${STATE_WORDS[m.state]}.${hint}`);
  }
}

function requireActor(actual: string, expected: string, who: string, doing: string): void {
  if (actual !== expected) throw invalid(`Only ${who} can ${doing}.`);
}

/** Applies one event; throws a clear 4xx DomainError for every illegal transition. */
export function transition(m: Minutes, e: MinutesEvent): Minutes {
  switch (e.type) {
    case 'edit':
      requireState(m, ['draft'], 'edit the draft');
      requireActor(e.actorId, m.authorId, 'the author', 'edit a draft');
      return { ...m, content: normaliseContent(e.content) };
    case 'send':
      requireState(m, ['draft'], 'send');
      requireActor(e.actorId, m.authorId, 'the author', 'send the minutes');
      if (isEmptyContent(m.content))
        throw invalid(
          'The minutes are empty: write at least one agreement, decision, action, change, piece of feedback or a note.',
        );
      return { ...m, state: 'sent', revision: 1, sentAt: e.now.toISOString(), ...windowFields(e.window), remindedAt: null };
    case 'confirm':
      requireState(m, ['sent'], 'confirm');
      requireActor(e.actorId, m.recipientId, 'the other participant', 'confirm the minutes');
      return { ...m, state: 'confirmed', finalAt: e.now.toISOString() };
    case 'propose_correction': {
      requireState(m, ['sent'], 'propose a correction');
      requireActor(e.actorId, m.recipientId, 'the other participant', 'propose a correction');
      if (!e.reason.trim()) throw invalid('reason: say why the minutes need correcting.');
      if (isEmptyContent(e.content)) throw invalid('The corrected minutes are empty.');
      if (sameContent(e.content, m.content))
        throw invalid('The correction is the same as the minutes: change the text, or confirm instead.');
      return {
        ...m,
        state: 'correction_proposed',
        correction: {
          id: e.correctionId,
          content: normaliseContent(e.content),
          reason: e.reason.trim(),
          proposedAt: e.now.toISOString(),
        },
      };
    }
    case 'accept_correction':
      requireState(m, ['correction_proposed'], 'accept the correction');
      requireActor(e.actorId, m.authorId, 'the author', 'accept a correction');
      return {
        ...m,
        state: 'corrected',
        content: (m.correction as Correction).content,
        revision: m.revision + 1,
        finalAt: e.now.toISOString(),
      };
    case 'decline_correction':
      requireState(m, ['correction_proposed'], 'decline the correction');
      requireActor(e.actorId, m.authorId, 'the author', 'decline a correction');
      return { ...m, state: 'disputed', disputedVersion: m.correction, correction: null, finalAt: e.now.toISOString() };
    case 'remind':
      requireState(m, ['sent'], 'send a reminder');
      if (m.remindedAt) throw conflict('The reminder was already sent.');
      if (!m.reminderAt || e.now.getTime() < Date.parse(m.reminderAt)) throw conflict('It is not time for the reminder yet.');
      return { ...m, remindedAt: e.now.toISOString() };
    case 'deem_accepted':
      requireState(m, ['sent'], 'deem the minutes accepted');
      if (!m.deadlineAt || e.now.getTime() < Date.parse(m.deadlineAt))
        throw conflict('The confirmation deadline has not passed.');
      return { ...m, state: 'deemed_accepted', finalAt: e.now.toISOString() };
    case 'amend':
      requireState(m, [...FINAL_STATES], 'amend');
      requireActor(e.actorId, m.authorId, 'the author', 'amend the minutes');
      if (!e.reason.trim()) throw invalid('reason: say why the minutes are amended.');
      if (isEmptyContent(e.content)) throw invalid('The amended minutes are empty.');
      if (sameContent(e.content, m.content)) throw invalid('The amendment changes nothing.');
      return {
        ...m,
        state: 'sent',
        revision: m.revision + 1,
        content: normaliseContent(e.content),
        sentAt: e.now.toISOString(),
        ...windowFields(e.window),
        remindedAt: null,
        finalAt: null,
        correction: null,
        disputedVersion: null,
      };
  }
}

function windowFields(w: ConfirmationWindow) {
  return { deadlineAt: w.deadlineAt.toISOString(), reminderAt: w.reminderAt.toISOString() };
}

/** Labels shown to people live with the API schemas; "deemed accepted" is never shown as "confirmed". */
export { MINUTES_STATE_LABEL } from '../../common/api/minutes';

/**
 * The minutes as the Markdown text that is sent, confirmed and put on the record. `nameOf` turns
 * person ids into names (action item owners).
 */
export function minutesText(c: MinutesContent, nameOf: (id: string) => string): string {
  const n = normaliseContent(c);
  const section = (title: string, items: string[]) =>
    items.length ? `## ${title}\n${items.map((i) => `- ${i}`).join('\n')}` : '';
  const actions = n.actionItems.map(
    (a) => `${a.text}${a.ownerId ? ` — ${nameOf(a.ownerId)}` : ''}${a.due ? `, due ${a.due}` : ''}`,
  );
  return [
    section('Agreements', n.agreements),
    section('Decisions', n.decisions),
    section('Action items', actions),
    section('Objective changes discussed', n.objectiveChanges),
    section('Feedback', n.feedback),
    n.freeText ? `## Notes\n${n.freeText}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** When the sweeper must next look at these minutes: the reminder, then the deadline. */
export function nextDueAt(m: Minutes): string | null {
  if (m.state !== 'sent') return null;
  if (!m.remindedAt && m.reminderAt) return m.reminderAt;
  return m.deadlineAt;
}
