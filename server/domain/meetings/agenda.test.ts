import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PointState, assertAgendaOpen, assertVersion, carriesInto, isOverdue, move, nextMeeting, planClose } from './agenda';
import type { Schedule } from './cadence';

const point = (id: string, over: Partial<PointState> = {}): PointState => ({
  id,
  authorId: 'a',
  text: id,
  offRecord: false,
  discussed: false,
  position: 0,
  notes: '',
  carriedFrom: null,
  ...over,
});

describe('agenda rules', () => {
  it('freezes a closed or skipped meeting with a 409', () => {
    expect(() => assertAgendaOpen({ status: 'closed' })).toThrow(/closed/);
    expect(() => assertAgendaOpen({ status: 'skipped' })).toThrow(/skipped/);
    expect(() => assertAgendaOpen({ status: 'scheduled' })).not.toThrow();
  });

  it('refuses a stale save with the current text and version', () => {
    try {
      assertVersion({ text: 'theirs', version: 3 }, 2, 'The meeting notes');
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ status: 409, code: 'stale_version', details: { current: { text: 'theirs', version: 3 } } });
      expect((e as Error).message).toMatch(/not saved/);
    }
    expect(() => assertVersion({ text: 'x', version: 2 }, 2, 'n')).not.toThrow();
  });

  it('on close: erases off-the-record points (or removes them), carries undiscussed ones in order', () => {
    const points = [
      point('a', { discussed: true, position: 0 }),
      point('b', { position: 2 }),
      point('c', { offRecord: true, position: 1 }),
      point('d', { position: 1 }),
    ];
    const keep = planClose(points, { keepOffRecordFact: true });
    expect(keep.erase).toEqual(['c']);
    expect(keep.remove).toEqual([]);
    expect(keep.carry.map((p) => p.id)).toEqual(['d', 'b']);
    const drop = planClose(points, { keepOffRecordFact: false });
    expect(drop.erase).toEqual([]);
    expect(drop.remove).toEqual(['c']);
  });

  it('property: close never carries an off-the-record or discussed point, and accounts for every off-the-record one', () => {
    const arb = fc.array(
      fc.record({ offRecord: fc.boolean(), discussed: fc.boolean(), position: fc.integer({ min: 0, max: 50 }) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, fc.boolean(), (flags, keepFact) => {
        const points = flags.map((f, i) => point(`p${i}`, f));
        const plan = planClose(points, { keepOffRecordFact: keepFact });
        for (const p of plan.carry) expect(p.offRecord || p.discussed).toBe(false);
        const off = points.filter((p) => p.offRecord).map((p) => p.id);
        expect([...plan.erase, ...plan.remove].sort()).toEqual([...off].sort());
        expect(plan.carry.length).toBe(points.filter((p) => !p.offRecord && !p.discussed).length);
      }),
    );
  });

  it('property: move keeps the same items and swaps neighbours only', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.boolean(),
        (ids, k, up) => {
          const id = ids[k % ids.length];
          const out = move(ids, id, up ? 'up' : 'down');
          expect([...out].sort()).toEqual([...ids].sort());
          const i = ids.indexOf(id);
          const j = out.indexOf(id);
          expect(Math.abs(i - j)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('overdue: open and due before today', () => {
    expect(isOverdue({ state: 'open', dueOn: '2026-11-19' }, '2026-11-20')).toBe(true);
    expect(isOverdue({ state: 'open', dueOn: '2026-11-20' }, '2026-11-20')).toBe(false);
    expect(isOverdue({ state: 'done', dueOn: '2026-01-01' }, '2026-11-20')).toBe(false);
    expect(isOverdue({ state: 'open', dueOn: null }, '2026-11-20')).toBe(false);
  });

  it('an action carries into a meeting while it was open when the previous meeting closed', () => {
    expect(carriesInto({ resolvedAt: null }, '2026-11-01T10:00:00.000Z')).toBe(true);
    expect(carriesInto({ resolvedAt: '2026-11-02T10:00:00.000Z' }, '2026-11-01T10:00:00.000Z')).toBe(true);
    expect(carriesInto({ resolvedAt: '2026-10-30T10:00:00.000Z' }, '2026-11-01T10:00:00.000Z')).toBe(false);
  });

  const weekly: Schedule = {
    cadence: 'weekly',
    weekday: 1,
    localTime: '09:00',
    timeZone: 'Europe/London',
    durationMinutes: 30,
    startsOn: '2026-11-02',
  };

  it('next meeting: the cadence, unless a stored row moved, skipped or added one', () => {
    const now = '2026-11-18T12:00:00.000Z'; // a Wednesday
    expect(nextMeeting(weekly, [], now)).toEqual({
      meetingId: null,
      occurrenceDate: '2026-11-23',
      startsAt: '2026-11-23T09:00:00.000Z',
    });
    const skipped = {
      id: 'm1',
      status: 'skipped' as const,
      startsAt: '2026-11-23T09:00:00.000Z',
      occurrenceDate: '2026-11-23',
      durationMinutes: 30,
    };
    expect(nextMeeting(weekly, [skipped], now)?.occurrenceDate).toBe('2026-11-30');
    const moved = { ...skipped, status: 'scheduled' as const, startsAt: '2026-11-24T14:00:00.000Z' };
    expect(nextMeeting(weekly, [moved], now)).toEqual({
      meetingId: 'm1',
      occurrenceDate: '2026-11-23',
      startsAt: '2026-11-24T14:00:00.000Z',
    });
    const adhoc = {
      id: 'm2',
      status: 'scheduled' as const,
      startsAt: '2026-11-19T15:00:00.000Z',
      occurrenceDate: null,
      durationMinutes: 30,
    };
    expect(nextMeeting(weekly, [adhoc], now)?.meetingId).toBe('m2');
    // A meeting in progress is still "next" until it ends.
    expect(nextMeeting(weekly, [], '2026-11-23T09:10:00.000Z')?.occurrenceDate).toBe('2026-11-23');
  });
});
