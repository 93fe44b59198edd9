import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  type Schedule,
  isOccurrenceDate,
  nextOccurrences,
  occurrenceDates,
  occurrencesBetween,
  startOf,
  validateSchedule,
} from './cadence';
import { vtimezone, transitions } from './vtimezone';

const london: Schedule = {
  cadence: 'weekly',
  weekday: 1,
  localTime: '09:00',
  timeZone: 'Europe/London',
  durationMinutes: 30,
  startsOn: '2026-03-16',
};

const take = (s: Schedule, n: number) => {
  const out: string[] = [];
  for (const d of occurrenceDates(s)) {
    out.push(d);
    if (out.length === n) break;
  }
  return out;
};

describe('cadence', () => {
  it('weekly: the same weekday every week, from the first on or after the start', () => {
    expect(take({ ...london, startsOn: '2026-03-18' }, 3)).toEqual(['2026-03-23', '2026-03-30', '2026-04-06']);
  });

  it('every two weeks', () => {
    expect(take({ ...london, cadence: 'biweekly' }, 3)).toEqual(['2026-03-16', '2026-03-30', '2026-04-13']);
  });

  it('monthly: the same ordinal weekday (a fifth counts as the fourth)', () => {
    expect(take({ ...london, cadence: 'monthly', startsOn: '2026-03-10', weekday: 2 }, 3)).toEqual([
      '2026-03-10',
      '2026-04-14',
      '2026-05-12',
    ]);
    const fifth = take({ ...london, cadence: 'monthly', startsOn: '2026-03-30', weekday: 1 }, 2);
    expect(fifth).toEqual(['2026-04-27', '2026-05-25']);
  });

  it('keeps 09:00 local across the DST change in London (UTC moves by an hour)', () => {
    expect(startOf(london, '2026-03-23')).toBe('2026-03-23T09:00:00.000Z'); // GMT
    expect(startOf(london, '2026-03-30')).toBe('2026-03-30T08:00:00.000Z'); // BST, the day after the change
    expect(startOf(london, '2026-10-26')).toBe('2026-10-26T09:00:00.000Z'); // back to GMT
  });

  it('moves a local time inside a spring-forward gap forward, as calendars do', () => {
    expect(startOf({ localTime: '01:30', timeZone: 'Europe/London' }, '2026-03-29')).toBe('2026-03-29T01:30:00.000Z');
    expect(startOf({ localTime: '02:30', timeZone: 'America/New_York' }, '2026-03-08')).toBe('2026-03-08T07:30:00.000Z');
  });

  it('finds occurrences in a window without walking the whole history', () => {
    const s = { ...london, startsOn: '2020-01-06' };
    const got = occurrencesBetween(s, '2026-03-01T00:00:00.000Z', '2026-03-20T00:00:00.000Z');
    expect(got.map((o) => o.date)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(nextOccurrences(s, '2026-03-02T09:00:00.000Z', 2).map((o) => o.date)).toEqual(['2026-03-02', '2026-03-09']);
  });

  it('refuses a bad schedule, naming the field', () => {
    expect(() => validateSchedule({ ...london, localTime: '25:00' })).toThrow(/localTime/);
    expect(() => validateSchedule({ ...london, weekday: 0 })).toThrow(/weekday/);
    expect(() => validateSchedule({ ...london, timeZone: 'Mars/Olympus' })).toThrow(/timeZone/);
    expect(() => validateSchedule({ ...london, durationMinutes: 0 })).toThrow(/durationMinutes/);
    expect(() => validateSchedule(london)).not.toThrow();
  });

  const zones = fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'Europe/Berlin');
  const schedules = fc.record({
    cadence: fc.constantFrom('weekly' as const, 'biweekly' as const, 'monthly' as const),
    weekday: fc.integer({ min: 1, max: 7 }),
    localTime: fc
      .tuple(fc.integer({ min: 4, max: 22 }), fc.constantFrom(0, 15, 30, 45))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    timeZone: zones,
    durationMinutes: fc.constantFrom(15, 30, 45, 60),
    startsOn: fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  });

  it('property: every occurrence is on the weekday, at the local time, in order, and recognised', () => {
    fc.assert(
      fc.property(schedules, (s) => {
        const dates = take(s, 30);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        for (const d of dates) {
          expect(d >= s.startsOn).toBe(true);
          expect(isOccurrenceDate(s, d)).toBe(true);
          const local = DateTime.fromISO(startOf(s, d)).setZone(s.timeZone);
          expect(local.weekday).toBe(s.weekday);
          expect(local.toFormat('HH:mm')).toBe(s.localTime); // 04:00–22:45 is never in a DST gap
        }
        const gap = s.cadence === 'weekly' ? 7 : s.cadence === 'biweekly' ? 14 : 0;
        if (gap)
          for (let i = 1; i < dates.length; i++)
            expect(DateTime.fromISO(dates[i]).diff(DateTime.fromISO(dates[i - 1]), 'days').days).toBe(gap);
      }),
      { numRuns: 200 },
    );
  });

  it('property: a window query returns exactly the occurrences a full walk finds in it', () => {
    fc.assert(
      fc.property(schedules, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 90 }), (s, offsetDays, spanDays) => {
        const from = DateTime.fromISO(s.startsOn, { zone: 'UTC' }).plus({ days: offsetDays });
        const to = from.plus({ days: spanDays });
        const f = from.toJSDate().toISOString();
        const t = to.toJSDate().toISOString();
        const walked: string[] = [];
        for (const d of occurrenceDates(s)) {
          const at = startOf(s, d);
          if (at >= t) break;
          if (at >= f) walked.push(d);
        }
        expect(occurrencesBetween(s, f, t).map((o) => o.date)).toEqual(walked);
      }),
      { numRuns: 200 },
    );
  });
});

describe('VTIMEZONE', () => {
  it('lists the real DST transitions of a zone with local start times and offsets', () => {
    const ts = transitions('Europe/London', 2026, 2026).map((t) => new Date(t).toISOString());
    expect(ts).toEqual(['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z']);
    const v = vtimezone('Europe/London', 2026, 2026);
    expect(v).toContain('TZID:Europe/London');
    expect(v).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260329T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100');
    expect(v).toContain('BEGIN:STANDARD\r\nDTSTART:20261025T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000');
  });

  it('writes a single component for a zone without DST', () => {
    const v = vtimezone('Asia/Kolkata', 2026, 2027);
    expect(v.match(/BEGIN:STANDARD/g)).toHaveLength(1);
    expect(v).toContain('TZOFFSETTO:+0530');
  });
});
