import { DateTime } from 'luxon';

/**
 * The instant `n` working days after `from`, at the same local wall-clock time, in `zone` and
 * the organisation's working week (ISO weekdays, 1 = Monday). Non-working days are skipped; a
 * daylight-saving change does not move the local time. Started on a non-working day, the count
 * begins at the next working day's start of business (09:00).
 */
export function addWorkingDays(from: Date, n: number, zone: string, workingDays: readonly number[]): Date {
  if (workingDays.length === 0) throw new Error('the working week has no working days');
  let t = DateTime.fromJSDate(from, { zone });
  if (!workingDays.includes(t.weekday)) {
    do t = t.plus({ days: 1 });
    while (!workingDays.includes(t.weekday));
    t = t.set({ hour: 9, minute: 0, second: 0, millisecond: 0 });
  }
  let left = n;
  while (left > 0) {
    t = t.plus({ days: 1 });
    if (workingDays.includes(t.weekday)) left--;
  }
  return t.toJSDate();
}
