import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AcceptInvitationBody,
  ErrorResponse,
  InvitationInfo,
  OkResponse,
  ResetCompleteBody,
  ResetRequestBody,
  SessionResponse,
  SignInBody,
  SignUpBody,
} from '../../../common/api/auth';
import { acceptInvitation } from '../../commands/accept-invitation';
import { completePasswordReset } from '../../commands/complete-password-reset';
import { requestPasswordReset } from '../../commands/request-password-reset';
import { signIn } from '../../commands/sign-in';
import { signOut } from '../../commands/sign-out';
import { signUp } from '../../commands/sign-up';
import { getInvitation } from '../../queries/get-invitation';
import { getSession, resolveActor } from '../../queries/get-session';
import { SESSION_COOKIE, clearSessionCookie, requireActor, setSessionCookie } from '../session';

export async function authRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  // Brute-force guard: a few attempts per client per minute on every credential route.
  const limited = { rateLimit: { max: app.config.authRateLimit, timeWindow: '1 minute' } };
  const errors = {
    400: ErrorResponse,
    401: ErrorResponse,
    404: ErrorResponse,
    409: ErrorResponse,
    410: ErrorResponse,
    429: ErrorResponse,
  };

  const signedIn = async (token: string) => {
    const actor = await resolveActor(app.ctx.db, { sessionToken: token, now: app.clock() });
    if (!actor) throw new Error('session was not created');
    return getSession(app.ctx.db, { actor, now: app.clock() });
  };

  app.get(
    '/api/auth/session',
    { schema: { tags: ['auth'], response: { 200: SessionResponse, 401: ErrorResponse } } },
    async (req) => {
      const actor = await requireActor(app, req);
      return getSession(app.ctx.db, { actor, now: app.clock() });
    },
  );

  app.post(
    '/api/auth/sign-up',
    { config: limited, schema: { tags: ['auth'], body: SignUpBody, response: { 201: SessionResponse, ...errors } } },
    async (req, reply) => {
      const { sessionToken } = await signUp(app.ctx, { input: req.body, now: app.clock() });
      setSessionCookie(app, reply, sessionToken);
      return reply.code(201).send(await signedIn(sessionToken));
    },
  );

  app.post(
    '/api/auth/sign-in',
    { config: limited, schema: { tags: ['auth'], body: SignInBody, response: { 200: SessionResponse, ...errors } } },
    async (req, reply) => {
      const { sessionToken } = await signIn(app.ctx, { input: req.body, now: app.clock() });
      setSessionCookie(app, reply, sessionToken);
      return signedIn(sessionToken);
    },
  );

  app.post('/api/auth/sign-out', { schema: { tags: ['auth'], response: { 200: OkResponse } } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await signOut(app.ctx, { sessionToken: token });
    clearSessionCookie(reply);
    return { ok: true as const };
  });

  app.post(
    '/api/auth/password-reset/request',
    { config: limited, schema: { tags: ['auth'], body: ResetRequestBody, response: { 202: OkResponse, ...errors } } },
    async (req, reply) => {
      await requestPasswordReset(app.ctx, { email: req.body.email, now: app.clock() });
      return reply.code(202).send({ ok: true as const });
    },
  );

  app.post(
    '/api/auth/password-reset/complete',
    { config: limited, schema: { tags: ['auth'], body: ResetCompleteBody, response: { 200: OkResponse, ...errors } } },
    async (req) => {
      await completePasswordReset(app.ctx, { token: req.body.token, password: req.body.password, now: app.clock() });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/invitations/:token',
    {
      schema: {
        tags: ['auth'],
        params: z.object({ token: z.string().min(1).max(500) }),
        response: { 200: InvitationInfo, ...errors },
      },
    },
    async (req) => {
      return getInvitation(app.ctx.db, { secret: app.ctx.secret, token: req.params.token, now: app.clock() });
    },
  );

  app.post(
    '/api/invitations/accept',
    { config: limited, schema: { tags: ['auth'], body: AcceptInvitationBody, response: { 200: SessionResponse, ...errors } } },
    async (req, reply) => {
      const { sessionToken } = await acceptInvitation(app.ctx, {
        token: req.body.token,
        password: req.body.password,
        now: app.clock(),
      });
      setSessionCookie(app, reply, sessionToken);
      return signedIn(sessionToken);
    },
  );
}
