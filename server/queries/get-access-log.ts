import type { Db } from '../db/database';
import { accessesOf } from '../db/repositories/record.repository';
import { notFound } from '../domain/errors';
import type { Actor } from '../policies/actor';
import { canViewAccessLog } from '../policies/record.policy';

/** Who other than the two participants read my meetings, minutes or record, and when. */
export async function accessLogOf(db: Db, opts: { actor: Actor }) {
  if (!canViewAccessLog(opts.actor, { personId: opts.actor.personId, orgId: opts.actor.orgId })) throw notFound('This page');
  return accessesOf(db, opts.actor.personId);
}
