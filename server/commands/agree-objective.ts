import { notFound } from '../domain/errors';
import { decideAgree } from '../domain/objectives/objective';
import type { Actor } from '../policies/actor';
import { canWriteObjectives } from '../policies/objectives.policy';
import type { CommandContext } from './context';
import { loadObjective, persistEvent } from './support/objectives';

/** Accepts the objective as it stands: agreed once both sides have. On the record. */
export async function agreeObjective(ctx: CommandContext, opts: { actor: Actor; objectiveId: string; now: Date }) {
  await ctx.db.transaction().execute(async (trx) => {
    const l = await loadObjective(trx, { actor: opts.actor, objectiveId: opts.objectiveId, now: opts.now });
    if (!canWriteObjectives(l.access)) throw notFound('This objective');
    const event = decideAgree(l.objective, { actorId: opts.actor.personId, role: l.access.role, now: opts.now });
    await persistEvent(trx, l, event, { actorId: opts.actor.personId });
  });
}
