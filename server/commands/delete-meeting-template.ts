import { deleteTemplate, findTemplate } from '../db/repositories/meetings.repository';
import { notFound } from '../domain/errors';
import type { Actor } from '../policies/actor';
import { canManageMeetingSettings } from '../policies/meetings.policy';
import type { CommandContext } from './context';

export async function deleteMeetingTemplate(ctx: CommandContext, opts: { actor: Actor; templateId: string }) {
  const { actor } = opts;
  if (!canManageMeetingSettings(actor)) throw notFound('This page');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findTemplate(trx, opts.templateId);
    if (!row || row.org_id !== actor.orgId) throw notFound('This template');
    await deleteTemplate(trx, row.id);
  });
}
