import { updateMeeting } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import { assertAgendaOpen } from '../domain/meetings/agenda';
import type { Actor } from '../policies/actor';
import { assertCanEdit, loadMeeting } from '../queries/meeting-access';
import type { CommandContext } from './context';

/** Moves one meeting to another time; it still stands for its scheduled date. */
export async function moveMeeting(ctx: CommandContext, opts: { actor: Actor; meetingId: string; startsAt: string; now: Date }) {
  const { actor, now } = opts;
  await ctx.db.transaction().execute(async (trx) => {
    const { meeting, subject } = await loadMeeting(trx, actor, opts.meetingId, now);
    assertCanEdit(actor, subject, 'This meeting');
    assertAgendaOpen({ status: meeting.status });
    await updateMeeting(trx, meeting.id, { starts_at: iso(new Date(opts.startsAt)), updated_at: iso(now) });
  });
}
