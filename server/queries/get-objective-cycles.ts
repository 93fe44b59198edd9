import type { Db } from '../db/database';
import { notFound } from '../domain/errors';
import type { Actor } from '../policies/actor';
import { canManageObjectiveSettings } from '../policies/objectives.policy';
import { settingsOf } from './meeting-access';

export async function getObjectiveCycles(db: Db, opts: { actor: Actor }) {
  if (!canManageObjectiveSettings(opts.actor)) throw notFound('This page');
  return { cycles: (await settingsOf(db, opts.actor.orgId)).objectiveCycles };
}
