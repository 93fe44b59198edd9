import { bumpPeopleVersion, findPersonById, updatePerson } from '../db/repositories/people.repository';
import { iso } from '../domain/dates';
import { gone } from '../domain/errors';
import type { CommandContext } from './context';
import { hashPassword } from './support/passwords';
import { createSession } from './support/sessions';
import { checkLink } from './support/check-link';

export async function acceptInvitation(ctx: CommandContext, opts: { token: string; password: string; now: Date }) {
  const passwordHash = await hashPassword(opts.password);
  return ctx.db.transaction().execute(async (trx) => {
    const link = await checkLink(trx, {
      secret: ctx.secret,
      kind: 'invitation',
      token: opts.token,
      now: opts.now,
      consume: true,
    });
    const person = await findPersonById(trx, link.person_id);
    if (!person || person.status === 'deactivated') throw gone('This invitation is no longer valid.');
    await updatePerson(trx, person.id, { status: 'active', password_hash: passwordHash, updated_at: iso(opts.now) });
    await bumpPeopleVersion(trx, person.org_id);
    const sessionToken = await createSession(trx, person.id, opts.now);
    return { sessionToken, personId: person.id };
  });
}
