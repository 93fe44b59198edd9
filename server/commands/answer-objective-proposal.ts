import { notFound } from '../domain/errors';
import { decideAnswer } from '../domain/objectives/objective';
import type { Actor } from '../policies/actor';
import { canWriteObjectives } from '../policies/objectives.policy';
import type { CommandContext } from './context';
import { loadObjective, persistEvent } from './support/objectives';

/**
 * The owner answers a manager's proposed change: accept, accept with a comment, or dispute (the
 * change takes effect, not agreed, both versions kept). Once: a second answer is a 409.
 */
export async function answerObjectiveProposal(
  ctx: CommandContext,
  opts: {
    actor: Actor;
    objectiveId: string;
    answer: 'accept' | 'accept_with_comment' | 'dispute';
    comment?: string | null;
    now: Date;
  },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const l = await loadObjective(trx, { actor: opts.actor, objectiveId: opts.objectiveId, now: opts.now });
    if (!canWriteObjectives(l.access)) throw notFound('This objective');
    const event = decideAnswer(l.objective, {
      actorId: opts.actor.personId,
      role: l.access.role,
      now: opts.now,
      answer: opts.answer,
      comment: opts.comment,
    });
    await persistEvent(trx, l, event, { actorId: opts.actor.personId });
  });
}
