import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { emptyWeeklyContent } from '../../common/api/weekly';
import { DomainError } from './errors';
import {
  assertSendable,
  assertWritableWeek,
  daysBetween,
  nextDigestAt,
  nextReminderAt,
  reminderDate,
  waitingAge,
  weekName,
  weekOf,
  weeklyText,
} from './weekly';

const MON_FRI = [1, 2, 3, 4, 5];
const FRIDAY_15 = { weekday: 5, hour: 15 };
const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toJSDate();
const local = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');

/** Drives a sweeper with an injected clock: ticks every `stepMin`, fires when due, reschedules. */
function simulate(zone: string, from: string, to: string, prefs = FRIDAY_15, stepMin = 15, workingDays = MON_FRI) {
  const fired: Date[] = [];
  let now = at(from, zone);
  const end = at(to, zone);
  let next = nextReminderAt(now, prefs, zone, workingDays);
  while (now < end) {
    if (now >= next) {
      fired.push(now);
      next = nextReminderAt(now, prefs, zone, workingDays);
    }
    now = new Date(now.getTime() + stepMin * 60_000);
  }
  return fired;
}

describe('weeks', () => {
  it('a week is the ISO week in the person’s own zone', () => {
    // Sunday 22 Nov 23:30 in London is already Monday 23 Nov in Tokyo.
    const instant = new Date('2026-11-22T23:30:00Z');
    expect(weekOf(instant, 'Europe/London')).toBe('2026-11-16');
    expect(weekOf(instant, 'Asia/Tokyo')).toBe('2026-11-23');
    expect(weekName('2026-11-16')).toBe('2026-W47');
    expect(weekName('2026-12-28')).toBe('2026-W53');
  });

  it('accepts this week and up to 8 weeks back; refuses the future, long past and non-Mondays', () => {
    const now = at('2026-11-20T10:00', 'Europe/London');
    expect(() => assertWritableWeek('2026-11-16', now, 'Europe/London')).not.toThrow();
    expect(() => assertWritableWeek('2026-09-21', now, 'Europe/London')).not.toThrow();
    for (const bad of ['2026-11-23', '2026-09-14', '2026-11-17', 'next week']) {
      expect(() => assertWritableWeek(bad, now, 'Europe/London')).toThrow(DomainError);
    }
    expect(() => assertWritableWeek('2026-11-23', now, 'Europe/London')).toThrow(/future/);
    expect(() => assertWritableWeek('2026-09-14', now, 'Europe/London')).toThrow(/8 weeks/);
  });
});

describe('reminder schedule', () => {
  it('defaults to Friday 15:00 local; the next one is strictly later', () => {
    const zone = 'Europe/Berlin';
    const r = nextReminderAt(at('2026-11-18T09:00', zone), FRIDAY_15, zone, MON_FRI);
    expect(local(r, zone)).toBe('Fri 2026-11-20 15:00');
    expect(local(nextReminderAt(r, FRIDAY_15, zone, MON_FRI), zone)).toBe('Fri 2026-11-27 15:00');
  });

  it('moves a reminder on a day off to the nearest earlier working day of the same week', () => {
    // A Sunday-to-Thursday organisation: Friday is a day off, so Thursday.
    expect(reminderDate('2026-11-16', 5, [7, 1, 2, 3, 4])).toBe('2026-11-19');
    const zone = 'Asia/Jerusalem';
    const r = nextReminderAt(at('2026-11-16T08:00', zone), FRIDAY_15, zone, [7, 1, 2, 3, 4]);
    expect(local(r, zone)).toBe('Thu 2026-11-19 15:00');
    // Chosen Monday when Monday is off (Tue–Sat week): the next working day in the week instead.
    expect(reminderDate('2026-11-16', 1, [2, 3, 4, 5, 6])).toBe('2026-11-17');
  });

  for (const [zone, spring, autumn] of [
    ['Europe/London', '2026-03-29', '2026-10-25'],
    ['America/New_York', '2026-03-08', '2026-11-01'],
  ] as const) {
    it(`${zone}: across the spring change, one reminder a week at 15:00 local`, () => {
      const d = DateTime.fromISO(spring, { zone });
      const fired = simulate(zone, d.minus({ days: 16 }).toISO() as string, d.plus({ days: 16 }).toISO() as string);
      expect(fired.map((f) => local(f, zone).slice(0, 3) + local(f, zone).slice(-6))).toEqual(
        Array(fired.length).fill('Fri 15:00'),
      );
      expect(fired.length).toBe(new Set(fired.map((f) => weekOf(f, zone))).size);
      expect(fired.length).toBe(5);
      // The UTC instant moved by one hour, the local time did not.
      const gaps = fired.slice(1).map((f, i) => (f.getTime() - fired[i].getTime()) / 3_600_000);
      expect(gaps.sort()).toEqual([167, 168, 168, 168]);
    });

    it(`${zone}: across the autumn change, one reminder a week at 15:00 local`, () => {
      const d = DateTime.fromISO(autumn, { zone });
      const fired = simulate(zone, d.minus({ days: 16 }).toISO() as string, d.plus({ days: 16 }).toISO() as string);
      expect(fired.every((f) => local(f, zone).endsWith('15:00') && local(f, zone).startsWith('Fri'))).toBe(true);
      expect(fired.length).toBe(5);
      const gaps = fired.slice(1).map((f, i) => (f.getTime() - fired[i].getTime()) / 3_600_000);
      expect(gaps.sort()).toEqual([168, 168, 168, 169]);
    });

    it(`${zone}: an hour inside the change itself (Sunday, 01:00/02:00) fires once`, () => {
      const sunday = DateTime.fromISO(spring, { zone });
      const hour = zone === 'Europe/London' ? 1 : 2; // the hour that does not exist that night
      const fired = simulate(
        zone,
        sunday.minus({ days: 3 }).toISO() as string,
        sunday.plus({ days: 3 }).toISO() as string,
        { weekday: 7, hour },
        5,
        [1, 2, 3, 4, 5, 6, 7],
      );
      expect(fired.length).toBe(1);
      expect(local(fired[0], zone)).toBe(`Sun ${spring} 0${hour + 1}:00`); // moved forward by the gap
      const back = DateTime.fromISO(autumn, { zone });
      const twice = simulate(
        zone,
        back.minus({ days: 3 }).toISO() as string,
        back.plus({ days: 3 }).toISO() as string,
        { weekday: 7, hour: 1 }, // 01:00 happens twice that night
        5,
        [1, 2, 3, 4, 5, 6, 7],
      );
      expect(twice.length).toBe(1);
    });
  }

  it('property: each reminder is on a working day, at the chosen hour when it exists, one per week', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2029-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'),
        (from, weekday, hour, zone) => {
          const a = nextReminderAt(from, { weekday, hour }, zone, MON_FRI);
          const b = nextReminderAt(a, { weekday, hour }, zone, MON_FRI);
          expect(a.getTime()).toBeGreaterThan(from.getTime());
          expect(MON_FRI).toContain(DateTime.fromJSDate(a, { zone }).weekday);
          expect(weekOf(b, zone)).not.toBe(weekOf(a, zone));
          expect(Math.abs(b.getTime() - a.getTime() - 7 * 86_400_000)).toBeLessThanOrEqual(3_600_000);
        },
      ),
    );
  });

  it('the digest comes on the first working day of the next week at 09:00', () => {
    const zone = 'Europe/Madrid';
    expect(local(nextDigestAt(at('2026-11-20T16:00', zone), zone, MON_FRI), zone)).toBe('Mon 2026-11-23 09:00');
  });
});

describe('sendable updates', () => {
  const today = '2026-11-20';
  const waiting = {
    id: null,
    what: 'API keys',
    fromPersonId: null,
    fromText: 'Platform team',
    since: '2026-11-08',
    chased: true,
  };

  it('refuses an empty update, a waiting-on item without what or whom, a future date', () => {
    expect(() => assertSendable(emptyWeeklyContent(), today)).toThrow(/empty/);
    expect(() => assertSendable({ ...emptyWeeklyContent(), progress: ['  '] }, today)).toThrow(/empty/);
    expect(() => assertSendable({ ...emptyWeeklyContent(), waitingOn: [{ ...waiting, fromText: ' ' }] }, today)).toThrow(
      /from whom/,
    );
    expect(() => assertSendable({ ...emptyWeeklyContent(), waitingOn: [{ ...waiting, what: '' }] }, today)).toThrow(/what/);
    expect(() => assertSendable({ ...emptyWeeklyContent(), waitingOn: [{ ...waiting, since: '2026-12-01' }] }, today)).toThrow(
      /future/,
    );
    expect(() => assertSendable({ ...emptyWeeklyContent(), waitingOn: [waiting] }, today)).not.toThrow();
  });

  it('the text says how long an item has waited, and who it is from', () => {
    expect(daysBetween('2026-11-08', today)).toBe(12);
    expect(waitingAge(12)).toBe('waiting 12 days');
    const text = weeklyText(
      {
        ...emptyWeeklyContent(),
        progress: ['Shipped the importer'],
        waitingOn: [waiting, { ...waiting, fromPersonId: 'p1', fromText: null, chased: false }],
        asks: [{ id: null, text: 'Can you escalate the keys?', escalation: true }],
        objectives: [{ objectiveId: null, title: 'Q4 migration', state: 'at_risk', dueDate: '2026-12-15', note: '' }],
      },
      { monday: '2026-11-16', today, nameOf: () => 'Aisha Khan' },
    );
    expect(text).toContain('week 47 (16–22 Nov 2026)');
    expect(text).toContain('- API keys — from Platform team, since 2026-11-08 (waiting 12 days); chased');
    expect(text).toContain('from Aisha Khan');
    expect(text).toContain('[Escalation] Can you escalate the keys?');
    expect(text).toContain('[At risk] Q4 migration (due 2026-12-15)');
  });
});
