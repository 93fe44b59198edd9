import { findAsk, updateAsk } from '../db/repositories/weekly.repository';
import { iso } from '../domain/dates';
import { conflict, notFound } from '../domain/errors';
import type { Actor } from '../policies/actor';
import { canAcknowledgeWeeklyUpdate } from '../policies/weekly.policy';
import type { CommandContext } from './context';
import { addNotice, loadUpdateFor, subjectOf } from './support/weekly';

/** The manager answers an ask or escalation; an answered escalation no longer goes to the 1:1 agenda. */
export async function answerWeeklyAsk(ctx: CommandContext, opts: { actor: Actor; askId: string; text: string; now: Date }) {
  await ctx.db.transaction().execute(async (trx) => {
    const ask = await findAsk(trx, opts.askId);
    if (!ask || ask.org_id !== opts.actor.orgId) throw notFound('This ask');
    const row = await loadUpdateFor(trx, opts.actor, ask.update_id).catch(() => {
      throw notFound('This ask');
    });
    if (!canAcknowledgeWeeklyUpdate(opts.actor, subjectOf(row)) || ask.manager_id !== opts.actor.personId)
      throw notFound('This ask');
    if (ask.withdrawn_at) throw conflict('This ask was withdrawn in a later version of the update.');
    const at = iso(opts.now);
    const ok = await updateAsk(trx, ask.id, ask.lock, {
      answer: opts.text.trim(),
      answered_at: at,
      next_agenda_check_at: null,
      updated_at: at,
    });
    if (!ok) throw conflict('This ask changed a moment ago. Reload and try again.');
    await addNotice(trx, {
      org_id: row.org_id,
      person_id: row.author_id,
      kind: 'answered',
      update_id: row.id,
      week_of: row.week_of,
      text: `${opts.actor.name} answered your ${ask.escalation ? 'escalation' : 'ask'}: "${ask.text.slice(0, 80)}"`,
      created_at: at,
    });
  });
}
