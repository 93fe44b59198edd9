import { dueMinutes, findMinutes } from '../db/repositories/minutes.repository';
import { DomainError } from '../domain/errors';
import { transition } from '../domain/minutes';
import type { CommandContext } from './context';
import { loadRow, recordTransition, saveMinutes } from './support/minutes';
import { mailMinutesToRecipient } from './support/minutes-mail';

/**
 * The durable deadline job: minutes whose reminder or deadline has come. State lives in the
 * database (next_due_at), so restarts lose nothing; each step is its own transaction with a version
 * check, so a reminder is never sent twice and an answer that just arrived wins over the deadline.
 */
export async function sweepMinutes(
  ctx: CommandContext,
  opts: { now: Date; batch?: number },
): Promise<{ reminded: number; deemed: number }> {
  const counts = { reminded: 0, deemed: 0 };
  const due = await dueMinutes(ctx.db, opts.now.toISOString(), opts.batch ?? 200);
  for (const { id } of due) {
    try {
      await ctx.db.transaction().execute(async (trx) => {
        const row = await findMinutes(trx, id);
        if (row?.state !== 'sent') return;
        const l = await loadRow(trx, row);
        const m = l.minutes;
        const pastDeadline = m.deadlineAt !== null && opts.now.getTime() >= Date.parse(m.deadlineAt);
        if (pastDeadline) {
          const next = transition(m, { type: 'deem_accepted', now: opts.now });
          await saveMinutes(trx, row, next, opts.now);
          await recordTransition(trx, l, next, { actorId: m.recipientId, now: opts.now });
          counts.deemed++;
        } else if (!m.remindedAt) {
          const next = transition(m, { type: 'remind', now: opts.now });
          await saveMinutes(trx, row, next, opts.now);
          await mailMinutesToRecipient(trx, ctx, l, next, 'reminder', opts.now);
          counts.reminded++;
        }
      });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e; // lost a race to an answer: nothing to do
    }
  }
  if (counts.reminded) ctx.onMailQueued?.();
  return counts;
}
