import { updateUpdate } from '../db/repositories/weekly.repository';
import { iso } from '../domain/dates';
import { conflict, notFound } from '../domain/errors';
import { weekName } from '../domain/weekly';
import type { Actor } from '../policies/actor';
import { canAcknowledgeWeeklyUpdate } from '../policies/weekly.policy';
import type { CommandContext } from './context';
import { addNotice, loadUpdateFor, subjectOf } from './support/weekly';

/** The manager acknowledges the update they were sent (idempotent); the author sees when. */
export async function acknowledgeWeeklyUpdate(ctx: CommandContext, opts: { actor: Actor; updateId: string; now: Date }) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadUpdateFor(trx, opts.actor, opts.updateId);
    if (!canAcknowledgeWeeklyUpdate(opts.actor, subjectOf(row))) throw notFound('This weekly update');
    if (row.acknowledged_at) return;
    const at = iso(opts.now);
    const ok = await updateUpdate(trx, row.id, row.lock, { acknowledged_at: at, read_at: row.read_at ?? at, updated_at: at });
    if (!ok) throw conflict('A new version of this update arrived a moment ago. Read it, then acknowledge.');
    await addNotice(trx, {
      org_id: row.org_id,
      person_id: row.author_id,
      kind: 'acknowledged',
      update_id: row.id,
      week_of: row.week_of,
      text: `${opts.actor.name} acknowledged your weekly update for week ${weekName(row.week_of).slice(6)}.`,
      created_at: at,
    });
  });
}
