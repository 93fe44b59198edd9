import { DateTime } from 'luxon';

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? now.toISOString().slice(0, 10);
}

export const iso = (d: Date): string => d.toISOString();

export const addMs = (d: Date, ms: number): Date => new Date(d.getTime() + ms);

/** "Fri 20 Nov 2026" in the reader's zone. */
export const formatDay = (instant: string, zone: string): string =>
  DateTime.fromISO(instant, { zone }).toFormat('ccc d LLL yyyy');

/** "Fri 27 Nov 2026, 10:00 Europe/London": a deadline as the reader lives it. */
export const formatInstant = (instant: string, zone: string): string =>
  `${DateTime.fromISO(instant, { zone }).toFormat('ccc d LLL yyyy, HH:mm')} ${zone}`;
