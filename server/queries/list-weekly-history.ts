import type { HistoryResponse } from '../../common/api/weekly';
import { parseContent } from '../commands/support/weekly';
import type { Db } from '../db/database';
import { findPersonById } from '../db/repositories/people.repository';
import { managerOn, updatesOfAuthor } from '../db/repositories/weekly.repository';
import { localDate } from '../domain/dates';
import { notFound } from '../domain/errors';
import { plusWeeks, weekName, weekOf, weekRange } from '../domain/weekly';
import type { Actor } from '../policies/actor';
import { canReadWeeklyHistory } from '../policies/weekly.policy';

const CHART_WEEKS = 12;

/**
 * A person's past updates, newest first, searchable by text, with the last weeks as sent / missed
 * for the chart. The person sees all of theirs (drafts too); their manager sees what was sent to them.
 */
export async function listWeeklyHistory(
  db: Db,
  opts: { actor: Actor; personId: string; query: string; now: Date },
): Promise<HistoryResponse> {
  const { actor, now } = opts;
  const person = await findPersonById(db, opts.personId);
  if (!person) throw notFound('This person');
  const today = localDate(now, person.time_zone);
  const manager = await managerOn(db, person.id, today);
  if (!canReadWeeklyHistory(actor, { orgId: person.org_id, personId: person.id, managerId: manager?.id ?? null }))
    throw notFound('This person');
  const self = actor.personId === person.id;
  const filter = { authorId: person.id, managerId: self ? undefined : actor.personId, sentOnly: !self };
  const query = opts.query.trim();
  const [rows, recent] = await Promise.all([
    updatesOfAuthor(db, { ...filter, query: query || undefined, limit: 100 }),
    updatesOfAuthor(db, { ...filter, limit: CHART_WEEKS + 1 }),
  ]);
  const current = weekOf(now, person.time_zone);
  const sent = new Set(recent.filter((r) => r.state === 'sent').map((r) => r.week_of));
  const weeks = Array.from({ length: CHART_WEEKS }, (_, i) => plusWeeks(current, i - CHART_WEEKS + 1)).map((w) => ({
    week: w,
    weekName: weekName(w),
    status: sent.has(w) ? ('sent' as const) : w === current ? ('current' as const) : ('missed' as const),
  }));
  let streak = 0;
  for (let i = weeks.length - 1; i >= 0; i--) {
    if (weeks[i].status === 'sent') streak++;
    else if (weeks[i].status !== 'current') break;
  }
  return {
    person: { id: person.id, name: person.name },
    query,
    items: rows.map((r) => {
      const c = parseContent(r.content);
      const excerpt = r.state === 'sent' ? r.text.split('\n').slice(1).join(' ').trim() : c.progress.join(' · ');
      return {
        id: r.id,
        week: r.week_of,
        weekName: weekName(r.week_of),
        weekRange: weekRange(r.week_of),
        state: r.state,
        version: r.version,
        sentAt: r.sent_at,
        acknowledgedAt: r.acknowledged_at,
        excerpt: excerpt.slice(0, 240),
      };
    }),
    weeks,
    streak,
  };
}
