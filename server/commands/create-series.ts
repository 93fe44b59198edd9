import type { CreateSeriesBody } from '../../common/api/meetings';
import { findSeriesByPair, insertSeries } from '../db/repositories/meetings.repository';
import { findPersonById } from '../db/repositories/people.repository';
import { iso, localDate } from '../domain/dates';
import { conflict, invalid, notFound } from '../domain/errors';
import { newId } from '../domain/ids';
import { nextMeeting } from '../domain/meetings/agenda';
import { validateSchedule } from '../domain/meetings/cadence';
import type { Actor } from '../policies/actor';
import { canCreateSeries } from '../policies/meetings.policy';
import { scheduleOf, subjectOf } from '../queries/meeting-access';
import type { CommandContext } from './context';
import { materialise } from './support/meetings';

/** Starts the 1:1 series of a manager–report pair, and opens its first meeting. */
export async function createSeries(
  ctx: CommandContext,
  opts: { actor: Actor; input: CreateSeriesBody; now: Date },
): Promise<string> {
  const { actor, input, now } = opts;
  return ctx.db.transaction().execute(async (trx) => {
    const [manager, report] = await Promise.all([findPersonById(trx, input.managerId), findPersonById(trx, input.reportId)]);
    if (!manager || manager.org_id !== actor.orgId) throw invalid('managerId: this person is not in your organisation.');
    if (!report || report.org_id !== actor.orgId) throw invalid('reportId: this person is not in your organisation.');
    const at = iso(now);
    const row = {
      id: newId(),
      org_id: actor.orgId,
      manager_id: manager.id,
      report_id: report.id,
      cadence: input.cadence,
      weekday: input.weekday,
      local_time: input.localTime,
      time_zone: input.timeZone,
      duration_minutes: input.durationMinutes,
      starts_on: input.startsOn,
      created_by: actor.personId,
      created_at: at,
      updated_at: at,
    };
    const subject = await subjectOf(trx, row, now);
    if (!subject.active) {
      if (actor.personId === manager.id || actor.personId === report.id || actor.isAdmin)
        throw invalid(`reportId: ${report.name} does not report to ${manager.name} today.`);
      throw notFound('This person');
    }
    if (!canCreateSeries(actor, subject)) throw notFound('This person');
    if (await findSeriesByPair(trx, manager.id, report.id))
      throw conflict(`${manager.name} and ${report.name} already have a 1:1 series.`);
    const schedule = scheduleOf(row);
    validateSchedule(schedule);
    if (input.startsOn < localDate(new Date(now.getTime() - 366 * 86_400_000), input.timeZone))
      throw invalid('startsOn: must be within the last year.');
    await insertSeries(trx, [row]);
    const next = nextMeeting(schedule, [], iso(now));
    if (next?.occurrenceDate) await materialise(trx, row, schedule, next.occurrenceDate, now);
    return row.id;
  });
}
