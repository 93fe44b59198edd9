import { transition } from '../domain/minutes';
import type { Actor } from '../policies/actor';
import type { CommandContext } from './context';
import { loadMinutes, recordTransition, saveMinutes } from './support/minutes';

/**
 * The author accepts a proposed correction (an amendment: the minutes now read as corrected) or
 * declines it (the minutes are disputed and both versions stand for good).
 */
export async function resolveMinutesCorrection(
  ctx: CommandContext,
  opts: { actor: Actor; minutesId: string; accept: boolean; now: Date },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const l = await loadMinutes(trx, { minutesId: opts.minutesId, personId: opts.actor.personId, orgId: opts.actor.orgId });
    const next = transition(l.minutes, {
      type: opts.accept ? 'accept_correction' : 'decline_correction',
      actorId: opts.actor.personId,
      now: opts.now,
    });
    await saveMinutes(trx, l.row, next, opts.now);
    await recordTransition(trx, l, next, { actorId: opts.actor.personId, now: opts.now });
  });
}
