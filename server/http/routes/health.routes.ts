import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { CsrfResponse } from '../../../common/api/auth';

export async function healthRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        response: {
          200: z.object({ ok: z.boolean(), database: z.string() }),
          503: z.object({ ok: z.boolean(), database: z.string(), message: z.string() }),
        },
      },
    },
    async (_req, reply) => {
      try {
        await sql`select 1`.execute(app.ctx.db);
        return { ok: true, database: app.ctx.engine };
      } catch (e) {
        return reply.code(503).send({ ok: false, database: app.ctx.engine, message: (e as Error).message });
      }
    },
  );
  app.get('/api/csrf', { schema: { tags: ['auth'], response: { 200: CsrfResponse } } }, async (_req, reply) => {
    return { token: reply.generateCsrf() };
  });
}
