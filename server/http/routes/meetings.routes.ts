import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, OkResponse } from '../../../common/api/auth';
import {
  AddActionBody,
  AddPointBody,
  ApplyTemplateBody,
  CalendarFeedCreated,
  CalendarFeedStatus,
  CreateSeriesBody,
  MeetingView,
  MoveMeetingBody,
  MovePointBody,
  MyActionsResponse,
  OffRecordPolicyBody,
  OpenedMeeting,
  OpenMeetingBody,
  SaveNotesBody,
  SeriesDetail,
  SeriesListResponse,
  TemplateBody,
  TemplatesResponse,
  UpdateActionBody,
  UpdatePointBody,
  UpdateScheduleBody,
} from '../../../common/api/meetings';
import { acknowledgePrivateNotes } from '../../commands/acknowledge-private-notes';
import { addActionItem } from '../../commands/add-action-item';
import { addTalkingPoints } from '../../commands/add-talking-point';
import { applyMeetingTemplate } from '../../commands/apply-meeting-template';
import { closeMeeting } from '../../commands/close-meeting';
import { createSeries } from '../../commands/create-series';
import { deleteMeetingTemplate } from '../../commands/delete-meeting-template';
import { deleteTalkingPoint } from '../../commands/delete-talking-point';
import { moveMeeting } from '../../commands/move-meeting';
import { moveTalkingPoint } from '../../commands/move-talking-point';
import { openMeeting } from '../../commands/open-meeting';
import { revokeCalendarFeed, rotateCalendarFeed } from '../../commands/rotate-calendar-feed';
import { saveMeetingNotes } from '../../commands/save-meeting-notes';
import { saveMeetingTemplate } from '../../commands/save-meeting-template';
import { savePointNotes } from '../../commands/save-point-notes';
import { savePrivateNote } from '../../commands/save-private-note';
import { skipMeeting } from '../../commands/skip-meeting';
import { updateActionItem } from '../../commands/update-action-item';
import { updateOffRecordPolicy } from '../../commands/update-off-record-policy';
import { updateSeriesSchedule } from '../../commands/update-series-schedule';
import { updateTalkingPoint } from '../../commands/update-talking-point';
import { getCalendarFeed, getCalendarFeedStatus } from '../../queries/get-calendar-feed';
import { getMeeting } from '../../queries/get-meeting';
import { getSeries } from '../../queries/get-series';
import { listMyActions } from '../../queries/list-my-actions';
import { listMySeries } from '../../queries/list-series';
import { getOffRecordPolicy, listMeetingTemplates } from '../../queries/list-meeting-templates';
import type { MeetingEventHub } from '../meeting-events';
import { requireActor, sessionTokenOf } from '../session';

const IdParams = z.object({ id: z.string().min(1).max(80) });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const Version = z.object({ version: z.number().int() });
const Stale = ErrorResponse.extend({ current: z.object({ text: z.string(), version: z.number().int() }).optional() });
const notesErrors = { ...errors, 409: Stale };

declare module 'fastify' {
  interface FastifyInstance {
    meetingEvents: MeetingEventHub;
  }
}

/** 1:1 series, meetings, agenda, notes, action items, private notes, templates and calendar feeds. */
export async function meetingsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const hub = fastify.meetingEvents;
  const changed = (meetingId: string, by: string) => hub.publish(meetingId, { type: 'changed', by });
  const ctx = () => app.ctx;
  const tags = ['meetings'];

  // ---- series
  app.get('/api/series', { schema: { tags, response: { 200: SeriesListResponse, ...errors } } }, async (req) => {
    const actor = await requireActor(app, req);
    return listMySeries(app.ctx.db, { actor, now: app.clock() });
  });

  // Returns the id only: an admin may start a series for others but sees none of its content.
  app.post(
    '/api/series',
    { schema: { tags, body: CreateSeriesBody, response: { 201: z.object({ seriesId: z.string() }), ...errors } } },
    async (req, reply) => {
      const actor = await requireActor(app, req);
      return reply.code(201).send({ seriesId: await createSeries(ctx(), { actor, input: req.body, now: app.clock() }) });
    },
  );

  app.get('/api/series/:id', { schema: { tags, params: IdParams, response: { 200: SeriesDetail, ...errors } } }, async (req) => {
    const actor = await requireActor(app, req);
    return getSeries(app.ctx.db, { actor, seriesId: req.params.id, now: app.clock() });
  });

  app.put(
    '/api/series/:id/schedule',
    { schema: { tags, params: IdParams, body: UpdateScheduleBody, response: { 200: SeriesDetail, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await updateSeriesSchedule(ctx(), { actor, seriesId: req.params.id, input: req.body, now: app.clock() });
      return getSeries(app.ctx.db, { actor, seriesId: req.params.id, now: app.clock() });
    },
  );

  app.post(
    '/api/series/:id/meetings',
    { schema: { tags, params: IdParams, body: OpenMeetingBody, response: { 200: OpenedMeeting, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      return { meetingId: await openMeeting(ctx(), { actor, seriesId: req.params.id, input: req.body, now: app.clock() }) };
    },
  );

  // ---- meetings
  // The hottest read: the session is resolved inside the page's own query (one round trip).
  app.get('/api/meetings/:id', { schema: { tags, params: IdParams, response: { 200: MeetingView, ...errors } } }, async (req) =>
    getMeeting(app.ctx.db, { sessionToken: sessionTokenOf(req), meetingId: req.params.id, now: app.clock() }),
  );

  const meetingWrite = async (meetingId: string, actorId: string) => changed(meetingId, actorId);

  app.put(
    '/api/meetings/:id/schedule',
    { schema: { tags, params: IdParams, body: MoveMeetingBody, response: { 200: MeetingView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await moveMeeting(ctx(), { actor, meetingId: req.params.id, startsAt: req.body.startsAt, now: app.clock() });
      await meetingWrite(req.params.id, actor.personId);
      return getMeeting(app.ctx.db, { sessionToken: sessionTokenOf(req), meetingId: req.params.id, now: app.clock() });
    },
  );

  app.post(
    '/api/meetings/:id/skip',
    { schema: { tags, params: IdParams, response: { 200: MeetingView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      const next = await skipMeeting(ctx(), { actor, meetingId: req.params.id, now: app.clock() });
      await meetingWrite(req.params.id, actor.personId);
      if (next) changed(next, actor.personId);
      return getMeeting(app.ctx.db, { sessionToken: sessionTokenOf(req), meetingId: req.params.id, now: app.clock() });
    },
  );

  app.post(
    '/api/meetings/:id/close',
    { schema: { tags, params: IdParams, response: { 200: MeetingView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      const snapshot = await closeMeeting(ctx(), { actor, meetingId: req.params.id, now: app.clock() });
      changed(req.params.id, actor.personId);
      if (snapshot.carriedInto) changed(snapshot.carriedInto, actor.personId);
      return getMeeting(app.ctx.db, { sessionToken: sessionTokenOf(req), meetingId: req.params.id, now: app.clock() });
    },
  );

  app.put(
    '/api/meetings/:id/notes',
    { schema: { tags, params: IdParams, body: SaveNotesBody, response: { 200: Version, ...notesErrors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      const r = await saveMeetingNotes(ctx(), { actor, meetingId: req.params.id, input: req.body, now: app.clock() });
      changed(req.params.id, actor.personId);
      return r;
    },
  );

  // Private notes: no event is published (the other participant must not even learn that one changed).
  app.put(
    '/api/meetings/:id/private-note',
    { schema: { tags, params: IdParams, body: SaveNotesBody, response: { 200: Version, ...notesErrors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      return savePrivateNote(ctx(), { actor, meetingId: req.params.id, input: req.body, now: app.clock() });
    },
  );

  app.post('/api/private-notes/acknowledge', { schema: { tags, response: { 200: OkResponse, ...errors } } }, async (req) => {
    const actor = await requireActor(app, req);
    await acknowledgePrivateNotes(ctx(), { actor, now: app.clock() });
    return { ok: true as const };
  });

  app.post(
    '/api/meetings/:id/points',
    { schema: { tags, params: IdParams, body: AddPointBody, response: { 201: MeetingView, ...errors } } },
    async (req, reply) => {
      const actor = await requireActor(app, req);
      await addTalkingPoints(ctx(), { actor, meetingId: req.params.id, points: [req.body], now: app.clock() });
      changed(req.params.id, actor.personId);
      return reply
        .code(201)
        .send(await getMeeting(app.ctx.db, { sessionToken: sessionTokenOf(req), meetingId: req.params.id, now: app.clock() }));
    },
  );

  app.post(
    '/api/meetings/:id/template',
    { schema: { tags, params: IdParams, body: ApplyTemplateBody, response: { 200: MeetingView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await applyMeetingTemplate(ctx(), { actor, meetingId: req.params.id, templateId: req.body.templateId, now: app.clock() });
      changed(req.params.id, actor.personId);
      return getMeeting(app.ctx.db, { sessionToken: sessionTokenOf(req), meetingId: req.params.id, now: app.clock() });
    },
  );

  app.post(
    '/api/meetings/:id/actions',
    { schema: { tags, params: IdParams, body: AddActionBody, response: { 201: MeetingView, ...errors } } },
    async (req, reply) => {
      const actor = await requireActor(app, req);
      await addActionItem(ctx(), { actor, meetingId: req.params.id, input: req.body, now: app.clock() });
      changed(req.params.id, actor.personId);
      return reply
        .code(201)
        .send(await getMeeting(app.ctx.db, { sessionToken: sessionTokenOf(req), meetingId: req.params.id, now: app.clock() }));
    },
  );

  // ---- talking points
  app.patch(
    '/api/points/:id',
    { schema: { tags, params: IdParams, body: UpdatePointBody, response: { 200: MeetingView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      const meetingId = await updateTalkingPoint(ctx(), { actor, pointId: req.params.id, input: req.body, now: app.clock() });
      changed(meetingId, actor.personId);
      return getMeeting(app.ctx.db, { sessionToken: sessionTokenOf(req), meetingId, now: app.clock() });
    },
  );

  app.post(
    '/api/points/:id/move',
    { schema: { tags, params: IdParams, body: MovePointBody, response: { 200: MeetingView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      const meetingId = await moveTalkingPoint(ctx(), {
        actor,
        pointId: req.params.id,
        direction: req.body.direction,
        now: app.clock(),
      });
      changed(meetingId, actor.personId);
      return getMeeting(app.ctx.db, { sessionToken: sessionTokenOf(req), meetingId, now: app.clock() });
    },
  );

  app.delete(
    '/api/points/:id',
    { schema: { tags, params: IdParams, response: { 200: MeetingView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      const meetingId = await deleteTalkingPoint(ctx(), { actor, pointId: req.params.id, now: app.clock() });
      changed(meetingId, actor.personId);
      return getMeeting(app.ctx.db, { sessionToken: sessionTokenOf(req), meetingId, now: app.clock() });
    },
  );

  app.put(
    '/api/points/:id/notes',
    { schema: { tags, params: IdParams, body: SaveNotesBody, response: { 200: Version, ...notesErrors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      const r = await savePointNotes(ctx(), { actor, pointId: req.params.id, input: req.body, now: app.clock() });
      changed(r.meetingId, actor.personId);
      return { version: r.version };
    },
  );

  // ---- action items
  app.patch(
    '/api/actions/:id',
    { schema: { tags, params: IdParams, body: UpdateActionBody, response: { 200: OkResponse, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      const r = await updateActionItem(ctx(), { actor, actionId: req.params.id, input: req.body, now: app.clock() });
      changed(r.meetingId, actor.personId);
      return { ok: true as const };
    },
  );

  app.get('/api/my-actions', { schema: { tags, response: { 200: MyActionsResponse, ...errors } } }, async (req) => {
    const actor = await requireActor(app, req);
    return listMyActions(app.ctx.db, { actor, now: app.clock() });
  });

  // ---- live updates (Server-Sent Events): "changed" only, the page refetches.
  app.get('/api/meetings/:id/events', { schema: { tags, params: IdParams } }, async (req, reply) => {
    // Authorises: 401 without a live session, 404 unless a participant.
    await getMeeting(app.ctx.db, { sessionToken: sessionTokenOf(req), meetingId: req.params.id, now: app.clock() });
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 3000\n: connected\n\n');
    const unsubscribe = hub.subscribe(req.params.id, (e) => res.write(`event: changed\ndata: ${JSON.stringify(e)}\n\n`));
    const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
    const stop = () => {
      clearInterval(ping);
      unsubscribe();
    };
    req.raw.on('close', stop);
    res.on('close', stop);
  });

  // ---- templates and organisation policy
  app.get('/api/meeting-templates', { schema: { tags, response: { 200: TemplatesResponse, ...errors } } }, async (req) => {
    const actor = await requireActor(app, req);
    return { templates: await listMeetingTemplates(app.ctx.db, { actor }) };
  });

  app.post(
    '/api/admin/meeting-templates',
    { schema: { tags, body: TemplateBody, response: { 201: TemplatesResponse, ...errors } } },
    async (req, reply) => {
      const actor = await requireActor(app, req);
      await saveMeetingTemplate(ctx(), { actor, input: req.body, now: app.clock() });
      return reply.code(201).send({ templates: await listMeetingTemplates(app.ctx.db, { actor }) });
    },
  );

  app.put(
    '/api/admin/meeting-templates/:id',
    { schema: { tags, params: IdParams, body: TemplateBody, response: { 200: TemplatesResponse, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await saveMeetingTemplate(ctx(), { actor, templateId: req.params.id, input: req.body, now: app.clock() });
      return { templates: await listMeetingTemplates(app.ctx.db, { actor }) };
    },
  );

  app.delete(
    '/api/admin/meeting-templates/:id',
    { schema: { tags, params: IdParams, response: { 200: TemplatesResponse, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await deleteMeetingTemplate(ctx(), { actor, templateId: req.params.id });
      return { templates: await listMeetingTemplates(app.ctx.db, { actor }) };
    },
  );

  app.get(
    '/api/admin/off-record-policy',
    { schema: { tags, response: { 200: OffRecordPolicyBody, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      return getOffRecordPolicy(app.ctx.db, { actor });
    },
  );

  app.put(
    '/api/admin/off-record-policy',
    { schema: { tags, body: OffRecordPolicyBody, response: { 200: OffRecordPolicyBody, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await updateOffRecordPolicy(ctx(), { actor, input: req.body });
      return getOffRecordPolicy(app.ctx.db, { actor });
    },
  );

  // ---- calendar feed
  app.get('/api/calendar-feed', { schema: { tags, response: { 200: CalendarFeedStatus, ...errors } } }, async (req) => {
    const actor = await requireActor(app, req);
    return getCalendarFeedStatus(app.ctx.db, { actor });
  });

  app.post('/api/calendar-feed', { schema: { tags, response: { 200: CalendarFeedCreated, ...errors } } }, async (req) => {
    const actor = await requireActor(app, req);
    return rotateCalendarFeed(ctx(), { actor, now: app.clock() });
  });

  app.delete('/api/calendar-feed', { schema: { tags, response: { 200: OkResponse, ...errors } } }, async (req) => {
    const actor = await requireActor(app, req);
    await revokeCalendarFeed(ctx(), { actor });
    return { ok: true as const };
  });

  // No cookie: the unguessable token in the URL is the credential (calendar apps cannot sign in).
  app.get(
    '/api/calendar/:token',
    {
      schema: {
        tags,
        params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/, 'must be a feed token ending in .ics') }),
      },
    },
    async (req, reply) => {
      const token = req.params.token.replace(/\.ics$/, '');
      const body = await getCalendarFeed(app.ctx.db, { token, now: app.clock(), publicUrl: app.ctx.publicUrl });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('content-disposition', 'inline; filename="onrecord.ics"')
        .send(body);
    },
  );
}
