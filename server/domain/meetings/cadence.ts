import { DateTime } from 'luxon';
import { localDate } from '../dates';
import { invalid } from '../errors';

// A series meets on a cadence, at a local time in the organiser's time zone. Occurrences are
// computed, never stored up-front: a meeting row exists only once someone opens, moves, skips or
// closes an occurrence (or it is the next one). Local time is kept across DST: 09:00 Europe/London
// is 09:00 in both GMT and BST, so the UTC instant moves by an hour twice a year.

export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

export interface Schedule {
  cadence: Cadence;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Local time of day, HH:MM (24 h). */
  localTime: string;
  timeZone: string;
  durationMinutes: number;
  /** First date (YYYY-MM-DD) from which occurrences count; the first occurrence is on or after it. */
  startsOn: string;
}

export interface Occurrence {
  /** The scheduled local date (YYYY-MM-DD): the key of an occurrence, kept when a meeting is moved. */
  date: string;
  /** The start instant, ISO-8601 UTC. */
  startsAt: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function validateSchedule(s: Schedule): void {
  if (!CADENCES.includes(s.cadence)) throw invalid('cadence: must be weekly, biweekly or monthly.');
  if (!Number.isInteger(s.weekday) || s.weekday < 1 || s.weekday > 7) throw invalid('weekday: must be 1 (Monday) to 7 (Sunday).');
  if (!TIME.test(s.localTime)) throw invalid('localTime: must be a time as HH:MM, such as 09:30.');
  if (!DateTime.local().setZone(s.timeZone).isValid) throw invalid('timeZone: must be an IANA time zone such as Europe/London.');
  if (!Number.isInteger(s.durationMinutes) || s.durationMinutes < 5 || s.durationMinutes > 480)
    throw invalid('durationMinutes: must be between 5 and 480 minutes.');
  if (!DAY.test(s.startsOn) || !DateTime.fromISO(s.startsOn, { zone: 'UTC' }).isValid)
    throw invalid('startsOn: must be a date as YYYY-MM-DD.');
}

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });
const isoDay = (d: DateTime) => d.toISODate() as string;

/** The first date on or after `startsOn` that falls on the weekday. */
function firstDate(s: Schedule): DateTime {
  const start = day(s.startsOn);
  return start.plus({ days: (s.weekday - start.weekday + 7) % 7 });
}

/** Ordinal of the weekday within its month (1–4; a fifth counts as the fourth, so every month has one). */
const ordinalInMonth = (d: DateTime) => Math.min(4, Math.ceil(d.day / 7));

function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): DateTime {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone: 'UTC' });
  return first.plus({ days: ((weekday - first.weekday + 7) % 7) + (n - 1) * 7 });
}

/** The start instant of a meeting on a local date at the series' local time. */
export function startOf(s: Pick<Schedule, 'localTime' | 'timeZone'>, date: string): string {
  const [hour, minute] = s.localTime.split(':').map(Number);
  const d = day(date);
  // A local time that does not exist (inside a spring-forward gap) moves forward by the gap, as calendars do.
  const local = DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour, minute }, { zone: s.timeZone });
  return local.toJSDate().toISOString();
}

/** Scheduled dates from the series' start, in order, lazily. */
export function* occurrenceDates(s: Schedule): Generator<string> {
  const first = firstDate(s);
  if (s.cadence === 'monthly') {
    const n = ordinalInMonth(first);
    for (let i = 0; ; i++) {
      const m = first.startOf('month').plus({ months: i });
      const date = isoDay(nthWeekdayOfMonth(m.year, m.month, s.weekday, n));
      if (date >= s.startsOn) yield date;
    }
  }
  const step = s.cadence === 'weekly' ? 7 : 14;
  for (let i = 0; ; i++) yield isoDay(first.plus({ days: i * step }));
}

/** Whether `date` is one of the series' scheduled dates. */
export function isOccurrenceDate(s: Schedule, date: string): boolean {
  if (!DAY.test(date) || date < s.startsOn) return false;
  const d = day(date);
  if (!d.isValid || d.weekday !== s.weekday) return false;
  const first = firstDate(s);
  if (s.cadence === 'weekly') return true;
  if (s.cadence === 'biweekly') return Math.round(d.diff(first, 'days').days) % 14 === 0;
  return isoDay(nthWeekdayOfMonth(d.year, d.month, s.weekday, ordinalInMonth(first))) === date;
}

/**
 * Occurrences whose start is in [from, to) (ISO instants), at most `limit`. Starts from a date
 * close to `from` instead of walking the whole history.
 */
export function occurrencesBetween(s: Schedule, from: string, to: string, limit = 1000): Occurrence[] {
  const out: Occurrence[] = [];
  const fromDay = DateTime.fromISO(from, { zone: 'UTC' }).minus({ days: 2 });
  const first = firstDate(s);
  let gen: Iterable<string>;
  if (s.cadence === 'monthly' || fromDay <= first) gen = occurrenceDates(s);
  else {
    // Jump close to `from` on the weekly/biweekly grid.
    const step = s.cadence === 'weekly' ? 7 : 14;
    const k = Math.max(0, Math.floor(fromDay.diff(first, 'days').days / step) - 1);
    gen = occurrenceDates({ ...s, startsOn: isoDay(first.plus({ days: k * step })) });
  }
  for (const date of gen) {
    const startsAt = startOf(s, date);
    if (startsAt >= to || out.length >= limit) break;
    if (startsAt >= from) out.push({ date, startsAt });
    // Monthly series are walked from the start; stop after a far future (guard against bad input).
    if (date > '2999-12-31') break;
  }
  return out;
}

/** The next `count` occurrences starting at or after `from`. */
export function nextOccurrences(s: Schedule, from: string, count: number): Occurrence[] {
  const horizon = DateTime.fromISO(from, { zone: 'UTC' }).plus({ days: 32 * (count + 1) });
  return occurrencesBetween(s, from, horizon.toJSDate().toISOString(), count);
}

export const endOf = (startsAt: string, durationMinutes: number): string =>
  new Date(new Date(startsAt).getTime() + durationMinutes * 60_000).toISOString();

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export const todayIn = (timeZone: string, now: Date): string => localDate(now, timeZone);
