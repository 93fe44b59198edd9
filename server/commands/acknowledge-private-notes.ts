import { acknowledgePrivateNotes as ack } from '../db/repositories/meetings.repository';
import { iso } from '../domain/dates';
import type { Actor } from '../policies/actor';
import type { CommandContext } from './context';

/** The person has read, once, that private notes may still have to be disclosed in legal proceedings. */
export async function acknowledgePrivateNotes(ctx: CommandContext, opts: { actor: Actor; now: Date }) {
  await ack(ctx.db, opts.actor.personId, iso(opts.now));
}
