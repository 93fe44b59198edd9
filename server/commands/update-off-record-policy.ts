import type { OffRecordPolicy } from '../../common/api/meetings';
import { organisationSettings, saveOrganisationSettings } from '../db/repositories/meetings.repository';
import { notFound } from '../domain/errors';
import type { Actor } from '../policies/actor';
import { canManageMeetingSettings } from '../policies/meetings.policy';
import type { CommandContext } from './context';

/** An admin edits the matters that can never stay off the record, and whether the fact of an off-the-record point is kept. */
export async function updateOffRecordPolicy(ctx: CommandContext, opts: { actor: Actor; input: OffRecordPolicy }) {
  const { actor, input } = opts;
  if (!canManageMeetingSettings(actor)) throw notFound('This page');
  await ctx.db.transaction().execute(async (trx) => {
    const raw = await organisationSettings(trx, actor.orgId);
    let settings: Record<string, unknown> = {};
    try {
      settings = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      settings = {};
    }
    // Other settings are kept as they are: only these two keys change.
    const items = [...new Set(input.neverOffRecord.map((s) => s.trim()).filter(Boolean))];
    await saveOrganisationSettings(
      trx,
      actor.orgId,
      JSON.stringify({ ...settings, neverOffRecord: items, keepOffRecordFact: input.keepOffRecordFact }),
    );
  });
}
