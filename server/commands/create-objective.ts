import type { CreateObjectiveInput } from '../../common/api/objectives';
import { notFound } from '../domain/errors';
import { newId } from '../domain/ids';
import { cycleFor } from '../domain/objectives/cycle';
import { decideCreate } from '../domain/objectives/objective';
import { settingsOf } from '../queries/meeting-access';
import type { Actor } from '../policies/actor';
import { canWriteObjectives } from '../policies/objectives.policy';
import type { CommandContext } from './context';
import { checkMeeting, loadOwnerAccess, persistEvent } from './support/objectives';

/**
 * Proposes a new objective for `ownerId`, by the owner or their current manager: version 1, on the
 * record, accepted by its author only until the other side accepts it.
 */
export async function createObjective(
  ctx: CommandContext,
  opts: { actor: Actor; ownerId: string; input: CreateObjectiveInput; now: Date },
): Promise<string> {
  return ctx.db.transaction().execute(async (trx) => {
    const o = await loadOwnerAccess(trx, { actor: opts.actor, ownerId: opts.ownerId, now: opts.now });
    // Only the person and their current manager propose objectives for them.
    if (!canWriteObjectives(o.access)) throw notFound('This person');
    const { meetingId, cycle, ...fields } = opts.input;
    const event = decideCreate({
      actorId: opts.actor.personId,
      role: o.access.role,
      now: opts.now,
      fields,
      managerId: o.managerId,
      meetingId: await checkMeeting(trx, meetingId, o.owner.id, o.managerId),
    });
    const id = newId();
    const at = event.at;
    const row = {
      id,
      org_id: o.owner.org_id,
      owner_id: o.owner.id,
      created_by: opts.actor.personId,
      // An explicit label wins; otherwise the organisation's cycles (if any) follow from the dates.
      cycle:
        cycle?.trim() || cycleFor(fields.dueDate ?? fields.startDate, (await settingsOf(trx, o.owner.org_id)).objectiveCycles),
      created_at: at,
      updated_at: at,
      seq: 0,
    } as Parameters<typeof persistEvent>[1]['row'];
    await persistEvent(trx, { row, objective: null, owner: o.owner, managerId: o.managerId }, event, {
      actorId: opts.actor.personId,
      cycle: row.cycle,
      create: { createdBy: opts.actor.personId },
    });
    return id;
  });
}
