import { markNoticesRead } from '../db/repositories/weekly.repository';
import { iso } from '../domain/dates';
import type { Actor } from '../policies/actor';
import type { CommandContext } from './context';

/** Marks the actor's weekly-update notices as read. */
export async function readWeeklyNotices(ctx: CommandContext, opts: { actor: Actor; now: Date }) {
  await markNoticesRead(ctx.db, opts.actor.personId, iso(opts.now));
}
