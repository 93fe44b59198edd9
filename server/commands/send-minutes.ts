import { confirmationWindow, transition } from '../domain/minutes';
import type { Actor } from '../policies/actor';
import type { CommandContext } from './context';
import { loadMinutes, recordTransition, saveMinutes } from './support/minutes';
import { mailMinutesToRecipient } from './support/minutes-mail';

/**
 * Sends a draft: the minutes go on the record and to the other participant (in the app and by
 * mail with a signed link), with a deadline of N working days in their time zone. One
 * transaction: afterwards the minutes are either sent (entry and mail queued) or still a draft.
 */
export async function sendMinutes(ctx: CommandContext, opts: { actor: Actor; minutesId: string; now: Date }) {
  await ctx.db.transaction().execute(async (trx) => {
    const l = await loadMinutes(trx, { minutesId: opts.minutesId, personId: opts.actor.personId, orgId: opts.actor.orgId });
    const window = confirmationWindow(opts.now, l.zones.get(l.minutes.recipientId) ?? 'UTC', l.settings);
    const next = transition(l.minutes, { type: 'send', actorId: opts.actor.personId, now: opts.now, window });
    await saveMinutes(trx, l.row, next, opts.now);
    await recordTransition(trx, l, next, { actorId: opts.actor.personId, now: opts.now });
    await mailMinutesToRecipient(trx, ctx, l, next, 'sent', opts.now);
  });
  ctx.onMailQueued?.();
}
