import type { UpdateActionBody } from '../../common/api/meetings';
import { findAction, findMeeting, updateAction } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import { invalid, notFound } from '../domain/errors';
import type { Actor } from '../policies/actor';
import { canOwnAction } from '../policies/meetings.policy';
import { assertCanEdit, loadSeries } from '../queries/meeting-access';
import type { CommandContext } from './context';

/**
 * Changes an action item's state (open, done, dropped), text, owner or due date. Actions live on
 * after their meeting closes — following them up is the point — so this works on closed meetings;
 * only a series whose reporting line ended is read-only.
 */
export async function updateActionItem(
  ctx: CommandContext,
  opts: { actor: Actor; actionId: string; input: UpdateActionBody; now: Date },
): Promise<{ meetingId: string; seriesId: string }> {
  const { actor, input, now } = opts;
  return ctx.db.transaction().execute(async (trx) => {
    const action = await findAction(trx, opts.actionId);
    if (!action || action.org_id !== actor.orgId) throw notFound('This action item');
    const { subject } = await loadSeries(trx, actor, action.series_id, now).catch(() => {
      throw notFound('This action item');
    });
    assertCanEdit(actor, subject, 'This action item');
    if (input.ownerId !== undefined && !canOwnAction(subject, input.ownerId))
      throw invalid('ownerId: the owner must be one of the two participants.');
    const at = iso(now);
    const stateChange = input.state !== undefined && input.state !== action.state;
    await updateAction(trx, action.id, {
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.ownerId !== undefined ? { owner_id: input.ownerId } : {}),
      ...(input.dueOn !== undefined ? { due_on: input.dueOn } : {}),
      ...(stateChange ? { state: input.state, resolved_at: input.state === 'open' ? null : at } : {}),
      updated_at: at,
    });
    const meeting = await findMeeting(trx, action.meeting_id);
    return { meetingId: meeting?.id ?? action.meeting_id, seriesId: action.series_id };
  });
}
