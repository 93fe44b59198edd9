import type { OffRecordPolicy } from '../../common/api/meetings';
import { mergeOrganisationSettings } from '../db/repositories/meetings.repository';
import { notFound } from '../domain/errors';
import type { Actor } from '../policies/actor';
import { canManageMeetingSettings } from '../policies/meetings.policy';
import type { CommandContext } from './context';

/** An admin edits the matters that can never stay off the record, and whether the fact of an off-the-record point is kept. */
export async function updateOffRecordPolicy(ctx: CommandContext, opts: { actor: Actor; input: OffRecordPolicy }) {
  const { actor, input } = opts;
  if (!canManageMeetingSettings(actor)) throw notFound('This page');
  const items = [...new Set(input.neverOffRecord.map((s) => s.trim()).filter(Boolean))];
  await ctx.db
    .transaction()
    .execute((trx) =>
      mergeOrganisationSettings(trx, actor.orgId, { neverOffRecord: items, keepOffRecordFact: input.keepOffRecordFact }),
    );
}
