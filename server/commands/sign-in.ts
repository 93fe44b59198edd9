import type { SignInBody } from '../../common/api/auth';
import { findPersonByEmail } from '../db/repositories/people.repository';
import { DomainError } from '../domain/errors';
import type { CommandContext } from './context';
import { verifyPassword } from './support/passwords';
import { createSession } from './support/sessions';

export async function signIn(ctx: CommandContext, opts: { input: SignInBody; now: Date }) {
  const person = await findPersonByEmail(ctx.db, opts.input.email);
  const ok = await verifyPassword(person?.status === 'active' ? person.password_hash : null, opts.input.password);
  if (!person || !ok) {
    throw new DomainError('invalid_credentials', 'The email or password is not right. Check both, or reset your password.', 401);
  }
  const sessionToken = await createSession(ctx.db, person.id, opts.now);
  return { sessionToken, personId: person.id };
}
