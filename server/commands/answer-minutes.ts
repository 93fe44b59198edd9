import type { Db } from '../db/database';
import { newId } from '../domain/ids';
import { type MinutesContent, transition } from '../domain/minutes';
import type { Actor } from '../policies/actor';
import type { CommandContext } from './context';
import { type LoadedMinutes, loadMinutes, recordTransition, saveMinutes } from './support/minutes';
import { mailAnswerToAuthor } from './support/minutes-mail';

export type MinutesAnswer = { answer: 'confirm' } | { answer: 'correct'; content: MinutesContent; reason: string };

/** Applies an answer inside the caller's transaction (shared by the app and the mailed link). */
export async function applyAnswer(
  db: Db,
  ctx: CommandContext,
  opts: { personId: string; loaded: LoadedMinutes; input: MinutesAnswer; now: Date },
) {
  const { loaded: l, personId, now } = opts;
  const next =
    opts.input.answer === 'confirm'
      ? transition(l.minutes, { type: 'confirm', actorId: personId, now })
      : transition(l.minutes, {
          type: 'propose_correction',
          actorId: personId,
          now,
          correctionId: newId(),
          content: opts.input.content,
          reason: opts.input.reason,
        });
  await saveMinutes(db, l.row, next, now);
  await recordTransition(db, l, next, { actorId: personId, now });
  await mailAnswerToAuthor(db, ctx, l, opts.input.answer === 'confirm' ? 'confirmed' : 'proposed a correction to', now);
}

/**
 * The other participant confirms the minutes or proposes a correction. Two answers racing each
 * other: the version check lets exactly one win; the other gets a clear 409.
 */
export async function answerMinutes(
  ctx: CommandContext,
  opts: { actor: Actor; minutesId: string; input: MinutesAnswer; now: Date },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadMinutes(trx, { minutesId: opts.minutesId, personId: opts.actor.personId, orgId: opts.actor.orgId });
    await applyAnswer(trx, ctx, { personId: opts.actor.personId, loaded, input: opts.input, now: opts.now });
  });
  ctx.onMailQueued?.();
}
