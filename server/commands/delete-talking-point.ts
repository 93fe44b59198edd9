import { deletePoints } from '../db/repositories/meetings.repository';
import { notFound } from '../domain/errors';
import { assertAgendaOpen } from '../domain/meetings/agenda';
import type { Actor } from '../policies/actor';
import { canEditPoint } from '../policies/meetings.policy';
import type { CommandContext } from './context';
import { loadPoint } from './support/points';

/** The author removes a point from an open meeting (nothing is shared until the meeting closes). */
export async function deleteTalkingPoint(
  ctx: CommandContext,
  opts: { actor: Actor; pointId: string; now: Date },
): Promise<string> {
  const { actor, now } = opts;
  return ctx.db.transaction().execute(async (trx) => {
    const { point, meeting, subject } = await loadPoint(trx, actor, opts.pointId, now);
    if (!canEditPoint(actor, subject, { authorId: point.author_id })) throw notFound('This talking point');
    assertAgendaOpen({ status: meeting.status });
    await deletePoints(trx, [point.id]);
    return meeting.id;
  });
}
