import type { CheckerSettingsBody } from '../../common/api/admin';
import { CHECKER_CATEGORIES, type CheckerCategory } from '../../common/checker';
import type { Db } from '../db/database';
import { notFound } from '../domain/errors';
import { normaliseDisabledCategories } from '../domain/organisation';
import type { Actor } from '../policies/actor';
import { canManageCheckerSettings } from '../policies/admin.policy';
import { settingsOf } from './meeting-access';

/** The checker categories the organisation turned off, for its admins' settings page. */
export async function getCheckerSettings(db: Db, opts: { actor: Actor }): Promise<CheckerSettingsBody> {
  if (!canManageCheckerSettings(opts.actor)) throw notFound('This page');
  const settings = await settingsOf(db, opts.actor.orgId);
  return { disabledCategories: disabledCategoriesOf(settings.checkerDisabled) };
}

export const disabledCategoriesOf = (stored: readonly string[]): CheckerCategory[] =>
  normaliseDisabledCategories(
    stored,
    CHECKER_CATEGORIES.map((c) => c.id),
  ) as CheckerCategory[];
