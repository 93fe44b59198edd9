import type { SaveNotesBody } from '../../common/api/meetings';
import { findMeeting, saveMeetingNotes as save } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import { assertAgendaOpen, assertVersion } from '../domain/meetings/agenda';
import type { Actor } from '../policies/actor';
import { assertCanEdit, loadMeeting } from '../queries/meeting-access';
import type { CommandContext } from './context';

/** Saves the shared meeting notes if nobody saved since the version edited; else 409 with theirs. */
export async function saveMeetingNotes(
  ctx: CommandContext,
  opts: { actor: Actor; meetingId: string; input: SaveNotesBody; now: Date },
): Promise<{ version: number }> {
  const { actor, input, now } = opts;
  return ctx.db.transaction().execute(async (trx) => {
    const { meeting, subject } = await loadMeeting(trx, actor, opts.meetingId, now);
    assertCanEdit(actor, subject, 'This meeting');
    assertAgendaOpen({ status: meeting.status });
    assertVersion({ text: meeting.notes, version: meeting.notes_version }, input.version, 'The meeting notes');
    // The version check is repeated in the UPDATE itself, so two saves racing cannot both win.
    if (!(await save(trx, meeting.id, input.text, input.version, iso(now)))) {
      const current = await findMeeting(trx, meeting.id);
      assertVersion({ text: current?.notes ?? '', version: current?.notes_version ?? -1 }, input.version, 'The meeting notes');
    }
    return { version: input.version + 1 };
  });
}
