import type { UpdatePointBody } from '../../common/api/meetings';
import { updatePoint } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import { notFound } from '../domain/errors';
import { assertAgendaOpen } from '../domain/meetings/agenda';
import type { Actor } from '../policies/actor';
import { canEditPoint } from '../policies/meetings.policy';
import { assertCanEdit } from '../queries/meeting-access';
import type { CommandContext } from './context';
import { loadPoint } from './support/points';

/**
 * Marks a point discussed (either participant), or changes its text or off-the-record mark (its
 * author only: the other side cannot take a point off, or put it on, the record for them).
 */
export async function updateTalkingPoint(
  ctx: CommandContext,
  opts: { actor: Actor; pointId: string; input: UpdatePointBody; now: Date },
): Promise<string> {
  const { actor, input, now } = opts;
  return ctx.db.transaction().execute(async (trx) => {
    const { point, meeting, subject } = await loadPoint(trx, actor, opts.pointId, now);
    assertCanEdit(actor, subject, 'This talking point');
    assertAgendaOpen({ status: meeting.status });
    const authorOnly = input.text !== undefined || input.offRecord !== undefined;
    if (authorOnly && !canEditPoint(actor, subject, { authorId: point.author_id })) {
      throw notFound('This talking point (only its author can change its text or off-the-record mark)');
    }
    await updatePoint(trx, point.id, {
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.offRecord !== undefined ? { off_record: input.offRecord ? 1 : 0 } : {}),
      ...(input.discussed !== undefined ? { discussed: input.discussed ? 1 : 0 } : {}),
      updated_at: iso(now),
    });
    return meeting.id;
  });
}
