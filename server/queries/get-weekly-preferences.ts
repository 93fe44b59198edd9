import type { PreferencesView } from '../../common/api/weekly';
import type { Db } from '../db/database';
import { findPreferences, reminderOf } from '../db/repositories/weekly.repository';
import type { Actor } from '../policies/actor';
import { settingsOf } from './meeting-access';

/** The actor's reminder day and hour (the organisation's default until they choose), and digest choice. */
export async function getWeeklyPreferences(db: Db, opts: { actor: Actor }): Promise<PreferencesView> {
  const [prefs, settings, next] = await Promise.all([
    findPreferences(db, opts.actor.personId),
    settingsOf(db, opts.actor.orgId),
    reminderOf(db, opts.actor.personId),
  ]);
  return {
    weekday: prefs?.weekday ?? settings.weeklyUpdate.weekday,
    hour: prefs?.hour ?? settings.weeklyUpdate.hour,
    digest: prefs?.digest === 1,
    timeZone: opts.actor.timeZone,
    nextReminderAt: next,
  };
}
