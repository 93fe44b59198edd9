import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../../common/api/auth';
import {
  AnswerProposalBody,
  ChangeObjectiveBody,
  CreateObjectiveBody,
  CreatedResponse,
  MeetingObjectiveChangesResponse,
  NoteBody,
  ObjectiveDetail,
  ObjectivesResponse,
  OverviewResponse,
  TimelineQuery,
  TimelineResponse,
} from '../../../common/api/objectives';
import { addObjectiveNote } from '../../commands/add-objective-note';
import { agreeObjective } from '../../commands/agree-objective';
import { answerObjectiveProposal } from '../../commands/answer-objective-proposal';
import { changeObjective } from '../../commands/change-objective';
import { createObjective } from '../../commands/create-objective';
import { updateObjectiveCycles } from '../../commands/update-objective-cycles';
import { getObjectiveCycles } from '../../queries/get-objective-cycles';
import { ObjectiveCyclesBody } from '../../../common/api/objectives';
import { getObjective } from '../../queries/get-objective';
import {
  getObjectivesTimelineJson,
  getObjectivesTimelineSvg,
  objectiveChangesForMeeting,
} from '../../queries/get-objectives-timeline';
import { listObjectivesJson, objectivesOverview } from '../../queries/list-objectives';
import { requireActor } from '../session';

const Params = z.object({ id: z.string().min(1).max(64) });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

/** Objectives with their full history: routes are thin, every rule is in the domain and policy. */
export async function objectivesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['objectives'];
  // Admins: whether objectives follow annual or quarterly review cycles (default: none).
  app.get(
    '/api/admin/objective-cycles',
    { schema: { tags, response: { 200: ObjectiveCyclesBody, 401: ErrorResponse, 404: ErrorResponse } } },
    async (req) => getObjectiveCycles(app.ctx.db, { actor: await requireActor(app, req) }),
  );
  app.put(
    '/api/admin/objective-cycles',
    {
      schema: {
        tags,
        body: ObjectiveCyclesBody,
        response: { 200: ObjectiveCyclesBody, 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (req) => {
      const actor = await requireActor(app, req);
      await updateObjectiveCycles(app.ctx, { actor, cycles: req.body.cycles });
      return getObjectiveCycles(app.ctx.db, { actor });
    },
  );

  const detail = async (actor: Awaited<ReturnType<typeof requireActor>>, objectiveId: string) =>
    getObjective(app.ctx.db, { actor, objectiveId, now: app.clock() });

  app.get('/api/objectives', { schema: { tags, response: { 200: OverviewResponse, ...errors } } }, async (req) => {
    const actor = await requireActor(app, req);
    return objectivesOverview(app.ctx.db, { actor, now: app.clock() });
  });

  app.get(
    '/api/people/:id/objectives',
    { schema: { tags, params: Params, response: { 200: ObjectivesResponse, ...errors } } },
    async (req, reply) => {
      const actor = await requireActor(app, req);
      // Served pre-serialised (a cached string): the list is the most read objectives page.
      const json = await listObjectivesJson(app.ctx.db, { actor, personId: req.params.id, now: app.clock() });
      return reply.type('application/json; charset=utf-8').send(json as unknown as ObjectivesResponse);
    },
  );

  app.post(
    '/api/people/:id/objectives',
    { schema: { tags, params: Params, body: CreateObjectiveBody, response: { 200: CreatedResponse, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      const id = await createObjective(app.ctx, { actor, ownerId: req.params.id, input: req.body, now: app.clock() });
      return { id };
    },
  );

  app.get(
    '/api/people/:id/objectives/timeline',
    { schema: { tags, params: Params, querystring: TimelineQuery, response: { 200: TimelineResponse, ...errors } } },
    async (req, reply) => {
      const actor = await requireActor(app, req);
      const json = await getObjectivesTimelineJson(app.ctx.db, {
        actor,
        personId: req.params.id,
        ...req.query,
        now: app.clock(),
      });
      return reply.type('application/json; charset=utf-8').send(json as unknown as TimelineResponse);
    },
  );

  // The same picture as a file, for exports and for saving outside OnRecord.
  app.get(
    '/api/people/:id/objectives/timeline.svg',
    { schema: { tags, params: Params, querystring: TimelineQuery } },
    async (req, reply) => {
      const actor = await requireActor(app, req);
      const svg = await getObjectivesTimelineSvg(app.ctx.db, { actor, personId: req.params.id, ...req.query, now: app.clock() });
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="objectives-timeline.svg"')
        .send(svg);
    },
  );

  app.get(
    '/api/objectives/:id',
    { schema: { tags, params: Params, response: { 200: ObjectiveDetail, ...errors } } },
    async (req) => detail(await requireActor(app, req), req.params.id),
  );

  app.post(
    '/api/objectives/:id/changes',
    { schema: { tags, params: Params, body: ChangeObjectiveBody, response: { 200: ObjectiveDetail, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await changeObjective(app.ctx, { actor, objectiveId: req.params.id, input: req.body, now: app.clock() });
      return detail(actor, req.params.id);
    },
  );

  app.post(
    '/api/objectives/:id/agree',
    { schema: { tags, params: Params, response: { 200: ObjectiveDetail, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await agreeObjective(app.ctx, { actor, objectiveId: req.params.id, now: app.clock() });
      return detail(actor, req.params.id);
    },
  );

  app.post(
    '/api/objectives/:id/answer',
    { schema: { tags, params: Params, body: AnswerProposalBody, response: { 200: ObjectiveDetail, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await answerObjectiveProposal(app.ctx, { actor, objectiveId: req.params.id, ...req.body, now: app.clock() });
      return detail(actor, req.params.id);
    },
  );

  app.post(
    '/api/objectives/:id/notes',
    { schema: { tags, params: Params, body: NoteBody, response: { 200: ObjectiveDetail, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await addObjectiveNote(app.ctx, { actor, objectiveId: req.params.id, ...req.body, now: app.clock() });
      return detail(actor, req.params.id);
    },
  );

  app.get(
    '/api/meetings/:id/objective-changes',
    { schema: { tags, params: Params, response: { 200: MeetingObjectiveChangesResponse, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      return { changes: await objectiveChangesForMeeting(app.ctx.db, { actor, meetingId: req.params.id, now: app.clock() }) };
    },
  );
}
