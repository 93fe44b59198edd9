import type { TeamWeekResponse } from '../../common/api/weekly';
import { parseContent } from '../commands/support/weekly';
import type { Db } from '../db/database';
import { reportsOn } from '../db/repositories/people.repository';
import { openEscalationsTo, openWaitingCounts, updatesOfWeek } from '../db/repositories/weekly.repository';
import { localDate } from '../domain/dates';
import { invalid } from '../domain/errors';
import { isMonday, weekName, weekOf, weekRange } from '../domain/weekly';
import type { Actor } from '../policies/actor';

/**
 * A manager's week: every current report, whether they sent their update (to this manager), open
 * escalations, objectives at risk. A report's draft is theirs alone: it shows as not sent.
 */
export async function teamWeekOf(
  db: Db,
  opts: { managerId: string; zone: string; week?: string; now: Date },
): Promise<TeamWeekResponse> {
  const week = opts.week ?? weekOf(opts.now, opts.zone);
  if (!isMonday(week)) throw invalid('week: must be the Monday of a week, as YYYY-MM-DD.');
  const reports = await reportsOn(db, opts.managerId, localDate(opts.now, opts.zone));
  const ids = reports.map((r) => r.id);
  const [updates, escalations, waiting] = await Promise.all([
    updatesOfWeek(db, ids, week),
    openEscalationsTo(db, opts.managerId, ids),
    openWaitingCounts(db, ids),
  ]);
  const mine = new Map(updates.filter((u) => u.state === 'sent' && u.manager_id === opts.managerId).map((u) => [u.author_id, u]));
  const rows = reports.map((r) => {
    const u = mine.get(r.id);
    const sent = u ? parseContent(u.content) : null;
    return {
      person: { id: r.id, name: r.name },
      updateId: u?.id ?? null,
      state: u ? ('sent' as const) : ('missing' as const),
      version: u?.version ?? 0,
      sentAt: u?.sent_at ?? null,
      readAt: u?.read_at ?? null,
      acknowledgedAt: u?.acknowledged_at ?? null,
      openEscalations: escalations
        .filter((e) => e.author_id === r.id)
        .map((e) => ({ id: e.id, text: e.text, updateId: e.update_id, week: e.week_of })),
      objectivesAtRisk: sent ? sent.objectives.filter((o) => o.state === 'at_risk').map((o) => o.title) : [],
      openWaiting: waiting.get(r.id) ?? 0,
      progress: sent ? sent.progress.slice(0, 5) : [],
    };
  });
  return { week, weekName: weekName(week), weekRange: weekRange(week), sent: mine.size, reports: rows };
}

export const getTeamWeek = (db: Db, opts: { actor: Actor; week?: string; now: Date }) =>
  teamWeekOf(db, { managerId: opts.actor.personId, zone: opts.actor.timeZone, week: opts.week, now: opts.now });
