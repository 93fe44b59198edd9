import type { InvitePersonBody } from '../../common/api/people';
import {
  bumpPeopleVersion,
  findOrganisation,
  findPersonByEmail,
  findPersonById,
  insertLines,
  insertPerson,
} from '../db/repositories/people.repository';
import { invitationMail } from '../emails/templates';
import { queueMail } from '../emails/outbox';
import { iso, localDate } from '../domain/dates';
import { conflict, invalid, notFound } from '../domain/errors';
import { newId } from '../domain/ids';
import type { Actor } from '../policies/actor';
import { canInvitePeople } from '../policies/people.policy';
import type { CommandContext } from './context';
import { issueLink } from './support/links';

export async function invitePerson(ctx: CommandContext, opts: { actor: Actor; input: InvitePersonBody; now: Date }) {
  const { actor, input, now } = opts;
  if (!canInvitePeople(actor)) throw notFound('This page');
  const personId = await ctx.db.transaction().execute(async (trx) => {
    if (await findPersonByEmail(trx, input.email)) throw conflict(`${input.email} already has an account.`);
    const org = await findOrganisation(trx, actor.orgId);
    if (!org) throw notFound('The organisation');
    if (input.managerId) {
      const manager = await findPersonById(trx, input.managerId);
      if (!manager || manager.org_id !== actor.orgId) throw invalid('managerId: the manager is not in your organisation.');
    }
    const id = newId();
    await insertPerson(trx, {
      id,
      org_id: actor.orgId,
      name: input.name,
      email: input.email,
      time_zone: input.timeZone,
      is_hr: input.isHr ? 1 : 0,
      is_admin: input.isAdmin ? 1 : 0,
      status: 'invited',
      password_hash: null,
      created_at: iso(now),
      updated_at: iso(now),
    });
    if (input.managerId) {
      await insertLines(trx, [
        {
          id: newId(),
          org_id: actor.orgId,
          person_id: id,
          manager_id: input.managerId,
          valid_from: localDate(now, input.timeZone),
          valid_to: null,
          created_at: iso(now),
        },
      ]);
    }
    await bumpPeopleVersion(trx, actor.orgId);
    const link = await issueLink(trx, { ...ctx, kind: 'invitation', orgId: actor.orgId, personId: id, now });
    await queueMail(trx, {
      orgId: actor.orgId,
      to: input.email,
      content: invitationMail({
        name: input.name,
        orgName: org.name,
        inviter: actor.name,
        url: link.url,
        expiresAt: link.expiresAt,
      }),
      smtp: ctx.smtpConfigured,
      now,
    });
    return id;
  });
  ctx.onMailQueued?.();
  return personId;
}
