import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_TTL_MS } from '../commands/support/sessions';
import { unauthenticated } from '../domain/errors';
import type { Actor } from '../policies/actor';
import { resolveActor } from '../queries/get-session';

export const SESSION_COOKIE = 'onrecord_session';

/** The session token the browser sent, if any (resolved by the query that needs it). */
export const sessionTokenOf = (req: FastifyRequest): string | undefined => req.cookies[SESSION_COOKIE];

export async function requireActor(app: FastifyInstance, req: FastifyRequest): Promise<Actor> {
  const token = req.cookies[SESSION_COOKIE];
  const actor = token ? await resolveActor(app.ctx.db, { sessionToken: token, now: app.clock() }) : undefined;
  if (!actor) throw unauthenticated();
  return actor;
}

export function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: app.ctx.publicUrl.startsWith('https:'),
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
