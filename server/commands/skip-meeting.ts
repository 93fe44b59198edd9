import { deletePoints, erasePoints, pointsOfMeeting, updateMeeting } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import { assertAgendaOpen, planClose } from '../domain/meetings/agenda';
import type { Actor } from '../policies/actor';
import { assertCanEdit, loadMeeting, settingsOf } from '../queries/meeting-access';
import type { CommandContext } from './context';
import { carryPoints, followingMeeting, pointState } from './support/meetings';

/** Skips a meeting: its points move on to the next one; off-the-record text is erased as on close. */
export async function skipMeeting(ctx: CommandContext, opts: { actor: Actor; meetingId: string; now: Date }) {
  const { actor, now } = opts;
  return ctx.db.transaction().execute(async (trx) => {
    const { meeting, series, subject, schedule } = await loadMeeting(trx, actor, opts.meetingId, now);
    assertCanEdit(actor, subject, 'This meeting');
    assertAgendaOpen({ status: meeting.status });
    const settings = await settingsOf(trx, series.org_id);
    const plan = planClose((await pointsOfMeeting(trx, meeting.id)).map(pointState), {
      keepOffRecordFact: settings.keepOffRecordFact,
    });
    const at = iso(now);
    await erasePoints(trx, plan.erase, at);
    await deletePoints(trx, plan.remove);
    await updateMeeting(trx, meeting.id, { status: 'skipped', updated_at: at });
    if (plan.carry.length === 0) return null;
    const next = await followingMeeting(trx, series, schedule, meeting, now);
    if (next) await carryPoints(trx, next, plan.carry, now);
    return next?.id ?? null;
  });
}
