import type { Db } from '../db/database';
import { findMinutes } from '../db/repositories/minutes.repository';
import { findPersonById } from '../db/repositories/people.repository';
import { invalid, notFound } from '../domain/errors';
import { type MinutesAnswer, applyAnswer } from './answer-minutes';
import type { CommandContext } from './context';
import { checkLink } from './support/check-link';
import { type LoadedMinutes, loadRow } from './support/minutes';

/**
 * Resolves a mailed link to the minutes it answers: signed, expiring, single use, and bound to
 * one person. Someone signed in as another person is told so rather than answering for them.
 */
export async function minutesOfLink(
  db: Db,
  opts: { secret: string; token: string; now: Date; signedInAs?: string; consume: boolean },
): Promise<LoadedMinutes & { personId: string }> {
  const link = await checkLink(db, {
    secret: opts.secret,
    kind: 'minutes_answer',
    token: opts.token,
    now: opts.now,
    consume: opts.consume,
  });
  const row = link.subject_id ? await findMinutes(db, link.subject_id) : undefined;
  if (!row || row.recipient_id !== link.person_id || row.state === 'draft') throw notFound('These minutes');
  if (opts.signedInAs && opts.signedInAs !== link.person_id) {
    const owner = await findPersonById(db, link.person_id);
    throw invalid(
      `This link is for ${owner?.name ?? 'someone else'}. You are signed in as another person: sign out first, or answer from your own account.`,
    );
  }
  return { ...(await loadRow(db, row)), personId: link.person_id };
}

export async function answerMinutesByLink(
  ctx: CommandContext,
  opts: { token: string; input: MinutesAnswer; now: Date; signedInAs?: string },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const loaded = await minutesOfLink(trx, {
      secret: ctx.secret,
      token: opts.token,
      now: opts.now,
      signedInAs: opts.signedInAs,
      consume: true,
    });
    await applyAnswer(trx, ctx, { personId: loaded.personId, loaded, input: opts.input, now: opts.now });
  });
  ctx.onMailQueued?.();
}
