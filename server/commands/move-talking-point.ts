import { pointsOfMeeting, updatePoint } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import { assertAgendaOpen, move } from '../domain/meetings/agenda';
import type { Actor } from '../policies/actor';
import { assertCanEdit } from '../queries/meeting-access';
import type { CommandContext } from './context';
import { loadPoint } from './support/points';

/** Moves a point one place up or down the agenda (either participant). */
export async function moveTalkingPoint(
  ctx: CommandContext,
  opts: { actor: Actor; pointId: string; direction: 'up' | 'down'; now: Date },
): Promise<string> {
  const { actor, now } = opts;
  return ctx.db.transaction().execute(async (trx) => {
    const { point, meeting, subject } = await loadPoint(trx, actor, opts.pointId, now);
    assertCanEdit(actor, subject, 'This talking point');
    assertAgendaOpen({ status: meeting.status });
    const points = await pointsOfMeeting(trx, meeting.id);
    const order = move(
      points.map((p) => p.id),
      point.id,
      opts.direction,
    );
    const at = iso(now);
    // Renumber 0..n-1 so positions stay dense whatever happened before.
    for (const [i, id] of order.entries()) {
      if (points.find((p) => p.id === id)?.position !== i) await updatePoint(trx, id, { position: i, updated_at: at });
    }
    return meeting.id;
  });
}
