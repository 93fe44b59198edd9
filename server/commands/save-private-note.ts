import type { SaveNotesBody } from '../../common/api/meetings';
import { findPrivateNote, insertPrivateNote, savePrivateNote as save } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import { assertVersion } from '../domain/meetings/agenda';
import type { Actor } from '../policies/actor';
import { loadMeeting } from '../queries/meeting-access';
import type { CommandContext } from './context';

/**
 * A participant's private note on a meeting: keyed by (meeting, the actor), so nobody can write or
 * read another's. Allowed on closed meetings and after the line ended: it is the author's own.
 * Version 0 means "no note yet".
 */
export async function savePrivateNote(
  ctx: CommandContext,
  opts: { actor: Actor; meetingId: string; input: SaveNotesBody; now: Date },
): Promise<{ version: number }> {
  const { actor, input, now } = opts;
  return ctx.db.transaction().execute(async (trx) => {
    const { meeting } = await loadMeeting(trx, actor, opts.meetingId, now);
    const at = iso(now);
    const current = await findPrivateNote(trx, meeting.id, actor.personId);
    assertVersion({ text: current?.text ?? '', version: current?.version ?? 0 }, input.version, 'Your private note');
    if (!current) await insertPrivateNote(trx, { meeting_id: meeting.id, author_id: actor.personId, text: input.text, at });
    else if (!(await save(trx, meeting.id, actor.personId, input.text, input.version, at))) {
      const again = await findPrivateNote(trx, meeting.id, actor.personId);
      assertVersion({ text: again?.text ?? '', version: again?.version ?? 0 }, input.version, 'Your private note');
    }
    return { version: input.version + 1 };
  });
}
