import type { UpdateScheduleBody } from '../../common/api/meetings';
import { updateSeries } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import { validateSchedule } from '../domain/meetings/cadence';
import type { Actor } from '../policies/actor';
import { assertCanEdit, loadSeries } from '../queries/meeting-access';
import type { CommandContext } from './context';

/** Changes the cadence, day, time or duration. Meetings already stored keep their time. */
export async function updateSeriesSchedule(
  ctx: CommandContext,
  opts: { actor: Actor; seriesId: string; input: UpdateScheduleBody; now: Date },
): Promise<void> {
  const { actor, input, now } = opts;
  await ctx.db.transaction().execute(async (trx) => {
    const { subject } = await loadSeries(trx, actor, opts.seriesId, now);
    assertCanEdit(actor, subject, 'This 1:1 series');
    validateSchedule(input);
    await updateSeries(trx, opts.seriesId, {
      cadence: input.cadence,
      weekday: input.weekday,
      local_time: input.localTime,
      time_zone: input.timeZone,
      duration_minutes: input.durationMinutes,
      starts_on: input.startsOn,
      updated_at: iso(now),
    });
  });
}
