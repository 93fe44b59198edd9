import type { AddActionBody } from '../../common/api/meetings';
import { insertActions } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import { invalid } from '../domain/errors';
import { newId } from '../domain/ids';
import { assertAgendaOpen } from '../domain/meetings/agenda';
import type { Actor } from '../policies/actor';
import { canOwnAction } from '../policies/meetings.policy';
import { assertCanEdit, loadMeeting } from '../queries/meeting-access';
import type { CommandContext } from './context';

/** An action item raised in a meeting, owned by either participant. */
export async function addActionItem(
  ctx: CommandContext,
  opts: { actor: Actor; meetingId: string; input: AddActionBody; now: Date },
): Promise<string> {
  const { actor, input, now } = opts;
  return ctx.db.transaction().execute(async (trx) => {
    const { meeting, subject } = await loadMeeting(trx, actor, opts.meetingId, now);
    assertCanEdit(actor, subject, 'This meeting');
    assertAgendaOpen({ status: meeting.status });
    if (!canOwnAction(subject, input.ownerId)) throw invalid('ownerId: the owner must be one of the two participants.');
    const at = iso(now);
    const id = newId();
    await insertActions(trx, [
      {
        id,
        org_id: meeting.org_id,
        series_id: meeting.series_id,
        meeting_id: meeting.id,
        text: input.text,
        owner_id: input.ownerId,
        due_on: input.dueOn ?? null,
        state: 'open',
        resolved_at: null,
        created_by: actor.personId,
        created_at: at,
        updated_at: at,
      },
    ]);
    return id;
  });
}
