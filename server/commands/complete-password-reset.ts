import { deleteSessionsOfPerson } from '../db/repositories/auth.repository';
import { updatePerson } from '../db/repositories/people.repository';
import { iso } from '../domain/dates';
import type { CommandContext } from './context';
import { hashPassword } from './support/passwords';
import { checkLink } from './support/check-link';

/** Sets the new password and signs the person out everywhere else. */
export async function completePasswordReset(ctx: CommandContext, opts: { token: string; password: string; now: Date }) {
  const passwordHash = await hashPassword(opts.password);
  await ctx.db.transaction().execute(async (trx) => {
    const link = await checkLink(trx, {
      secret: ctx.secret,
      kind: 'password_reset',
      token: opts.token,
      now: opts.now,
      consume: true,
    });
    await updatePerson(trx, link.person_id, { password_hash: passwordHash, updated_at: iso(opts.now) });
    await deleteSessionsOfPerson(trx, link.person_id);
  });
}
