import type { MyActionsResponse } from '../../common/api/meetings';
import type { Db } from '../db/database';
import { actionsOwnedBy, pairsInForce, seriesOfPerson } from '../db/repositories/meetings.repository';
import { localDate } from '../domain/dates';
import type { Actor } from '../policies/actor';
import { actionView } from './meeting-views';

/** "My actions": every action item the actor owns, in series they take part in; overdue ones flagged. */
export async function listMyActions(db: Db, opts: { actor: Actor; now: Date }): Promise<MyActionsResponse> {
  const { actor, now } = opts;
  const today = localDate(now, actor.timeZone);
  const [actions, series] = await Promise.all([actionsOwnedBy(db, actor.personId), seriesOfPerson(db, actor.personId)]);
  const otherOf = new Map(
    series.map((s) => [
      s.id,
      s.manager_id === actor.personId ? { id: s.report_id, name: s.report_name } : { id: s.manager_id, name: s.manager_name },
    ]),
  );
  const pairs = await pairsInForce(db, [...new Set(series.map((s) => s.report_id))], today);
  const active = new Set(series.filter((s) => pairs.has(`${s.manager_id}|${s.report_id}`)).map((s) => s.id));
  const rank = { open: 0, done: 1, dropped: 2 } as const;
  return {
    actions: actions
      .filter((a) => otherOf.has(a.series_id))
      .map((a) => ({
        ...actionView(a, today, false),
        other: otherOf.get(a.series_id) as { id: string; name: string },
        seriesActive: active.has(a.series_id),
      }))
      .sort(
        (a, b) =>
          rank[a.state] - rank[b.state] ||
          Number(b.overdue) - Number(a.overdue) ||
          (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
      ),
  };
}
