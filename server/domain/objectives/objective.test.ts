import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  type Objective,
  type ObjectiveEvent,
  type ObjectiveFields,
  type Role,
  apply,
  changeIsProposal,
  creditedVersion,
  decideAgree,
  decideAnswer,
  decideChange,
  decideCreate,
  decideNote,
  describeMove,
  isAgreed,
  notesByVersion,
  replay,
  whatMoved,
} from './objective';

const OWNER = 'tom';
const MANAGER = 'sofia';
const now = new Date('2026-11-20T10:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);
const base = {
  title: 'Ship the billing migration',
  description: 'Move invoices to the new service.',
  measure: 'All invoices issued by the new service for one month',
  startDate: '2026-10-01',
  dueDate: '2027-03-31',
  weight: 30,
};
const actor = (role: Role, at = now) => ({ actorId: role === 'owner' ? OWNER : MANAGER, role, now: at });

/** Applies decisions one after another and keeps the log, as the commands do. */
class Run {
  events: ObjectiveEvent[] = [];
  o: Objective;
  constructor(by: Role = 'manager', fields: Partial<typeof base> & { state?: ObjectiveFields['state'] } = {}) {
    const e = decideCreate({ ...actor(by), fields: { ...base, ...fields }, managerId: MANAGER });
    this.events.push(e);
    this.o = { ...apply(null, e), ownerId: OWNER };
  }
  do(e: ObjectiveEvent) {
    this.events.push(e);
    this.o = apply(this.o, e);
    return this;
  }
  change(role: Role, changes: Partial<ObjectiveFields>, reason: string | null = 'because', at = now) {
    return this.do(decideChange(this.o, { ...actor(role, at), changes, reason, managerId: MANAGER }));
  }
  agree(role: Role) {
    return this.do(decideAgree(this.o, actor(role)));
  }
  answer(answer: 'accept' | 'accept_with_comment' | 'dispute', comment: string | null = null) {
    return this.do(decideAnswer(this.o, { ...actor('owner'), answer, comment }));
  }
  note(text = 'Migrated 40% of invoices', role: Role = 'owner') {
    return this.do(decideNote(this.o, { ...actor(role), text, notedOn: '2026-11-19' }));
  }
}

/** An agreed, in-progress objective with one progress note (the usual ground of a proposal). */
const started = () => new Run('manager').agree('owner').change('owner', { state: 'in_progress' }, null).note();

const expectError = (f: () => unknown, status: number, message?: RegExp) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).status).toBe(status);
    if (message) expect((e as DomainError).message).toMatch(message);
    return;
  }
  throw new Error('expected a DomainError');
};

describe('creating and agreeing', () => {
  it('a proposal by either side is accepted by its author only; agreed once the other accepts', () => {
    for (const by of ['owner', 'manager'] as const) {
      const r = new Run(by);
      expect(r.o.accepted).toEqual({ owner: by === 'owner', manager: by === 'manager' });
      expect(isAgreed(r.o)).toBe(false);
      expectError(() => r.agree(by), 409, /already accepted/);
      r.agree(by === 'owner' ? 'manager' : 'owner');
      expect(isAgreed(r.o)).toBe(true);
      expect(r.o.versionNumber).toBe(1);
    }
  });

  it('refuses a due date before the start, an empty title, a bad weight, a closed starting state', () => {
    const create = (fields: Partial<typeof base> & { state?: ObjectiveFields['state'] }) => () =>
      decideCreate({ ...actor('owner'), fields: { ...base, ...fields }, managerId: MANAGER });
    expectError(create({ dueDate: '2026-09-30' }), 400, /before the start date/);
    expectError(create({ title: '   ' }), 400, /title/);
    expectError(create({ weight: 101 }), 400, /weight/);
    expectError(create({ weight: 2.5 }), 400, /weight/);
    expectError(create({ startDate: '2026-13-01' }), 400, /start date/);
    expectError(create({ state: 'dropped' }), 400);
    expect(create({ dueDate: null as unknown as string, weight: null as unknown as number })().fields).toMatchObject({
      dueDate: null,
      weight: null,
    });
  });

  it('an objective without a measure can be proposed but not agreed', () => {
    const r = new Run('manager', { measure: '' });
    expectError(() => r.agree('owner'), 400, /measure of success/);
  });
});

describe('changes', () => {
  it('every change needs a reason, except the owner changing the state', () => {
    const r = new Run('manager').agree('owner');
    expectError(() => r.change('manager', { dueDate: '2027-02-28' }, ' '), 400, /reason/);
    expectError(() => r.change('owner', { dueDate: '2027-02-28' }, null), 400, /reason/);
    expectError(() => r.change('manager', { state: 'at_risk' }, null), 400, /reason/);
    r.change('owner', { state: 'in_progress' }, null);
    expect(r.o.fields.state).toBe('in_progress');
    expect(r.o.versionNumber).toBe(2);
    expect(isAgreed(r.o)).toBe(true); // a state change leaves the terms, and so the agreement, as they were
  });

  it('refuses a change that changes nothing, and whitespace is not a change', () => {
    const r = new Run('manager');
    expectError(() => r.change('manager', { title: `  ${base.title} ` }), 400, /Nothing changed/);
  });

  it('an empty measure on an agreed objective is refused; before agreement it is allowed', () => {
    const r = new Run('manager');
    r.change('manager', { measure: '' });
    expect(r.o.fields.measure).toBe('');
    r.change('manager', { measure: 'Done when done' }).agree('owner');
    expectError(() => r.change('owner', { measure: '  ' }), 400, /measure of success/);
  });

  it('a due date moved before the start is refused', () => {
    expectError(() => new Run('owner').change('owner', { dueDate: '2026-01-01' }), 400, /before the start date/);
  });

  it('changing the terms of an agreed objective before work starts: in force, agreed again only once the other side accepts', () => {
    const r = new Run('owner').agree('manager');
    expect(changeIsProposal(r.o, 'manager')).toBe(false);
    r.change('manager', { dueDate: '2027-01-31' }, 'Release moved');
    expect(r.o.fields.dueDate).toBe('2027-01-31');
    expect(r.o.pending).toBeNull();
    expect(r.o.accepted).toEqual({ owner: false, manager: true });
    r.agree('owner');
    expect(isAgreed(r.o)).toBe(true);
  });

  it("the owner's own change of terms never needs the proposal step", () => {
    const r = started();
    expect(changeIsProposal(r.o, 'owner')).toBe(false);
    r.change('owner', { dueDate: '2027-04-30' }, 'Blocked by the vendor');
    expect(r.o.pending).toBeNull();
    expect(r.o.accepted).toEqual({ owner: true, manager: false });
  });

  it('a dropped objective cannot be changed, agreed or noted', () => {
    const r = new Run('manager').agree('owner').change('owner', { state: 'dropped' }, null);
    expectError(() => r.change('owner', { state: 'in_progress' }, null), 409, /dropped/);
    expectError(() => r.change('manager', { title: 'New' }), 409, /dropped/);
    expectError(() => r.note(), 409, /dropped/);
  });
});

describe('proposals after work started', () => {
  it.each([
    ['in progress', () => new Run('manager').agree('owner').change('owner', { state: 'in_progress' }, null)],
    ['at risk', () => new Run('manager').agree('owner').change('owner', { state: 'at_risk' }, null)],
    ['not started but with progress notes', () => new Run('manager').agree('owner').note()],
  ])('%s: a manager change is a proposal, the earlier version stays in force', (_, make) => {
    const r = make();
    const before = r.o.fields;
    const number = r.o.versionNumber;
    r.change('manager', { dueDate: '2027-01-31' }, 'Board moved the date');
    expect(r.o.pending?.kind).toBe('proposal');
    expect(r.o.pending?.fields.dueDate).toBe('2027-01-31');
    expect(r.o.fields).toEqual(before);
    expect(r.o.versionNumber).toBe(number);
    expect(r.o.latestNumber).toBe(number + 1);
  });

  it('not a proposal when the objective is not agreed yet', () => {
    const r = new Run('owner').change('owner', { state: 'in_progress' }, null);
    r.change('manager', { dueDate: '2027-01-31' }, 'Board moved the date');
    expect(r.o.pending).toBeNull();
  });

  it('accept: the proposal comes into force, agreed', () => {
    const r = started().change('manager', { dueDate: '2027-01-31' }, 'Board moved the date').answer('accept');
    expect(r.o).toMatchObject({ pending: null, versionNumber: 3, disputed: false });
    expect(r.o.fields.dueDate).toBe('2027-01-31');
    expect(isAgreed(r.o)).toBe(true);
  });

  it('accept with a comment needs the comment', () => {
    const r = started().change('manager', { dueDate: '2027-01-31' }, 'Board moved the date');
    expectError(() => r.answer('accept_with_comment', ' '), 400, /comment/);
    r.answer('accept_with_comment', 'Only if the vendor delivers');
    expect(isAgreed(r.o)).toBe(true);
  });

  it('dispute: needs a comment; the change takes effect but is not agreed until the owner accepts', () => {
    const r = started().change('manager', { dueDate: '2027-01-31' }, 'Board moved the date');
    expectError(() => r.answer('dispute', ''), 400, /comment/);
    r.answer('dispute', 'Three months of work were planned to March');
    expect(r.o).toMatchObject({ pending: null, disputed: true, versionNumber: 3, accepted: { owner: false, manager: true } });
    expect(isAgreed(r.o)).toBe(false);
    r.agree('owner');
    expect(r.o.disputed).toBe(false);
    expect(isAgreed(r.o)).toBe(true);
  });

  it('answering twice, answering by the manager, and changing or agreeing while a proposal waits are refused', () => {
    const r = started().change('manager', { dueDate: '2027-01-31' }, 'Board moved the date');
    expectError(() => r.do(decideAnswer(r.o, { ...actor('manager'), answer: 'accept' })), 400, /owner/);
    expectError(() => r.change('manager', { title: 'Other' }), 409, /waiting/);
    expectError(() => r.change('owner', { state: 'completed' }, null), 409, /waiting/);
    expectError(() => r.agree('owner'), 409, /waiting/);
    r.answer('accept');
    expectError(() => r.answer('accept'), 409, /already been answered/);
    expectError(() => r.answer('dispute', 'no'), 409, /already been answered/);
  });

  it('a manager dropping a started objective is a proposal too', () => {
    const r = started().change('manager', { state: 'dropped' }, 'Project cancelled');
    expect(r.o.pending?.fields.state).toBe('dropped');
    expect(r.o.fields.state).toBe('in_progress');
    r.answer('accept');
    expect(r.o.fields.state).toBe('dropped');
  });
});

describe('the credit rule', () => {
  it('notes stay credited to the version in force when written, also while a proposal waits', () => {
    const r = started(); // note 1 under version 2
    r.change('manager', { dueDate: '2027-01-31' }, 'Board moved the date'); // version 3 proposed
    expect(creditedVersion(r.o)).toBe(2);
    r.note('Migrated 60%'); // still version 2: the proposal is not in force
    r.answer('dispute', 'Planned to March');
    expect(creditedVersion(r.o)).toBe(3);
    r.note('Migrated 70%');
    const notes = r.events.filter((e) => e.type === 'note');
    const versions = r.events.filter((e) => e.type === 'version');
    const grouped = notesByVersion(versions, notes);
    expect(grouped.get(1)).toEqual([]);
    expect(grouped.get(2)?.map((n) => n.text)).toEqual(['Migrated 40% of invoices', 'Migrated 60%']);
    expect(grouped.get(3)?.map((n) => n.text)).toEqual(['Migrated 70%']);
  });

  it('refuses an empty note and a note dated in the future', () => {
    const r = new Run('owner');
    expectError(() => r.note('  '), 400, /progress/);
    expectError(() => r.do(decideNote(r.o, { ...actor('owner'), text: 'x', notedOn: '2026-11-22' })), 400, /future/);
  });
});

describe('what moved', () => {
  const f: ObjectiveFields = { ...base, state: 'in_progress' };
  it('names each field that moved, with the direction of dates', () => {
    expect(whatMoved(f, { ...f, dueDate: '2027-01-31' })).toEqual([
      { field: 'dueDate', direction: 'earlier', from: '2027-03-31', to: '2027-01-31' },
    ]);
    expect(whatMoved(f, { ...f, dueDate: '2027-05-01' }).map(describeMove)).toEqual([
      'due date moved later (2027-03-31 → 2027-05-01)',
    ]);
    expect(whatMoved({ ...f, dueDate: null }, f).map(describeMove)).toEqual(['due date set (2027-03-31)']);
    expect(whatMoved(f, { ...f, dueDate: null }).map(describeMove)).toEqual(['due date removed (was 2027-03-31)']);
    expect(whatMoved(f, { ...f, measure: 'x', state: 'dropped' }).map(describeMove)).toEqual([
      'measure of success changed',
      'dropped',
    ]);
    expect(whatMoved(f, { ...f, weight: null, startDate: '2026-09-01' }).map(describeMove)).toEqual([
      'start date moved earlier (2026-10-01 → 2026-09-01)',
      'weight 30 → none',
    ]);
  });
});

describe('replay', () => {
  it('rebuilds the walked objective, and refuses a log with a gap', () => {
    const r = started().change('manager', { dueDate: '2027-01-31' }, 'x').answer('accept').note();
    expect(replay(OWNER, r.events)).toEqual(r.o);
    expect(replay(OWNER, [...r.events].reverse())).toEqual(r.o);
    expect(() =>
      replay(
        OWNER,
        r.events.filter((e) => e.seq !== 3),
      ),
    ).toThrow(/does not follow/);
  });

  // Any sequence of commands (legal or not): the objective built step by step is the replay of its log.
  const role = fc.constantFrom<Role>('owner', 'manager');
  const state = fc.constantFrom<ObjectiveFields['state']>('not_started', 'in_progress', 'completed', 'at_risk', 'dropped');
  const day = fc
    .integer({ min: 0, max: 800 })
    .map((d) => new Date(Date.UTC(2026, 9, 1) + d * 86_400_000).toISOString().slice(0, 10));
  const command = fc.oneof(
    fc.record({
      t: fc.constant('change' as const),
      role,
      changes: fc.record(
        {
          title: fc.constantFrom('A', 'B', 'C'),
          measure: fc.constantFrom('', 'm1', 'm2'),
          dueDate: fc.option(day, { nil: null }),
          weight: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
          state,
        },
        { requiredKeys: [] },
      ),
      reason: fc.option(fc.constantFrom('why', ''), { nil: null }),
    }),
    fc.record({ t: fc.constant('agree' as const), role }),
    fc.record({
      t: fc.constant('answer' as const),
      role,
      answer: fc.constantFrom('accept' as const, 'accept_with_comment' as const, 'dispute' as const),
      comment: fc.option(fc.constantFrom('ok', ''), { nil: null }),
    }),
    fc.record({ t: fc.constant('note' as const), role }),
  );

  it('property: replaying the versions of any objective gives its current state', () => {
    fc.assert(
      fc.property(role, fc.array(command, { maxLength: 40 }), (creator, commands) => {
        const r = new Run(creator);
        let step = 0;
        for (const c of commands) {
          step++;
          const a = actor(c.role, later(step));
          try {
            if (c.t === 'change') r.do(decideChange(r.o, { ...a, changes: c.changes, reason: c.reason, managerId: MANAGER }));
            else if (c.t === 'agree') r.do(decideAgree(r.o, a));
            else if (c.t === 'answer') r.do(decideAnswer(r.o, { ...a, answer: c.answer, comment: c.comment }));
            else r.do(decideNote(r.o, { ...a, text: 'progress', notedOn: '2026-10-01' }));
          } catch (e) {
            if (!(e instanceof DomainError)) throw e; // refused: nothing appended
          }
        }
        const replayed = replay(OWNER, r.events);
        expect(replayed).toEqual(r.o);
        // Invariants: a proposal is never in force; version numbers only grow; an agreed objective has a measure.
        expect(replayed.versionNumber).toBeLessThanOrEqual(replayed.latestNumber);
        if (replayed.pending) expect(replayed.pending.number).toBe(replayed.latestNumber);
        if (isAgreed(replayed)) expect(replayed.fields.measure).not.toBe('');
        if (replayed.disputed) expect(isAgreed(replayed)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
