import { DateTime } from 'luxon';
import type { Db } from '../db/database';
import { findMeetingByOccurrence, findSeriesByPair, insertPoints, maxPosition } from '../db/repositories/meetings.repository';
import {
  type ReminderCandidate,
  dueDigests,
  dueEscalations,
  dueReminders,
  findAsk,
  findUpdate,
  insertNotices,
  moveReminders,
  setDigestDue,
  unscheduledPeople,
  updateAsk,
  upcomingMeetingsOfSeries,
  sentPairs,
} from '../db/repositories/weekly.repository';
import { iso } from '../domain/dates';
import { DomainError, conflict } from '../domain/errors';
import { newId } from '../domain/ids';
import { nextOccurrences } from '../domain/meetings/cadence';
import type { OrganisationSettings } from '../domain/organisation';
import { nextDigestAt, nextReminderAt, plusWeeks, sameLocalDay, weekName, weekOf, weekRange } from '../domain/weekly';
import { weeklyDigestMail, weeklyReminderMail } from '../emails/weekly-templates';
import { scheduleOf, settingsOf, subjectOf as seriesSubjectOf } from '../queries/meeting-access';
import { teamWeekOf } from '../queries/get-team-week';
import type { CommandContext } from './context';
import { materialise } from './support/meetings';
import { queueMails, updateUrl } from './support/weekly';

/** How long before a 1:1 an unanswered escalation is put on its agenda. */
export const ESCALATION_LEAD_MS = 24 * 3_600_000;
const DAY_MS = 86_400_000;

const validZone = (zone: string) => (DateTime.local().setZone(zone).isValid ? zone : 'UTC');

function settingsCache(db: Db) {
  const cache = new Map<string, Promise<OrganisationSettings>>();
  return (orgId: string) => {
    const hit = cache.get(orgId);
    if (hit) return hit;
    const s = settingsOf(db, orgId);
    cache.set(orgId, s);
    return s;
  };
}

/**
 * The weekly reminder sweep over people.next_weekly_reminder_at (indexed). Per batch: one read
 * of who is due (with preferences), one read of who already sent, then one transaction that moves
 * each group of reminders to its next instant only where it still holds the old one (the version
 * check: a second sweeper running at the same time moves nothing and sends nothing) and queues the
 * mails and in-app notices of exactly the rows it moved. A reminder is sent once, on its own local
 * day, never on a day off and never when that week's update is already sent.
 */
export async function sweepWeeklyReminders(
  ctx: CommandContext,
  opts: { now: Date; batch?: number },
): Promise<{ scheduled: number; reminded: number; skipped: number }> {
  const batch = opts.batch ?? 2000;
  const settings = settingsCache(ctx.db);
  const counts = { scheduled: 0, reminded: 0, skipped: 0 };
  const prefsOf = async (p: ReminderCandidate) => {
    const s = await settings(p.org_id);
    return {
      prefs: { weekday: p.weekday ?? s.weeklyUpdate.weekday, hour: p.hour ?? s.weeklyUpdate.hour },
      workingDays: s.workingDays,
      zone: validZone(p.time_zone),
    };
  };
  // Most people share a zone, a preference and a due instant: compute each schedule once per sweep.
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, f: () => T): T => {
    if (memo.has(key)) return memo.get(key) as T;
    const v = f();
    memo.set(key, v);
    return v;
  };
  const keyOf = (p: ReminderCandidate, org: Awaited<ReturnType<typeof prefsOf>>) =>
    `${p.org_id}|${p.time_zone}|${org.prefs.weekday}|${org.prefs.hour}|${p.next_weekly_reminder_at}|${p.status}`;

  // New people get their first reminder (no mail: scheduling only).
  for (;;) {
    const fresh = await unscheduledPeople(ctx.db, batch);
    if (fresh.length === 0) break;
    const groups = new Map<string, string[]>();
    for (const p of fresh) {
      const o = await prefsOf(p);
      const at = once(`new|${keyOf(p, o)}`, () => iso(nextReminderAt(opts.now, o.prefs, o.zone, o.workingDays)));
      groups.set(at, [...(groups.get(at) ?? []), p.id]);
    }
    const before = counts.scheduled;
    await ctx.db.transaction().execute(async (trx) => {
      for (const [at, ids] of groups) counts.scheduled += (await moveReminders(trx, ids, null, at)).length;
    });
    if (fresh.length < batch || counts.scheduled === before) break;
  }

  const nowIso = iso(opts.now);
  for (;;) {
    const due = await dueReminders(ctx.db, nowIso, batch);
    if (due.length === 0) break;
    const plans: Array<{ p: ReminderCandidate; week: string; next: string | null; onTime: boolean }> = [];
    for (const p of due) {
      const o = await prefsOf(p);
      const plan = once(keyOf(p, o), () => {
        const dueAt = new Date(p.next_weekly_reminder_at as string);
        const week = weekOf(dueAt, o.zone);
        const next =
          p.status === 'active' ? iso(nextReminderAt(opts.now > dueAt ? opts.now : dueAt, o.prefs, o.zone, o.workingDays)) : null;
        // Late (the process was down past that day): drop it rather than remind on another day.
        const onTime = p.status === 'active' && sameLocalDay(dueAt, opts.now, o.zone);
        return { week, next, onTime };
      });
      plans.push({ p, ...plan });
    }
    const sent = await sentPairs(
      ctx.db,
      plans.filter((x) => x.onTime).map((x) => x.p.id),
      [...new Set(plans.map((x) => x.week))],
    );
    const groups = new Map<string, typeof plans>();
    for (const x of plans) {
      const key = `${x.p.next_weekly_reminder_at}|${x.next}`;
      groups.set(key, [...(groups.get(key) ?? []), x]);
    }
    let sentMail = false;
    await ctx.db.transaction().execute(async (trx) => {
      const toSend: typeof plans = [];
      for (const group of groups.values()) {
        const { p, next } = group[0];
        const moved = new Set(
          await moveReminders(
            trx,
            group.map((x) => x.p.id),
            p.next_weekly_reminder_at,
            next,
          ),
        );
        for (const x of group) {
          if (!moved.has(x.p.id)) continue; // another sweeper got there first
          if (x.onTime && !sent.has(`${x.p.id}|${x.week}`)) toSend.push(x);
          else counts.skipped++;
        }
      }
      const week = (w: string) => `week ${weekName(w).slice(6)} (${weekRange(w)})`;
      await queueMails(
        trx,
        ctx.smtpConfigured,
        opts.now,
        toSend.map((x) => ({
          orgId: x.p.org_id,
          to: x.p.email,
          content: weeklyReminderMail({ name: x.p.name, week: week(x.week), url: `${ctx.publicUrl}/weekly?week=${x.week}` }),
        })),
      );
      await insertNotices(
        trx,
        toSend.map((x) => ({
          id: newId(),
          org_id: x.p.org_id,
          person_id: x.p.id,
          kind: 'reminder' as const,
          update_id: null,
          week_of: x.week,
          text: `It is time for your weekly update for ${week(x.week)}.`,
          created_at: nowIso,
          read_at: null,
        })),
      );
      counts.reminded += toSend.length;
      sentMail = toSend.length > 0;
    });
    if (sentMail) ctx.onMailQueued?.();
    if (due.length < batch) break;
  }
  return counts;
}

/**
 * Escalations the manager has not answered go on the agenda of the pair's next 1:1, as a talking
 * point by the author with a link back to the update, once the meeting is within a day (or under
 * way). Each ask is its own transaction with a version check, so it is added once.
 */
export async function sweepWeeklyEscalations(ctx: CommandContext, opts: { now: Date; batch?: number }): Promise<number> {
  let added = 0;
  const due = await dueEscalations(ctx.db, iso(opts.now), opts.batch ?? 200);
  for (const { id } of due) {
    try {
      await ctx.db.transaction().execute(async (trx) => {
        const ask = await findAsk(trx, id);
        if (!ask || ask.next_agenda_check_at === null || ask.next_agenda_check_at > iso(opts.now)) return;
        const at = iso(opts.now);
        const clear = () => updateAsk(trx, ask.id, ask.lock, { next_agenda_check_at: null, updated_at: at });
        if (ask.answered_at || ask.withdrawn_at || ask.escalation !== 1 || ask.agenda_point_id) return void (await clear());
        const series = await findSeriesByPair(trx, ask.manager_id, ask.author_id);
        const later = (ms: number) =>
          updateAsk(trx, ask.id, ask.lock, { next_agenda_check_at: iso(new Date(opts.now.getTime() + ms)), updated_at: at });
        if (!series) return void (await later(DAY_MS)); // no 1:1 series yet: look again tomorrow
        if (!(await seriesSubjectOf(trx, series, opts.now)).active) return void (await clear());
        const schedule = scheduleOf(series);
        // The next 1:1: a stored meeting still open (possibly under way), or the next scheduled date.
        const since = iso(new Date(opts.now.getTime() - series.duration_minutes * 60_000));
        const stored = (await upcomingMeetingsOfSeries(trx, series.id, since))[0];
        let next: { startsAt: string; date: string | null; id: string | null } | null = stored
          ? { startsAt: stored.starts_at, date: stored.occurrence_date, id: stored.id }
          : null;
        for (const o of nextOccurrences(schedule, since, 4)) {
          if (next && next.startsAt <= o.startsAt) break;
          const row = await findMeetingByOccurrence(trx, series.id, o.date);
          if (row && row.status !== 'scheduled') continue; // closed or skipped
          next = { startsAt: o.startsAt, date: o.date, id: row?.id ?? null };
          break;
        }
        if (!next) return void (await later(DAY_MS));
        const startsIn = new Date(next.startsAt).getTime() - opts.now.getTime();
        if (startsIn > ESCALATION_LEAD_MS) {
          await updateAsk(trx, ask.id, ask.lock, {
            next_agenda_check_at: iso(new Date(new Date(next.startsAt).getTime() - ESCALATION_LEAD_MS)),
            updated_at: at,
          });
          return;
        }
        const meetingId = next.id ?? (await materialise(trx, series, schedule, next.date as string, opts.now)).id;
        const update = await findUpdate(trx, ask.update_id);
        const pointId = newId();
        const ok = await updateAsk(trx, ask.id, ask.lock, {
          agenda_point_id: pointId,
          agenda_meeting_id: meetingId,
          next_agenda_check_at: null,
          updated_at: at,
        });
        if (!ok) throw conflict('lost a race'); // rolled back: the other sweeper added it
        const week = update ? `week ${weekName(update.week_of).slice(6)}` : 'a weekly update';
        await insertPoints(trx, [
          {
            id: pointId,
            org_id: ask.org_id,
            meeting_id: meetingId,
            author_id: ask.author_id,
            text: `Escalation from my weekly update (${week}), not answered yet: ${ask.text}\n${updateUrl(ctx.publicUrl, ask.update_id)}`,
            off_record: 0,
            discussed: 0,
            position: (await maxPosition(trx, meetingId)) + 1,
            notes: '',
            notes_version: 0,
            carried_from: null,
            created_at: at,
            updated_at: at,
          },
        ]);
        added++;
      });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
    }
  }
  return added;
}

/** The optional digest to managers, on the first working day of the week after, at 09:00 their time. */
export async function sweepWeeklyDigests(ctx: CommandContext, opts: { now: Date; batch?: number }): Promise<number> {
  let sent = 0;
  const settings = settingsCache(ctx.db);
  for (const d of await dueDigests(ctx.db, iso(opts.now), opts.batch ?? 200)) {
    const zone = validZone(d.time_zone);
    const s = await settings(d.org_id);
    const dueAt = new Date(d.next_digest_at as string);
    const next = d.status === 'active' ? iso(nextDigestAt(opts.now > dueAt ? opts.now : dueAt, zone, s.workingDays)) : null;
    const week = plusWeeks(weekOf(dueAt, zone), -1);
    const team = await teamWeekOf(ctx.db, { managerId: d.person_id, zone, week, now: opts.now });
    const queued = await ctx.db.transaction().execute(async (trx) => {
      if (!(await setDigestDue(trx, d.person_id, d.next_digest_at, next))) return false;
      if (d.status !== 'active' || team.reports.length === 0 || !sameLocalDay(dueAt, opts.now, zone)) return false;
      const lines = team.reports.map((r) => {
        const parts = [r.state === 'sent' ? `sent${r.version > 1 ? ` (version ${r.version})` : ''}` : 'not sent'];
        if (r.openEscalations.length) parts.push(`${r.openEscalations.length} open escalation(s)`);
        if (r.objectivesAtRisk.length) parts.push(`at risk: ${r.objectivesAtRisk.join(', ')}`);
        return `- ${r.person.name}: ${parts.join('; ')}`;
      });
      const label = `week ${weekName(week).slice(6)} (${weekRange(week)})`;
      await queueMails(trx, ctx.smtpConfigured, opts.now, [
        {
          orgId: d.org_id,
          to: d.email,
          content: weeklyDigestMail({
            manager: d.name,
            week: label,
            summary: [`${team.sent} of ${team.reports.length} sent.`, ...lines].join('\n'),
            url: `${ctx.publicUrl}/weekly/team?week=${week}`,
          }),
        },
      ]);
      return true;
    });
    if (queued) sent++;
  }
  if (sent) ctx.onMailQueued?.();
  return sent;
}

/** Everything weekly the sweeper does in one tick. */
export async function sweepWeekly(ctx: CommandContext, opts: { now: Date }) {
  const reminders = await sweepWeeklyReminders(ctx, opts);
  const escalations = await sweepWeeklyEscalations(ctx, opts);
  const digests = await sweepWeeklyDigests(ctx, opts);
  return { weeklyReminders: reminders.reminded, weeklyEscalations: escalations, weeklyDigests: digests };
}
