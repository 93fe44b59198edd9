import type { SessionResponse } from '../../common/api/auth';
import type { Db } from '../db/database';
import { findSessionActor } from '../db/repositories/auth.repository';
import { findOrganisation, reportsOn } from '../db/repositories/people.repository';
import { localDate } from '../domain/dates';
import { notFound } from '../domain/errors';
import { abilitiesFor } from '../policies/abilities';
import type { Actor } from '../policies/actor';
import { sessionIdOf } from '../commands/support/sessions';
import { parseOrganisationSettings } from '../domain/organisation';
import { disabledCategoriesOf } from './get-checker-settings';

/** The actor behind a session cookie, or undefined (expired, signed out, deactivated). */
export async function resolveActor(db: Db, opts: { sessionToken: string; now: Date }): Promise<Actor | undefined> {
  const row = await findSessionActor(db, sessionIdOf(opts.sessionToken), opts.now.toISOString());
  return row ? { ...row, isHr: row.isHr === 1, isAdmin: row.isAdmin === 1 } : undefined;
}

export async function getSession(db: Db, opts: { actor: Actor; now: Date }): Promise<SessionResponse> {
  const { actor } = opts;
  const org = await findOrganisation(db, actor.orgId);
  if (!org) throw notFound('The organisation');
  const reports = await reportsOn(db, actor.personId, localDate(opts.now, actor.timeZone));
  const settings = parseOrganisationSettings(org.settings);
  return {
    person: {
      id: actor.personId,
      name: actor.name,
      email: actor.email,
      timeZone: actor.timeZone,
      isHr: actor.isHr,
      isAdmin: actor.isAdmin,
      isManager: reports.length > 0,
    },
    organisation: {
      id: org.id,
      name: org.name,
      checker: { disabledCategories: disabledCategoriesOf(settings.checkerDisabled), neverOffRecord: settings.neverOffRecord },
    },
    abilities: abilitiesFor(actor),
  };
}
