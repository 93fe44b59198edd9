import { type MinutesContent, confirmationWindow, transition } from '../domain/minutes';
import type { Actor } from '../policies/actor';
import type { CommandContext } from './context';
import { loadMinutes, recordTransition, saveMinutes } from './support/minutes';
import { mailMinutesToRecipient } from './support/minutes-mail';

/** After a final state, the author changes the minutes only by an amendment, which restarts confirmation. */
export async function amendMinutes(
  ctx: CommandContext,
  opts: { actor: Actor; minutesId: string; content: MinutesContent; reason: string; now: Date },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const l = await loadMinutes(trx, { minutesId: opts.minutesId, personId: opts.actor.personId, orgId: opts.actor.orgId });
    const window = confirmationWindow(opts.now, l.zones.get(l.minutes.recipientId) ?? 'UTC', l.settings);
    const next = transition(l.minutes, {
      type: 'amend',
      actorId: opts.actor.personId,
      now: opts.now,
      content: opts.content,
      reason: opts.reason,
      window,
    });
    await saveMinutes(trx, l.row, next, opts.now);
    await recordTransition(trx, l, next, { actorId: opts.actor.personId, now: opts.now, reason: opts.reason });
    await mailMinutesToRecipient(trx, ctx, l, next, 'amended', opts.now);
  });
  ctx.onMailQueued?.();
}
