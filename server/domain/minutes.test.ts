import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import {
  FINAL_STATES,
  MINUTES_STATES,
  type Minutes,
  type MinutesContent,
  type MinutesEvent,
  type MinutesState,
  confirmationWindow,
  emptyContent,
  newDraft,
  transition,
} from './minutes';

const A = 'author';
const R = 'recipient';
const now = new Date('2026-11-20T10:00:00Z'); // a Friday
const later = new Date('2026-12-31T10:00:00Z');
const settings = { workingDays: [1, 2, 3, 4, 5], minutesConfirmationWorkingDays: 5 };
const window = confirmationWindow(now, 'Europe/London', settings);
const content: MinutesContent = { ...emptyContent(), agreements: ['Ship the report by Friday'], freeText: 'Good talk.' };
const other: MinutesContent = { ...content, agreements: ['Ship the report by Monday'] };

/** Minutes brought into `state` through legal transitions only. */
function inState(state: MinutesState): Minutes {
  const draft = newDraft(A, R, content);
  if (state === 'draft') return draft;
  const sent = transition(draft, { type: 'send', actorId: A, now, window });
  const proposed = () =>
    transition(sent, {
      type: 'propose_correction',
      actorId: R,
      now,
      correctionId: 'c1',
      content: other,
      reason: 'It was Monday',
    });
  switch (state) {
    case 'sent':
      return sent;
    case 'correction_proposed':
      return proposed();
    case 'confirmed':
      return transition(sent, { type: 'confirm', actorId: R, now });
    case 'corrected':
      return transition(proposed(), { type: 'accept_correction', actorId: A, now });
    case 'disputed':
      return transition(proposed(), { type: 'decline_correction', actorId: A, now });
    case 'deemed_accepted':
      return transition(sent, { type: 'deem_accepted', now: later });
  }
}

// Each event as its rightful actor would send it, and the states from which it is legal.
const EVENTS: { event: MinutesEvent; legalFrom: MinutesState[]; to?: MinutesState }[] = [
  { event: { type: 'edit', actorId: A, content: other }, legalFrom: ['draft'], to: 'draft' },
  { event: { type: 'send', actorId: A, now, window }, legalFrom: ['draft'], to: 'sent' },
  { event: { type: 'confirm', actorId: R, now }, legalFrom: ['sent'], to: 'confirmed' },
  {
    event: {
      type: 'propose_correction',
      actorId: R,
      now,
      correctionId: 'c1',
      content: { ...other, feedback: ['x'] },
      reason: 'r',
    },
    legalFrom: ['sent'],
    to: 'correction_proposed',
  },
  { event: { type: 'accept_correction', actorId: A, now }, legalFrom: ['correction_proposed'], to: 'corrected' },
  { event: { type: 'decline_correction', actorId: A, now }, legalFrom: ['correction_proposed'], to: 'disputed' },
  { event: { type: 'remind', now: later }, legalFrom: ['sent'], to: 'sent' },
  { event: { type: 'deem_accepted', now: later }, legalFrom: ['sent'], to: 'deemed_accepted' },
  {
    event: { type: 'amend', actorId: A, now, content: { ...content, decisions: ['new'] }, reason: 'forgot a decision', window },
    legalFrom: [...FINAL_STATES],
    to: 'sent',
  },
];

describe('minutes state machine', () => {
  for (const state of MINUTES_STATES) {
    for (const { event, legalFrom, to } of EVENTS) {
      const legal = legalFrom.includes(state);
      it(`${state} --${event.type}--> ${legal ? to : 'refused'}`, () => {
        const m = inState(state);
        if (legal) expect(transition(m, event).state).toBe(to);
        else expect(() => transition(m, event)).toThrow(DomainError);
      });
    }
  }

  it('refuses the wrong person: the author cannot confirm, the recipient cannot send or accept', () => {
    expect(() => transition(inState('sent'), { type: 'confirm', actorId: A, now })).toThrow(/Only the other participant/);
    expect(() => transition(inState('draft'), { type: 'send', actorId: R, now, window })).toThrow(/Only the author/);
    expect(() => transition(inState('correction_proposed'), { type: 'accept_correction', actorId: R, now })).toThrow(
      /Only the author/,
    );
    expect(() =>
      transition(inState('confirmed'), { type: 'amend', actorId: R, now, content: other, reason: 'x', window }),
    ).toThrow(/Only the author/);
  });

  it('refuses confirming twice and correcting after confirmation, pointing to amendments', () => {
    const confirmed = inState('confirmed');
    expect(() => transition(confirmed, { type: 'confirm', actorId: R, now })).toThrow(/already|confirmed/);
    expect(() =>
      transition(confirmed, { type: 'propose_correction', actorId: R, now, correctionId: 'c1', content: other, reason: 'x' }),
    ).toThrow(/amendment/);
  });

  it('refuses an empty draft, an unchanged correction, a correction without a reason', () => {
    const empty = newDraft(A, R, { ...emptyContent(), agreements: ['  '], freeText: '\n' });
    expect(() => transition(empty, { type: 'send', actorId: A, now, window })).toThrow(/empty/);
    expect(() =>
      transition(inState('sent'), { type: 'propose_correction', actorId: R, now, correctionId: 'c1', content, reason: 'x' }),
    ).toThrow(/same as the minutes/);
    expect(() =>
      transition(inState('sent'), {
        type: 'propose_correction',
        actorId: R,
        now,
        correctionId: 'c1',
        content: other,
        reason: ' ',
      }),
    ).toThrow(/reason/);
  });

  it('deems acceptance only after the deadline and reminds once, only after the reminder time', () => {
    const sent = inState('sent');
    expect(() => transition(sent, { type: 'deem_accepted', now })).toThrow(/deadline has not passed/);
    expect(() => transition(sent, { type: 'remind', now })).toThrow(/not time/);
    const reminded = transition(sent, { type: 'remind', now: window.reminderAt });
    expect(() => transition(reminded, { type: 'remind', now: later })).toThrow(/already sent/);
    expect(transition(reminded, { type: 'deem_accepted', now: window.deadlineAt }).state).toBe('deemed_accepted');
  });

  it('keeps both versions when disputed, and reads as corrected when accepted', () => {
    const disputed = inState('disputed');
    expect(disputed.content.agreements).toEqual(['Ship the report by Friday']);
    expect(disputed.disputedVersion?.content.agreements).toEqual(['Ship the report by Monday']);
    expect(disputed.disputedVersion?.reason).toBe('It was Monday');
    const corrected = inState('corrected');
    expect(corrected.content.agreements).toEqual(['Ship the report by Monday']);
    expect(corrected.revision).toBe(2);
  });

  it('an amendment restarts confirmation with a new revision and deadline', () => {
    const later2 = new Date('2027-01-04T09:00:00Z');
    const w = confirmationWindow(later2, 'Europe/London', settings);
    const amended = transition(inState('disputed'), {
      type: 'amend',
      actorId: A,
      now: later2,
      content: other,
      reason: 'Agreed on Monday after all',
      window: w,
    });
    expect(amended).toMatchObject({ state: 'sent', revision: 2, disputedVersion: null, deadlineAt: w.deadlineAt.toISOString() });
  });

  it('computes a deadline of 5 working days and a reminder one working day before', () => {
    expect(window.deadlineAt.toISOString()).toBe('2026-11-27T10:00:00.000Z');
    expect(window.reminderAt.toISOString()).toBe('2026-11-26T10:00:00.000Z');
  });

  it('property: any sequence of events keeps the invariants (final states have finalAt; revision never decreases)', () => {
    const arbEvent = fc.constantFrom(...EVENTS.map((e) => e.event));
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 20 }), (events) => {
        let m = newDraft(A, R, content);
        for (const e of events) {
          const before = m;
          try {
            m = transition(m, e);
          } catch (err) {
            expect(err).toBeInstanceOf(DomainError);
            expect(m).toBe(before);
          }
          expect(m.revision).toBeGreaterThanOrEqual(before.revision);
          expect(FINAL_STATES.includes(m.state)).toBe(m.finalAt !== null);
          if (m.state === 'disputed') expect(m.disputedVersion).not.toBeNull();
        }
      }),
    );
  });
});
