import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../../common/api/auth';
import { ChangeManagerBody, DirectoryResponse, InvitePersonBody, PersonDetail, PersonSummary } from '../../../common/api/people';
import { changeManager } from '../../commands/change-manager';
import { invitePerson } from '../../commands/invite-person';
import { directoryJson, getPerson } from '../../queries/list-people';
import { sendCachedJson } from '../cached-json';
import { requireActor } from '../session';

const PersonParams = z.object({ id: z.string().min(1).max(64) });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export async function peopleRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/people',
    { schema: { tags: ['people'], response: { 200: DirectoryResponse, ...errors } } },
    async (req, reply) => {
      const actor = await requireActor(app, req);
      // Pre-serialised, compressed and cached while unchanged: the directory is the most-read list.
      return sendCachedJson(req, reply, await directoryJson(app.ctx.db, { actor, now: app.clock() }));
    },
  );

  app.get(
    '/api/people/:id',
    { schema: { tags: ['people'], params: PersonParams, response: { 200: PersonDetail, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      return getPerson(app.ctx.db, { actor, personId: req.params.id, now: app.clock() });
    },
  );

  app.post(
    '/api/people/invitations',
    { schema: { tags: ['people'], body: InvitePersonBody, response: { 201: PersonSummary, ...errors } } },
    async (req, reply) => {
      const actor = await requireActor(app, req);
      const personId = await invitePerson(app.ctx, { actor, input: req.body, now: app.clock() });
      const person = await getPerson(app.ctx.db, { actor, personId, now: app.clock() });
      const { reports: _r, managerHistory: _h, ...summary } = person;
      return reply.code(201).send(summary);
    },
  );

  app.put(
    '/api/people/:id/manager',
    { schema: { tags: ['people'], params: PersonParams, body: ChangeManagerBody, response: { 200: PersonDetail, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await changeManager(app.ctx, { actor, personId: req.params.id, input: req.body, now: app.clock() });
      return getPerson(app.ctx.db, { actor, personId: req.params.id, now: app.clock() });
    },
  );
}
