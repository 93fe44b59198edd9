import { findOrganisation, findPersonByEmail } from '../db/repositories/people.repository';
import { passwordResetMail } from '../emails/templates';
import { queueMail } from '../emails/outbox';
import type { CommandContext } from './context';
import { issueLink } from './support/links';

/** Always succeeds from the caller's view, so nobody learns which emails have accounts. */
export async function requestPasswordReset(ctx: CommandContext, opts: { email: string; now: Date }) {
  const queued = await ctx.db.transaction().execute(async (trx) => {
    const person = await findPersonByEmail(trx, opts.email);
    if (person?.status !== 'active') return false;
    if (!(await findOrganisation(trx, person.org_id))) return false;
    const link = await issueLink(trx, {
      ...ctx,
      kind: 'password_reset',
      orgId: person.org_id,
      personId: person.id,
      now: opts.now,
    });
    await queueMail(trx, {
      orgId: person.org_id,
      to: person.email,
      content: passwordResetMail({ name: person.name, url: link.url, expiresAt: link.expiresAt }),
      smtp: ctx.smtpConfigured,
      now: opts.now,
    });
    return true;
  });
  if (queued) ctx.onMailQueued?.();
}
