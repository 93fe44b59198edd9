import { transition } from '../domain/minutes';
import type { MinutesContent } from '../domain/minutes';
import type { Actor } from '../policies/actor';
import type { CommandContext } from './context';
import { loadMinutes, saveMinutes } from './support/minutes';

export async function saveMinutesDraft(
  ctx: CommandContext,
  opts: { actor: Actor; minutesId: string; content: MinutesContent; now: Date },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const l = await loadMinutes(trx, { minutesId: opts.minutesId, personId: opts.actor.personId, orgId: opts.actor.orgId });
    await saveMinutes(
      trx,
      l.row,
      transition(l.minutes, { type: 'edit', actorId: opts.actor.personId, content: opts.content }),
      opts.now,
    );
  });
}
