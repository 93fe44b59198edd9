import type { AddPointBody } from '../../common/api/meetings';
import { insertPoints, maxPosition } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import { newId } from '../domain/ids';
import { assertAgendaOpen } from '../domain/meetings/agenda';
import type { Actor } from '../policies/actor';
import { assertCanEdit, loadMeeting } from '../queries/meeting-access';
import type { CommandContext } from './context';

/** Either participant adds talking points (before or during the meeting), at the end of the agenda. */
export async function addTalkingPoints(
  ctx: CommandContext,
  opts: { actor: Actor; meetingId: string; points: AddPointBody[]; now: Date },
): Promise<string[]> {
  const { actor, now } = opts;
  return ctx.db.transaction().execute(async (trx) => {
    const { meeting, subject } = await loadMeeting(trx, actor, opts.meetingId, now);
    assertCanEdit(actor, subject, 'This meeting');
    assertAgendaOpen({ status: meeting.status });
    let position = (await maxPosition(trx, meeting.id)) + 1;
    const at = iso(now);
    const rows = opts.points.map((p) => ({
      id: newId(),
      org_id: meeting.org_id,
      meeting_id: meeting.id,
      author_id: actor.personId,
      text: p.text,
      off_record: p.offRecord ? 1 : 0,
      discussed: 0,
      position: position++,
      notes: '',
      notes_version: 0,
      carried_from: null,
      created_at: at,
      updated_at: at,
    }));
    await insertPoints(trx, rows);
    return rows.map((r) => r.id);
  });
}
