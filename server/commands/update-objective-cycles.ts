import { mergeOrganisationSettings } from '../db/repositories/meetings.repository';
import { notFound } from '../domain/errors';
import type { ObjectiveCycles } from '../domain/objectives/cycle';
import type { Actor } from '../policies/actor';
import { canManageObjectiveSettings } from '../policies/objectives.policy';
import type { CommandContext } from './context';

/** An admin chooses whether objectives follow annual or quarterly review cycles, or none. */
export async function updateObjectiveCycles(ctx: CommandContext, opts: { actor: Actor; cycles: ObjectiveCycles }) {
  if (!canManageObjectiveSettings(opts.actor)) throw notFound('This page');
  await ctx.db.transaction().execute((trx) => mergeOrganisationSettings(trx, opts.actor.orgId, { objectiveCycles: opts.cycles }));
}
