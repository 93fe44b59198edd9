import { findWaiting, updateWaiting } from '../db/repositories/weekly.repository';
import { iso } from '../domain/dates';
import { notFound } from '../domain/errors';
import type { Actor } from '../policies/actor';
import type { CommandContext } from './context';

/** The author closes a waiting-on item (it arrived, or it no longer matters); idempotent. */
export async function closeWaitingItem(ctx: CommandContext, opts: { actor: Actor; itemId: string; now: Date }) {
  await ctx.db.transaction().execute(async (trx) => {
    const item = await findWaiting(trx, opts.itemId);
    if (!item || item.author_id !== opts.actor.personId || item.org_id !== opts.actor.orgId)
      throw notFound('This waiting-on item');
    if (item.closed_at) return;
    await updateWaiting(trx, item.id, { closed_at: iso(opts.now), updated_at: iso(opts.now) });
  });
}
