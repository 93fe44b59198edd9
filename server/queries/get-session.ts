import type { SessionResponse } from '../../common/api/auth';
import { type Db, localWrites } from '../db/database';
import { findSessionActor } from '../db/repositories/auth.repository';
import { findOrganisation, reportsOn } from '../db/repositories/people.repository';
import { localDate } from '../domain/dates';
import { notFound } from '../domain/errors';
import { abilitiesFor } from '../policies/abilities';
import type { Actor } from '../policies/actor';
import { sessionIdOf } from '../commands/support/sessions';
import { parseOrganisationSettings } from '../domain/organisation';
import { disabledCategoriesOf } from './get-checker-settings';

/**
 * How long a resolved session may be reused without asking the database (SQLite only), unless
 * this process writes anything in between. A sign-out, a deactivation or a role change made by
 * this process takes effect at once; one made by another process on the same file (the CLI) within
 * this bound. Every SQLite read costs a read transaction, whose locking is most of a small
 * request's time (docs/adr/0006-session-cache.md).
 */
export const SESSION_REUSE_MS = 1000;
const SESSION_CACHE_MAX = 10_000;

interface CachedActor {
  actor: Actor;
  expiresAt: string;
  at: number;
  writes: number;
}
const sessionCaches = new WeakMap<Db, Map<string, CachedActor>>();

/** The actor behind a session cookie, or undefined (expired, signed out, deactivated). */
export async function resolveActor(db: Db, opts: { sessionToken: string; now: Date }): Promise<Actor | undefined> {
  const writes = localWrites(db);
  const nowMs = opts.now.getTime();
  const nowIso = opts.now.toISOString();
  let cache = sessionCaches.get(db);
  const hit = cache?.get(opts.sessionToken);
  if (hit && hit.writes === writes && nowMs >= hit.at && nowMs - hit.at < SESSION_REUSE_MS && hit.expiresAt > nowIso) {
    return hit.actor;
  }
  const row = await findSessionActor(db, sessionIdOf(opts.sessionToken), nowIso);
  if (!row) {
    cache?.delete(opts.sessionToken);
    return undefined;
  }
  const { expiresAt, ...fields } = row;
  const actor: Actor = { ...fields, isHr: fields.isHr === 1, isAdmin: fields.isAdmin === 1 };
  if (writes !== undefined) {
    if (!cache) {
      cache = new Map();
      sessionCaches.set(db, cache);
    }
    if (cache.size >= SESSION_CACHE_MAX) cache.delete(cache.keys().next().value as string);
    // The count read before the query: a write that ran meanwhile leaves this entry stale at once.
    cache.set(opts.sessionToken, { actor, expiresAt, at: nowMs, writes });
  }
  return actor;
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
