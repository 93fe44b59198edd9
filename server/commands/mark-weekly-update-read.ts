import { updateUpdate } from '../db/repositories/weekly.repository';
import { iso } from '../domain/dates';
import type { Actor } from '../policies/actor';
import { isWeeklyManager } from '../policies/weekly.policy';
import type { CommandContext } from './context';
import { loadUpdateFor, subjectOf } from './support/weekly';

/** Records when the manager first opened the update (the author sees it); the author's own reads count for nothing. */
export async function markWeeklyUpdateRead(ctx: CommandContext, opts: { actor: Actor; updateId: string; now: Date }) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadUpdateFor(trx, opts.actor, opts.updateId);
    if (!isWeeklyManager(opts.actor, subjectOf(row)) || row.read_at) return;
    await updateUpdate(trx, row.id, row.lock, { read_at: iso(opts.now) }); // losing a race to a new version is fine
  });
}
