import type { OpenMeetingBody } from '../../common/api/meetings';
import { findMeetingByOccurrence, insertMeetings } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import { invalid, notFound } from '../domain/errors';
import { newId } from '../domain/ids';
import type { Actor } from '../policies/actor';
import { assertCanEdit, loadSeries } from '../queries/meeting-access';
import type { CommandContext } from './context';
import { materialise } from './support/meetings';

/**
 * Opens a scheduled occurrence (creating its row the first time), or adds an ad-hoc meeting.
 * Reading an occurrence that is already stored needs no write: this is for the first opening.
 */
export async function openMeeting(
  ctx: CommandContext,
  opts: { actor: Actor; seriesId: string; input: OpenMeetingBody; now: Date },
): Promise<string> {
  const { actor, input, now } = opts;
  return ctx.db.transaction().execute(async (trx) => {
    const { series, subject, schedule } = await loadSeries(trx, actor, opts.seriesId, now);
    if (input.occurrenceDate) {
      if (!subject.active) {
        // The line ended: past meetings stay readable, no new ones are opened.
        const existing = await findMeetingByOccurrence(trx, series.id, input.occurrenceDate);
        if (existing) return existing.id;
        throw notFound('This meeting');
      }
      return (await materialise(trx, series, schedule, input.occurrenceDate, now)).id;
    }
    assertCanEdit(actor, subject, 'This 1:1 series');
    const startsAt = new Date(input.startsAt as string);
    if (Number.isNaN(startsAt.getTime())) throw invalid('startsAt: must be a date and time.');
    const at = iso(now);
    const id = newId();
    await insertMeetings(trx, [
      {
        id,
        org_id: series.org_id,
        series_id: series.id,
        occurrence_date: null,
        starts_at: iso(startsAt),
        duration_minutes: series.duration_minutes,
        status: 'scheduled',
        notes: '',
        notes_version: 0,
        closed_at: null,
        closed_by: null,
        created_at: at,
        updated_at: at,
      },
    ]);
    return id;
  });
}
