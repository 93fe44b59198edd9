import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCycle, lineOn, planManagerChange } from './reporting';

const line = (id: string, managerId: string, validFrom: string, validTo: string | null = null) => ({
  id,
  personId: 'p',
  managerId,
  validFrom,
  validTo,
});

describe('reporting lines', () => {
  it('finds the line in force on a date (from inclusive, to exclusive)', () => {
    const lines = [line('a', 'm1', '2024-01-01', '2025-01-01'), line('b', 'm2', '2025-01-01')];
    expect(lineOn(lines, '2024-12-31')?.managerId).toBe('m1');
    expect(lineOn(lines, '2025-01-01')?.managerId).toBe('m2');
    expect(lineOn(lines, '2023-06-01')).toBeUndefined();
  });

  it('plans a transfer that closes the current line and keeps history', () => {
    const change = planManagerChange('p', [line('a', 'm1', '2024-01-01')], 'm2', '2026-06-01');
    expect(change).toEqual({ close: { id: 'a', validTo: '2026-06-01' }, open: { managerId: 'm2', validFrom: '2026-06-01' } });
  });

  it('refuses to rewrite history and self-management', () => {
    expect(() => planManagerChange('p', [line('a', 'm1', '2024-01-01')], 'm2', '2023-01-01')).toThrow(/before the current/);
    expect(() => planManagerChange('p', [line('a', 'm1', '2024-01-01', '2025-01-01')], 'm2', '2024-06-01')).toThrow(
      /already ended/,
    );
    expect(() => planManagerChange('p', [], 'p', '2024-06-01')).toThrow(/own manager/);
  });

  it('treats the same manager as no change and a same-day change as a correction', () => {
    expect(planManagerChange('p', [line('a', 'm1', '2024-01-01')], 'm1', '2026-01-01')).toEqual({});
    expect(planManagerChange('p', [line('a', 'm1', '2026-01-01')], 'm2', '2026-01-01')).toEqual({
      remove: 'a',
      open: { managerId: 'm2', validFrom: '2026-01-01' },
    });
    expect(planManagerChange('p', [line('a', 'm1', '2024-01-01')], null, '2026-01-01')).toEqual({
      close: { id: 'a', validTo: '2026-01-01' },
      open: undefined,
    });
  });

  it('detects cycles of any length and accepts forests', () => {
    expect(
      findCycle(
        new Map([
          ['a', 'b'],
          ['b', 'c'],
          ['c', null],
        ]),
      ),
    ).toEqual([]);
    expect(
      new Set(
        findCycle(
          new Map([
            ['a', 'b'],
            ['b', 'c'],
            ['c', 'a'],
          ]),
        ),
      ),
    ).toEqual(new Set(['a', 'b', 'c']));
    expect(
      findCycle(
        new Map([
          ['x', null],
          ['a', 'a'],
        ]),
      ),
    ).toEqual(['a']);
  });

  it('property: a chain ordered by index never has a cycle; closing it into a loop always does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 59 }), (n, k) => {
        const m = new Map<string, string | null>();
        for (let i = 0; i < n; i++) m.set(`p${i}`, i === 0 ? null : `p${Math.floor(i / 2)}`);
        expect(findCycle(m)).toEqual([]);
        const j = k % n;
        m.set('p0', `p${j}`);
        expect(findCycle(m).length).toBeGreaterThan(0);
      }),
    );
  });
});
