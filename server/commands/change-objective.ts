import type { ChangeObjectiveInput } from '../../common/api/objectives';
import { conflict, notFound } from '../domain/errors';
import { decideChange } from '../domain/objectives/objective';
import type { Actor } from '../policies/actor';
import { canWriteObjectives } from '../policies/objectives.policy';
import type { CommandContext } from './context';
import { checkMeeting, loadObjective, persistEvent } from './support/objectives';

/**
 * Changes an objective: a new version with who, when and why; or, when the manager changes an
 * agreed objective on which work has started, a proposal the owner answers. Nothing is overwritten.
 */
export async function changeObjective(
  ctx: CommandContext,
  opts: { actor: Actor; objectiveId: string; input: ChangeObjectiveInput; now: Date },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const l = await loadObjective(trx, { actor: opts.actor, objectiveId: opts.objectiveId, now: opts.now });
    if (!canWriteObjectives(l.access)) throw notFound('This objective');
    if (opts.input.expectedSeq !== undefined && opts.input.expectedSeq !== l.objective.seq)
      throw conflict('This objective changed since you opened it. Reload to see the latest version, then make your change.');
    const event = decideChange(l.objective, {
      actorId: opts.actor.personId,
      role: l.access.role,
      now: opts.now,
      changes: opts.input.changes,
      reason: opts.input.reason,
      managerId: l.managerId,
      meetingId: await checkMeeting(trx, opts.input.meetingId, l.owner.id, l.managerId),
    });
    await persistEvent(trx, l, event, { actorId: opts.actor.personId, cycle: l.row.cycle });
  });
}
