import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, OkResponse } from '../../../common/api/auth';
import {
  CommentBody,
  HistoryResponse,
  NoticesResponse,
  PreferencesView,
  SaveWeeklyBody,
  TeamWeekResponse,
  WEEKLY_LIMITS,
  WeekParams,
  WeeklyEditorView,
  WeeklyPreferencesInput,
  WeeklyUpdateView,
} from '../../../common/api/weekly';
import { acknowledgeWeeklyUpdate } from '../../commands/acknowledge-weekly-update';
import { answerWeeklyAsk } from '../../commands/answer-weekly-ask';
import { closeWaitingItem } from '../../commands/close-waiting-item';
import { commentWeeklyUpdate } from '../../commands/comment-weekly-update';
import { markWeeklyUpdateRead } from '../../commands/mark-weekly-update-read';
import { readWeeklyNotices } from '../../commands/read-weekly-notices';
import { saveWeeklyDraft } from '../../commands/save-weekly-draft';
import { sendWeeklyUpdate } from '../../commands/send-weekly-update';
import { updateWeeklyPreferences } from '../../commands/update-weekly-preferences';
import { getTeamWeek } from '../../queries/get-team-week';
import { getWeeklyEditor } from '../../queries/get-weekly-editor';
import { getWeeklyPreferences } from '../../queries/get-weekly-preferences';
import { getWeeklyUpdate } from '../../queries/get-weekly-update';
import { listWeeklyHistory } from '../../queries/list-weekly-history';
import { listWeeklyNotices } from '../../queries/list-weekly-notices';
import { requireActor } from '../session';

const Params = z.object({ id: z.string().min(1).max(64) });
const WeekQuery = z.object({ week: z.string().max(10).optional() });
const HistoryQuery = z.object({ q: z.string().max(WEEKLY_LIMITS.search).optional() });
const errors = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const tags = ['weekly'];

export async function weeklyRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const view = (actor: Awaited<ReturnType<typeof requireActor>>, updateId: string) =>
    getWeeklyUpdate(app.ctx.db, { actor, updateId, now: app.clock() });

  app.get(
    '/api/weekly/editor',
    { schema: { tags, querystring: WeekQuery, response: { 200: WeeklyEditorView, ...errors } } },
    async (req) => getWeeklyEditor(app.ctx.db, { actor: await requireActor(app, req), week: req.query.week, now: app.clock() }),
  );

  app.put(
    '/api/weekly/weeks/:week/draft',
    { schema: { tags, params: WeekParams, body: SaveWeeklyBody, response: { 200: WeeklyEditorView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await saveWeeklyDraft(app.ctx, { actor, week: req.params.week, content: req.body.content, now: app.clock() });
      return getWeeklyEditor(app.ctx.db, { actor, week: req.params.week, now: app.clock() });
    },
  );

  app.post(
    '/api/weekly/weeks/:week/send',
    { schema: { tags, params: WeekParams, body: SaveWeeklyBody, response: { 200: WeeklyUpdateView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      const id = await sendWeeklyUpdate(app.ctx, { actor, week: req.params.week, content: req.body.content, now: app.clock() });
      return view(actor, id);
    },
  );

  app.get(
    '/api/weekly/updates/:id',
    { schema: { tags, params: Params, response: { 200: WeeklyUpdateView, ...errors } } },
    async (req) => view(await requireActor(app, req), req.params.id),
  );

  app.post(
    '/api/weekly/updates/:id/read',
    { schema: { tags, params: Params, response: { 200: WeeklyUpdateView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await markWeeklyUpdateRead(app.ctx, { actor, updateId: req.params.id, now: app.clock() });
      return view(actor, req.params.id);
    },
  );

  app.post(
    '/api/weekly/updates/:id/acknowledge',
    { schema: { tags, params: Params, response: { 200: WeeklyUpdateView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await acknowledgeWeeklyUpdate(app.ctx, { actor, updateId: req.params.id, now: app.clock() });
      return view(actor, req.params.id);
    },
  );

  app.post(
    '/api/weekly/updates/:id/comments',
    { schema: { tags, params: Params, body: CommentBody, response: { 200: WeeklyUpdateView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await commentWeeklyUpdate(app.ctx, { actor, updateId: req.params.id, text: req.body.text, now: app.clock() });
      return view(actor, req.params.id);
    },
  );

  app.post(
    '/api/weekly/asks/:id/answer',
    { schema: { tags, params: Params, body: CommentBody, response: { 200: OkResponse, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await answerWeeklyAsk(app.ctx, { actor, askId: req.params.id, text: req.body.text, now: app.clock() });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/weekly/waiting/:id/close',
    { schema: { tags, params: Params, response: { 200: OkResponse, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await closeWaitingItem(app.ctx, { actor, itemId: req.params.id, now: app.clock() });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/weekly/people/:id/history',
    { schema: { tags, params: Params, querystring: HistoryQuery, response: { 200: HistoryResponse, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      const personId = req.params.id === 'me' ? actor.personId : req.params.id;
      return listWeeklyHistory(app.ctx.db, { actor, personId, query: req.query.q ?? '', now: app.clock() });
    },
  );

  app.get(
    '/api/weekly/team',
    { schema: { tags, querystring: WeekQuery, response: { 200: TeamWeekResponse, ...errors } } },
    async (req) => getTeamWeek(app.ctx.db, { actor: await requireActor(app, req), week: req.query.week, now: app.clock() }),
  );

  app.get('/api/weekly/notices', { schema: { tags, response: { 200: NoticesResponse, ...errors } } }, async (req) => ({
    notices: await listWeeklyNotices(app.ctx.db, { actor: await requireActor(app, req) }),
  }));

  app.post('/api/weekly/notices/read', { schema: { tags, response: { 200: OkResponse, ...errors } } }, async (req) => {
    await readWeeklyNotices(app.ctx, { actor: await requireActor(app, req), now: app.clock() });
    return { ok: true as const };
  });

  app.get('/api/weekly/preferences', { schema: { tags, response: { 200: PreferencesView, ...errors } } }, async (req) =>
    getWeeklyPreferences(app.ctx.db, { actor: await requireActor(app, req) }),
  );

  app.put(
    '/api/weekly/preferences',
    { schema: { tags, body: WeeklyPreferencesInput, response: { 200: PreferencesView, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      await updateWeeklyPreferences(app.ctx, { actor, prefs: req.body, now: app.clock() });
      return getWeeklyPreferences(app.ctx.db, { actor });
    },
  );
}
