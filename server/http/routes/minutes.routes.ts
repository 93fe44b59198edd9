import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, OkResponse } from '../../../common/api/auth';
import {
  AmendBody,
  CorrectionBody,
  LinkAnswerBody,
  MeetingMinutesResponse,
  MinutesView,
  ResolveBody,
  SaveDraftBody,
  TimelineResponse,
} from '../../../common/api/minutes';
import { amendMinutes } from '../../commands/amend-minutes';
import { answerMinutes } from '../../commands/answer-minutes';
import { answerMinutesByLink, minutesOfLink } from '../../commands/answer-minutes-by-link';
import { resolveMinutesCorrection } from '../../commands/resolve-minutes-correction';
import { saveMinutesDraft } from '../../commands/save-minutes-draft';
import { sendMinutes } from '../../commands/send-minutes';
import { startMinutes } from '../../commands/start-minutes';
import { getMinutes, minutesOfMeetingFor, minutesTimeline, presentMinutes } from '../../queries/get-minutes';
import { resolveActor } from '../../queries/get-session';
import { SESSION_COOKIE, requireActor } from '../session';

const Params = z.object({ id: z.string().min(1).max(64) });
const TokenParams = z.object({ token: z.string().min(10).max(500) });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 410: ErrorResponse };

export async function minutesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const view = (actor: Awaited<ReturnType<typeof requireActor>>, minutesId: string) =>
    getMinutes(app.ctx.db, { actor, minutesId });

  app.get(
    '/api/meetings/:id/minutes',
    { schema: { tags: ['minutes'], params: Params, response: { 200: MeetingMinutesResponse, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      return { minutes: await minutesOfMeetingFor(app.ctx.db, { actor, meetingId: req.params.id }) };
    },
  );

  app.post(
    '/api/meetings/:id/minutes',
    { schema: { tags: ['minutes'], params: Params, response: { 200: MinutesView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      const id = await startMinutes(app.ctx, { actor, meetingId: req.params.id, now: app.clock() });
      return view(actor, id);
    },
  );

  app.get(
    '/api/minutes/:id',
    { schema: { tags: ['minutes'], params: Params, response: { 200: MinutesView, ...errors } } },
    async (req) => {
      return view(await requireActor(app, req), req.params.id);
    },
  );

  app.put(
    '/api/minutes/:id/draft',
    { schema: { tags: ['minutes'], params: Params, body: SaveDraftBody, response: { 200: MinutesView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await saveMinutesDraft(app.ctx, { actor, minutesId: req.params.id, content: req.body.content, now: app.clock() });
      return view(actor, req.params.id);
    },
  );

  app.post(
    '/api/minutes/:id/send',
    { schema: { tags: ['minutes'], params: Params, response: { 200: MinutesView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await sendMinutes(app.ctx, { actor, minutesId: req.params.id, now: app.clock() });
      return view(actor, req.params.id);
    },
  );

  app.post(
    '/api/minutes/:id/confirm',
    { schema: { tags: ['minutes'], params: Params, response: { 200: MinutesView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await answerMinutes(app.ctx, { actor, minutesId: req.params.id, input: { answer: 'confirm' }, now: app.clock() });
      return view(actor, req.params.id);
    },
  );

  app.post(
    '/api/minutes/:id/corrections',
    { schema: { tags: ['minutes'], params: Params, body: CorrectionBody, response: { 200: MinutesView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await answerMinutes(app.ctx, {
        actor,
        minutesId: req.params.id,
        input: { answer: 'correct', ...req.body },
        now: app.clock(),
      });
      return view(actor, req.params.id);
    },
  );

  app.post(
    '/api/minutes/:id/corrections/resolve',
    { schema: { tags: ['minutes'], params: Params, body: ResolveBody, response: { 200: MinutesView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await resolveMinutesCorrection(app.ctx, { actor, minutesId: req.params.id, accept: req.body.accept, now: app.clock() });
      return view(actor, req.params.id);
    },
  );

  app.post(
    '/api/minutes/:id/amendments',
    { schema: { tags: ['minutes'], params: Params, body: AmendBody, response: { 200: MinutesView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await amendMinutes(app.ctx, {
        actor,
        minutesId: req.params.id,
        content: req.body.content,
        reason: req.body.reason,
        now: app.clock(),
      });
      return view(actor, req.params.id);
    },
  );

  app.get(
    '/api/series/:id/minutes-timeline',
    { schema: { tags: ['minutes'], params: Params, response: { 200: TimelineResponse, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      return { meetings: await minutesTimeline(app.ctx.db, { actor, seriesId: req.params.id }) };
    },
  );

  // The mailed link: works without signing in (the link is the proof), once, until the deadline.
  const signedInAs = async (token: string | undefined) =>
    token ? (await resolveActor(app.ctx.db, { sessionToken: token, now: app.clock() }))?.personId : undefined;

  app.get(
    '/api/minutes/answer/:token',
    { schema: { tags: ['minutes'], params: TokenParams, response: { 200: MinutesView, ...errors } } },
    async (req) => {
      const l = await minutesOfLink(app.ctx.db, {
        secret: app.ctx.secret,
        token: req.params.token,
        now: app.clock(),
        signedInAs: await signedInAs(req.cookies[SESSION_COOKIE]),
        consume: false,
      });
      return presentMinutes(l, l.personId);
    },
  );

  app.post(
    '/api/minutes/answer',
    { schema: { tags: ['minutes'], body: LinkAnswerBody, response: { 200: OkResponse, ...errors } } },
    async (req) => {
      const { token, ...input } = req.body;
      await answerMinutesByLink(app.ctx, {
        token,
        input,
        now: app.clock(),
        signedInAs: await signedInAs(req.cookies[SESSION_COOKIE]),
      });
      return { ok: true as const };
    },
  );
}
