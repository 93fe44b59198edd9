import { DateTime } from 'luxon';

const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

/**
 * The calendar date (YYYY-MM-DD) of an instant in a time zone (UTC's for an unknown zone). One
 * cached formatter per zone: this runs on every signed-in request.
 */
export function localDate(now: Date, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      f = null;
    }
    if (dayFormats.size < 1000) dayFormats.set(timeZone, f);
  }
  const day = f?.format(now);
  // Years outside 1000–9999 (not a real meeting, but never a wrong answer) go through Luxon.
  if (day?.length === 10) return day;
  return DateTime.fromJSDate(now, { zone: f ? timeZone : 'UTC' }).toISODate() ?? now.toISOString().slice(0, 10);
}

export const iso = (d: Date): string => d.toISOString();

export const addMs = (d: Date, ms: number): Date => new Date(d.getTime() + ms);

/** "Fri 20 Nov 2026" in the reader's zone. */
export const formatDay = (instant: string, zone: string): string =>
  DateTime.fromISO(instant, { zone }).toFormat('ccc d LLL yyyy');

/** "Fri 27 Nov 2026, 10:00 Europe/London": a deadline as the reader lives it. */
export const formatInstant = (instant: string, zone: string): string =>
  `${DateTime.fromISO(instant, { zone }).toFormat('ccc d LLL yyyy, HH:mm')} ${zone}`;
