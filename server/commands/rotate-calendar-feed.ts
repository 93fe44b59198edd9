import crypto from 'node:crypto';
import { deleteFeed, replaceFeed } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import type { Actor } from '../policies/actor';
import type { CommandContext } from './context';

export const feedTokenHash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** A new private feed URL for the actor; any previous one stops working. The token is shown once, stored hashed. */
export async function rotateCalendarFeed(ctx: CommandContext, opts: { actor: Actor; now: Date }) {
  const token = crypto.randomBytes(32).toString('base64url');
  const at = iso(opts.now);
  await ctx.db.transaction().execute((trx) => replaceFeed(trx, opts.actor.personId, feedTokenHash(token), at));
  return { url: `${ctx.publicUrl.replace(/\/$/, '')}/api/calendar/${token}.ics`, createdAt: at };
}

export async function revokeCalendarFeed(ctx: CommandContext, opts: { actor: Actor }) {
  await deleteFeed(ctx.db, opts.actor.personId);
}
