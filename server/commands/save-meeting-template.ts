import type { TemplateBody } from '../../common/api/meetings';
import { findTemplate, insertTemplate, updateTemplate } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import { notFound } from '../domain/errors';
import { newId } from '../domain/ids';
import type { Actor } from '../policies/actor';
import { canManageMeetingSettings } from '../policies/meetings.policy';
import type { CommandContext } from './context';

/** An admin adds (no id) or changes an organisation template. */
export async function saveMeetingTemplate(
  ctx: CommandContext,
  opts: { actor: Actor; templateId?: string; input: TemplateBody; now: Date },
): Promise<string> {
  const { actor, input, now } = opts;
  if (!canManageMeetingSettings(actor)) throw notFound('This page');
  const at = iso(now);
  return ctx.db.transaction().execute(async (trx) => {
    if (opts.templateId) {
      const row = await findTemplate(trx, opts.templateId);
      if (!row || row.org_id !== actor.orgId) throw notFound('This template');
      await updateTemplate(trx, row.id, { name: input.name, points: JSON.stringify(input.points), updated_at: at });
      return row.id;
    }
    const id = newId();
    await insertTemplate(trx, {
      id,
      org_id: actor.orgId,
      name: input.name,
      points: JSON.stringify(input.points),
      created_at: at,
      updated_at: at,
    });
    return id;
  });
}
