import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './working-days';

const MON_FRI = [1, 2, 3, 4, 5];
const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toJSDate();
const local = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');

describe('working days', () => {
  it('skips the weekend', () => {
    expect(local(addWorkingDays(at('2026-11-20T16:00', 'Europe/London'), 5, 'Europe/London', MON_FRI), 'Europe/London')).toBe(
      'Fri 2026-11-27 16:00',
    );
    expect(local(addWorkingDays(at('2026-11-19T10:30', 'Europe/London'), 1, 'Europe/London', MON_FRI), 'Europe/London')).toBe(
      'Fri 2026-11-20 10:30',
    );
    expect(local(addWorkingDays(at('2026-11-20T10:30', 'Europe/London'), 1, 'Europe/London', MON_FRI), 'Europe/London')).toBe(
      'Mon 2026-11-23 10:30',
    );
  });

  it('keeps the local time across a daylight-saving change', () => {
    // Europe/London goes back on Sunday 25 October 2026.
    const d = addWorkingDays(at('2026-10-22T09:00', 'Europe/London'), 5, 'Europe/London', MON_FRI);
    expect(local(d, 'Europe/London')).toBe('Thu 2026-10-29 09:00');
    expect(d.toISOString()).toBe('2026-10-29T09:00:00.000Z');
    // America/New_York goes back on Sunday 1 November 2026.
    expect(
      local(addWorkingDays(at('2026-10-30T14:00', 'America/New_York'), 1, 'America/New_York', MON_FRI), 'America/New_York'),
    ).toBe('Mon 2026-11-02 14:00');
  });

  it('starts counting at the next working morning when sent on a day off, and honours other weeks', () => {
    expect(local(addWorkingDays(at('2026-11-21T20:00', 'Europe/London'), 1, 'Europe/London', MON_FRI), 'Europe/London')).toBe(
      'Tue 2026-11-24 09:00',
    );
    // A Sunday-to-Thursday week.
    expect(
      local(addWorkingDays(at('2026-11-19T12:00', 'Asia/Jerusalem'), 1, 'Asia/Jerusalem', [7, 1, 2, 3, 4]), 'Asia/Jerusalem'),
    ).toBe('Sun 2026-11-22 12:00');
  });

  it('property: the result is a working day, later than the start, and monotonic in n', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 15 }),
        fc.constantFrom('Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'),
        (from, n, zone) => {
          const a = addWorkingDays(from, n, zone, MON_FRI);
          const b = addWorkingDays(from, n + 1, zone, MON_FRI);
          expect(a.getTime()).toBeGreaterThan(from.getTime());
          expect(b.getTime()).toBeGreaterThan(a.getTime());
          expect(MON_FRI).toContain(DateTime.fromJSDate(a, { zone }).weekday);
        },
      ),
    );
  });
});
