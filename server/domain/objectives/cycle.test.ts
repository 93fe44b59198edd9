import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleFor } from './cycle';

describe('objective cycles', () => {
  it('are none unless the organisation wants them', () => {
    expect(cycleFor('2026-11-20', 'none')).toBeNull();
    expect(cycleFor(null, 'quarterly')).toBeNull();
  });

  it('follow the date: annual and quarterly', () => {
    expect(cycleFor('2026-11-20', 'annual')).toBe('2026');
    expect(cycleFor('2026-01-01', 'quarterly')).toBe('2026-Q1');
    expect(cycleFor('2026-03-31', 'quarterly')).toBe('2026-Q1');
    expect(cycleFor('2026-04-01', 'quarterly')).toBe('2026-Q2');
    expect(cycleFor('2026-12-31', 'quarterly')).toBe('2026-Q4');
  });

  it('property: every date of a year falls in one of its four quarters', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(cycleFor(iso, 'quarterly')).toMatch(new RegExp(`^${iso.slice(0, 4)}-Q[1-4]$`));
      }),
    );
  });
});
