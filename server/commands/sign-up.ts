import type { SignUpBody } from '../../common/api/auth';
import { findPersonByEmail, insertOrganisation, insertPerson } from '../db/repositories/people.repository';
import { iso } from '../domain/dates';
import { conflict } from '../domain/errors';
import { newId } from '../domain/ids';
import { defaultOrganisationSettings } from '../domain/organisation';
import type { CommandContext } from './context';
import { hashPassword } from './support/passwords';
import { createSession } from './support/sessions';

/** Creates a new organisation with its first admin, and signs that admin in. */
export async function signUp(ctx: CommandContext, opts: { input: SignUpBody; now: Date }) {
  const { input, now } = opts;
  const passwordHash = await hashPassword(input.password); // outside the transaction: it is slow on purpose
  return ctx.db.transaction().execute(async (trx) => {
    if (await findPersonByEmail(trx, input.email)) {
      throw conflict('An account with this email already exists. Sign in, or reset your password.');
    }
    const orgId = newId();
    const personId = newId();
    await insertOrganisation(trx, {
      id: orgId,
      name: input.organisationName,
      settings: defaultOrganisationSettings(),
      createdAt: iso(now),
    });
    await insertPerson(trx, {
      id: personId,
      org_id: orgId,
      name: input.name,
      email: input.email,
      time_zone: input.timeZone,
      is_hr: 0,
      is_admin: 1,
      status: 'active',
      password_hash: passwordHash,
      created_at: iso(now),
      updated_at: iso(now),
    });
    const sessionToken = await createSession(trx, personId, now);
    return { sessionToken, personId };
  });
}
