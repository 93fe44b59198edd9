import type { TeamWeekResponse } from '../../common/api/weekly';
import { parseContent } from '../commands/support/weekly';
import type { Db } from '../db/database';
import { escalationsTo, teamWeekRows } from '../db/repositories/weekly.repository';
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
  // Two statements, whatever the team's size: the rows, and the open escalations.
  const rows = await teamWeekRows(db, opts.managerId, localDate(opts.now, opts.zone), week);
  const escalations = rows.length ? await escalationsTo(db, opts.managerId) : [];
  let sent = 0;
  const reports = rows.map((r) => {
    const c = r.content ? parseContent(r.content) : null;
    if (r.update_id) sent++;
    return {
      person: { id: r.id, name: r.name },
      updateId: r.update_id,
      state: r.update_id ? ('sent' as const) : ('missing' as const),
      version: r.version ?? 0,
      sentAt: r.sent_at,
      readAt: r.read_at,
      acknowledgedAt: r.acknowledged_at,
      openEscalations: escalations
        .filter((e) => e.author_id === r.id)
        .map((e) => ({ id: e.id, text: e.text, updateId: e.update_id, week: e.week_of })),
      objectivesAtRisk: c ? c.objectives.filter((o) => o.state === 'at_risk').map((o) => o.title) : [],
      openWaiting: Number(r.open_waiting ?? 0),
      progress: c ? c.progress.slice(0, 5) : [],
    };
  });
  return { week, weekName: weekName(week), weekRange: weekRange(week), sent, reports };
}

export const getTeamWeek = (db: Db, opts: { actor: Actor; week?: string; now: Date }) =>
  teamWeekOf(db, { managerId: opts.actor.personId, zone: opts.actor.timeZone, week: opts.week, now: opts.now });
