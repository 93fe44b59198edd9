import type { SaveNotesBody } from '../../common/api/meetings';
import { findPoint, savePointNotes as save } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import { assertAgendaOpen, assertVersion } from '../domain/meetings/agenda';
import type { Actor } from '../policies/actor';
import { assertCanEdit } from '../queries/meeting-access';
import type { CommandContext } from './context';
import { loadPoint } from './support/points';

/** Saves the notes of one talking point with the same optimistic version check as meeting notes. */
export async function savePointNotes(
  ctx: CommandContext,
  opts: { actor: Actor; pointId: string; input: SaveNotesBody; now: Date },
): Promise<{ meetingId: string; version: number }> {
  const { actor, input, now } = opts;
  return ctx.db.transaction().execute(async (trx) => {
    const { point, meeting, subject } = await loadPoint(trx, actor, opts.pointId, now);
    assertCanEdit(actor, subject, 'This talking point');
    assertAgendaOpen({ status: meeting.status });
    assertVersion({ text: point.notes, version: point.notes_version }, input.version, 'The notes of this talking point');
    if (!(await save(trx, point.id, input.text, input.version, iso(now)))) {
      const current = await findPoint(trx, point.id);
      assertVersion(
        { text: current?.notes ?? '', version: current?.notes_version ?? -1 },
        input.version,
        'The notes of this talking point',
      );
    }
    return { meetingId: meeting.id, version: input.version + 1 };
  });
}
