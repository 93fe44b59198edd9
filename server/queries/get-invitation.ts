import type { InvitationInfo } from '../../common/api/auth';
import type { Db } from '../db/database';
import { findOrganisation, findPersonById } from '../db/repositories/people.repository';
import { notFound } from '../domain/errors';
import { checkLink } from '../commands/support/check-link';

/** What an invitation link is for, without using it up. */
export async function getInvitation(db: Db, opts: { secret: string; token: string; now: Date }): Promise<InvitationInfo> {
  const link = await checkLink(db, { secret: opts.secret, kind: 'invitation', token: opts.token, now: opts.now, consume: false });
  const person = await findPersonById(db, link.person_id);
  const org = await findOrganisation(db, link.org_id);
  if (!person || !org) throw notFound('This invitation link');
  return { name: person.name, email: person.email, organisationName: org.name };
}
