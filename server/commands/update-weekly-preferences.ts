import type { WeeklyPreferencesInput } from '../../common/api/weekly';
import { setReminder, upsertPreferences } from '../db/repositories/weekly.repository';
import { iso } from '../domain/dates';
import { nextDigestAt, nextReminderAt } from '../domain/weekly';
import type { Actor } from '../policies/actor';
import { settingsOf } from '../queries/meeting-access';
import type { CommandContext } from './context';

/** A person chooses their reminder day and hour (in their own zone) and, as a manager, the digest. */
export async function updateWeeklyPreferences(
  ctx: CommandContext,
  opts: { actor: Actor; prefs: WeeklyPreferencesInput; now: Date },
): Promise<void> {
  const { actor, prefs, now } = opts;
  await ctx.db.transaction().execute(async (trx) => {
    const settings = await settingsOf(trx, actor.orgId);
    await upsertPreferences(trx, {
      person_id: actor.personId,
      org_id: actor.orgId,
      weekday: prefs.weekday,
      hour: prefs.hour,
      digest: prefs.digest ? 1 : 0,
      next_digest_at: prefs.digest ? iso(nextDigestAt(now, actor.timeZone, settings.workingDays)) : null,
      updated_at: iso(now),
    });
    await setReminder(trx, actor.personId, iso(nextReminderAt(now, prefs, actor.timeZone, settings.workingDays)));
  });
}
