import { deleteSession } from '../db/repositories/auth.repository';
import type { CommandContext } from './context';
import { sessionIdOf } from './support/sessions';

export async function signOut(ctx: CommandContext, opts: { sessionToken: string }) {
  await deleteSession(ctx.db, sessionIdOf(opts.sessionToken));
}
