import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../../common/api/auth';
import { AccessLogResponse } from '../../../common/api/minutes';
import { exportBundle } from '../../commands/export-bundle';
import { accessLogOf } from '../../queries/get-access-log';
import { requireActor } from '../session';

export async function recordRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  // Anyone downloads their own record, any time: entries, proofs, signed heads, public key.
  app.get(
    '/api/record/bundle',
    { schema: { tags: ['record'], response: { 401: ErrorResponse, 404: ErrorResponse } } },
    async (req, reply) => {
      const actor = await requireActor(app, req);
      const bundle = await exportBundle(app.ctx, { actor, personId: actor.personId, now: app.clock() });
      const day = app.clock().toISOString().slice(0, 10);
      return reply
        .header('content-disposition', `attachment; filename="onrecord-${actor.email.split('@')[0]}-${day}.json"`)
        .type('application/json; charset=utf-8')
        .send(`${JSON.stringify(bundle, null, 1)}\n` as never);
    },
  );

  app.get(
    '/api/record/access-log',
    { schema: { tags: ['record'], response: { 200: AccessLogResponse, 401: ErrorResponse } } },
    async (req) => {
      const actor = await requireActor(app, req);
      return { entries: await accessLogOf(app.ctx.db, { actor }) };
    },
  );
}
