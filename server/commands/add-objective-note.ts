import { localDate } from '../domain/dates';
import { notFound } from '../domain/errors';
import { decideNote } from '../domain/objectives/objective';
import type { Actor } from '../policies/actor';
import { canWriteObjectives } from '../policies/objectives.policy';
import type { CommandContext } from './context';
import { loadObjective, persistEvent } from './support/objectives';

/** A dated progress note, credited for good to the version in force now (even while a proposal waits). */
export async function addObjectiveNote(
  ctx: CommandContext,
  opts: { actor: Actor; objectiveId: string; text: string; notedOn?: string; now: Date },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const l = await loadObjective(trx, { actor: opts.actor, objectiveId: opts.objectiveId, now: opts.now });
    if (!canWriteObjectives(l.access)) throw notFound('This objective');
    const event = decideNote(l.objective, {
      actorId: opts.actor.personId,
      role: l.access.role,
      now: opts.now,
      text: opts.text,
      notedOn: opts.notedOn ?? localDate(opts.now, opts.actor.timeZone),
    });
    await persistEvent(trx, l, event, { actorId: opts.actor.personId });
  });
}
