import { DateTime } from 'luxon';
import {
  OBJECTIVE_STATE_LABEL,
  WEEKLY_LIMITS,
  type WeeklyContentInput,
  type WeeklyPreferencesInput,
} from '../../common/api/weekly';
import type { Issue } from './errors';
import { DomainError } from './errors';

// Weekly updates: a person's short Friday note to their manager. A week is the ISO week (Monday to
// Sunday) in the author's own time zone, named by its Monday (YYYY-MM-DD). The reminder falls on
// the person's chosen weekday and local hour; a non-working day of the organisation moves it to the
// nearest earlier working day of the same week (never into the next week, so it cannot double).

export const DEFAULT_WEEKLY_PREFS: WeeklyPreferencesInput = { weekday: 5, hour: 15, digest: false };

/** An update may be written for the current week and up to this many weeks back, never ahead. */
export const MAX_PAST_WEEKS = 8;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The Monday (YYYY-MM-DD) of the ISO week that contains `now` in `zone`. */
export function weekOf(now: Date, zone: string): string {
  return DateTime.fromJSDate(now, { zone }).startOf('week').toISODate() as string;
}

/** "2026-W47": the ISO week name of a week's Monday. */
export function weekName(monday: string): string {
  return DateTime.fromISO(monday, { zone: 'UTC' }).toFormat("kkkk-'W'WW");
}

/** "16–22 Nov 2026": the week as a person reads it. */
export function weekRange(monday: string): string {
  const a = DateTime.fromISO(monday, { zone: 'UTC' });
  const b = a.plus({ days: 6 });
  return a.month === b.month
    ? `${a.toFormat('d')}–${b.toFormat('d LLL yyyy')}`
    : `${a.toFormat('d LLL')} – ${b.toFormat('d LLL yyyy')}`;
}

export const isMonday = (s: string): boolean => {
  if (!DAY.test(s)) return false;
  const d = DateTime.fromISO(s, { zone: 'UTC' });
  return d.isValid && d.weekday === 1;
};

/** Adds whole weeks to a week's Monday. */
export const plusWeeks = (monday: string, n: number): string =>
  DateTime.fromISO(monday, { zone: 'UTC' }).plus({ weeks: n }).toISODate() as string;

/**
 * The local date of the week's reminder: the chosen weekday, or the nearest earlier working day of
 * the same week when it is a day off (the nearest later one if no earlier day works).
 */
export function reminderDate(monday: string, weekday: number, workingDays: readonly number[]): string | null {
  const start = DateTime.fromISO(monday, { zone: 'UTC' });
  const order = [
    ...Array.from({ length: weekday }, (_, i) => weekday - i),
    ...Array.from({ length: 7 - weekday }, (_, i) => weekday + 1 + i),
  ];
  const day = order.find((d) => workingDays.includes(d));
  return day === undefined ? null : (start.plus({ days: day - 1 }).toISODate() as string);
}

/**
 * The reminder instant of one week: the local hour on the reminder date, in the person's zone. An
 * hour that does not exist on a spring-forward day moves forward by the gap; an hour that occurs
 * twice on a fall-back day is the first one (luxon's rule), so it is one instant either way.
 */
export function reminderAt(
  monday: string,
  prefs: Pick<WeeklyPreferencesInput, 'weekday' | 'hour'>,
  zone: string,
  workingDays: readonly number[],
): Date | null {
  const date = reminderDate(monday, prefs.weekday, workingDays);
  if (!date) return null;
  const d = DateTime.fromISO(date, { zone: 'UTC' });
  return DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: prefs.hour }, { zone }).toJSDate();
}

/**
 * The first reminder strictly after `after`: computed from week identities, never by adding hours,
 * so a daylight-saving change neither moves the local time nor yields two reminders in a week.
 */
export function nextReminderAt(
  after: Date,
  prefs: Pick<WeeklyPreferencesInput, 'weekday' | 'hour'>,
  zone: string,
  workingDays: readonly number[],
): Date {
  if (workingDays.length === 0) throw new Error('the working week has no working days');
  const monday = weekOf(after, zone);
  for (let i = 0; i < 3; i++) {
    const at = reminderAt(plusWeeks(monday, i), prefs, zone, workingDays);
    if (at && at.getTime() > after.getTime()) return at;
  }
  throw new Error('no reminder within three weeks');
}

/** The manager's digest: the first working day of the week after, at 09:00 in their zone. */
export function nextDigestAt(after: Date, zone: string, workingDays: readonly number[]): Date {
  const monday = weekOf(after, zone);
  for (let i = 0; i < 3; i++) {
    const date = reminderDate(plusWeeks(monday, i), 1, workingDays);
    if (!date) continue;
    const d = DateTime.fromISO(date, { zone: 'UTC' });
    const at = DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: 9 }, { zone }).toJSDate();
    if (at.getTime() > after.getTime()) return at;
  }
  throw new Error('no digest within three weeks');
}

/** A reminder that came due is sent only on its own local day (a sweep that ran late stays silent). */
export const sameLocalDay = (a: Date, b: Date, zone: string): boolean =>
  DateTime.fromJSDate(a, { zone }).toISODate() === DateTime.fromJSDate(b, { zone }).toISODate();

export function invalidWeekly(message: string, issues?: Issue[]): DomainError {
  return new DomainError('invalid', message, 400, issues ? { issues } : undefined);
}

/** Refuses a week that is not a Monday, is in the future, or is more than MAX_PAST_WEEKS back. */
export function assertWritableWeek(monday: string, now: Date, zone: string): void {
  if (!isMonday(monday))
    throw invalidWeekly('week: must be the Monday of a week, as YYYY-MM-DD.', [{ path: 'week', message: 'must be a Monday' }]);
  const current = weekOf(now, zone);
  if (monday > current)
    throw invalidWeekly(
      `week: ${monday} is in the future; you can write this week's update (week of ${current}) or an earlier one.`,
      [{ path: 'week', message: 'is in the future' }],
    );
  if (monday < plusWeeks(current, -MAX_PAST_WEEKS))
    throw invalidWeekly(`week: ${monday} is more than ${MAX_PAST_WEEKS} weeks ago; updates are for recent weeks only.`, [
      { path: 'week', message: `is more than ${MAX_PAST_WEEKS} weeks ago` },
    ]);
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/**
 * The rules a sendable update follows beyond its shape: something to say, every waiting-on item
 * says what and from whom, dates not in the future. Throws a 400 listing every problem.
 */
export function assertSendable(c: WeeklyContentInput, today: string): void {
  const issues: Issue[] = [];
  const progress = c.progress.filter((p) => !blank(p));
  const asks = c.asks.filter((a) => !blank(a.text));
  if (progress.length === 0 && c.waitingOn.length === 0 && asks.length === 0 && blank(c.notes))
    issues.push({ path: 'content', message: 'the update is empty: add a line of progress, a waiting-on item or an ask' });
  c.waitingOn.forEach((w, i) => {
    if (blank(w.what)) issues.push({ path: `waitingOn.${i}.what`, message: 'say what you are waiting for' });
    if (!w.fromPersonId && blank(w.fromText))
      issues.push({ path: `waitingOn.${i}.from`, message: 'say from whom: a person, a team or a supplier' });
    if (w.since > today) issues.push({ path: `waitingOn.${i}.since`, message: 'cannot be in the future' });
  });
  c.objectives.forEach((o, i) => {
    if (blank(o.title)) issues.push({ path: `objectives.${i}.title`, message: 'an objective needs a title' });
  });
  if (issues.length)
    throw invalidWeekly(`Please fix: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`.slice(0, 1000), issues);
}

/** Drops blank lines and trims, so what is sent (and hashed) is what was meant. */
export function normaliseContent(c: WeeklyContentInput): WeeklyContentInput {
  return {
    progress: c.progress.map((p) => p.trim()).filter(Boolean),
    waitingOn: c.waitingOn.map((w) => ({
      ...w,
      what: w.what.trim(),
      fromText: w.fromPersonId ? null : (w.fromText?.trim() ?? null),
    })),
    asks: c.asks.map((a) => ({ ...a, text: a.text.trim() })).filter((a) => a.text),
    objectives: c.objectives.map((o) => ({ ...o, title: o.title.trim(), note: o.note.trim() })),
    notes: c.notes.trim(),
  };
}

/** Whole days between two local dates ("waiting 12 days"). */
export function daysBetween(from: string, to: string): number {
  return Math.max(
    0,
    Math.round(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days),
  );
}

export const waitingAge = (days: number): string =>
  days === 0 ? 'since today' : days === 1 ? 'waiting 1 day' : `waiting ${days} days`;

/**
 * The update as plain text: what the record holds (hashed) and what the mail carries, so a
 * manager can read it in the mail itself.
 */
export function weeklyText(
  c: WeeklyContentInput,
  opts: { monday: string; today: string; nameOf: (id: string) => string },
): string {
  const out: string[] = [`Weekly update, week ${weekName(opts.monday).slice(6)} (${weekRange(opts.monday)})`];
  if (c.progress.length) out.push('', 'Progress', ...c.progress.map((p) => `- ${p}`));
  if (c.waitingOn.length) {
    out.push('', 'Waiting on');
    for (const w of c.waitingOn) {
      const from = w.fromPersonId ? opts.nameOf(w.fromPersonId) : (w.fromText ?? '');
      out.push(
        `- ${w.what} — from ${from}, since ${w.since} (${waitingAge(daysBetween(w.since, opts.today))}); ${w.chased ? 'chased' : 'not chased yet'}`,
      );
    }
  }
  if (c.asks.length)
    out.push('', 'Asks and escalations', ...c.asks.map((a) => `- ${a.escalation ? '[Escalation] ' : ''}${a.text}`));
  if (c.objectives.length) {
    out.push('', 'Objectives');
    for (const o of c.objectives)
      out.push(
        `- [${OBJECTIVE_STATE_LABEL[o.state]}] ${o.title}${o.dueDate ? ` (due ${o.dueDate})` : ''}${o.note ? ` — ${o.note}` : ''}`,
      );
  }
  if (c.notes) out.push('', 'Notes', c.notes);
  return out.join('\n');
}

/** Limits, re-exported for the server's messages. */
export { WEEKLY_LIMITS };
