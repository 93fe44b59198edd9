import { insertComment } from '../db/repositories/weekly.repository';
import { iso } from '../domain/dates';
import { notFound } from '../domain/errors';
import { newId } from '../domain/ids';
import { weekName } from '../domain/weekly';
import type { Actor } from '../policies/actor';
import { canCommentWeeklyUpdate } from '../policies/weekly.policy';
import type { CommandContext } from './context';
import { addNotice, loadUpdateFor, subjectOf } from './support/weekly';

/** Either side comments on a sent update; the other side gets a notice. */
export async function commentWeeklyUpdate(
  ctx: CommandContext,
  opts: { actor: Actor; updateId: string; text: string; now: Date },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadUpdateFor(trx, opts.actor, opts.updateId);
    if (!canCommentWeeklyUpdate(opts.actor, subjectOf(row))) throw notFound('This weekly update');
    const at = iso(opts.now);
    await insertComment(trx, {
      id: newId(),
      org_id: row.org_id,
      update_id: row.id,
      author_id: opts.actor.personId,
      text: opts.text.trim(),
      created_at: at,
    });
    const other = opts.actor.personId === row.author_id ? row.manager_id : row.author_id;
    if (other)
      await addNotice(trx, {
        org_id: row.org_id,
        person_id: other,
        kind: 'commented',
        update_id: row.id,
        week_of: row.week_of,
        text: `${opts.actor.name} commented on the weekly update for week ${weekName(row.week_of).slice(6)}.`,
        created_at: at,
      });
  });
}
