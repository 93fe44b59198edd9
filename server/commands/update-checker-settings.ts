import { CHECKER_CATEGORIES } from '../../common/checker';
import { mergeOrganisationSettings } from '../db/repositories/meetings.repository';
import { notFound } from '../domain/errors';
import { normaliseDisabledCategories } from '../domain/organisation';
import type { Actor } from '../policies/actor';
import { canManageCheckerSettings } from '../policies/admin.policy';
import type { CommandContext } from './context';

/** An admin turns documentation checker categories off (or back on) for the whole organisation. */
export async function updateCheckerSettings(ctx: CommandContext, opts: { actor: Actor; disabledCategories: string[] }) {
  if (!canManageCheckerSettings(opts.actor)) throw notFound('This page');
  const checkerDisabled = normaliseDisabledCategories(
    opts.disabledCategories,
    CHECKER_CATEGORIES.map((c) => c.id),
  );
  await ctx.db.transaction().execute((trx) => mergeOrganisationSettings(trx, opts.actor.orgId, { checkerDisabled }));
}
