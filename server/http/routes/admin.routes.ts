import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CheckerSettingsBody,
  ImportBody,
  ImportPreview,
  ImportResult,
  ImportRowError,
  OutboxResponse,
} from '../../../common/api/admin';
import { ErrorResponse } from '../../../common/api/auth';
import { importPeople } from '../../commands/import-people';
import { updateCheckerSettings } from '../../commands/update-checker-settings';
import { getCheckerSettings } from '../../queries/get-checker-settings';
import { listOutbox } from '../../queries/list-outbox';
import { planPeopleImport } from '../../queries/preview-import';
import { requireActor } from '../session';

const errors = {
  400: ErrorResponse.extend({ errors: z.array(ImportRowError).optional() }),
  401: ErrorResponse,
  404: ErrorResponse,
};
const CSV_BODY_LIMIT = 3 * 1024 * 1024;

export async function adminRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/admin/import/preview',
    { bodyLimit: CSV_BODY_LIMIT, schema: { tags: ['admin'], body: ImportBody, response: { 200: ImportPreview, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      const plan = await planPeopleImport(app.ctx.db, { actor, csv: req.body.csv, now: app.clock() });
      return {
        ok: plan.errors.length === 0,
        rows: plan.rows.map(({ line, name, email, timeZone, managerEmail, roles, action }) => ({
          line,
          name,
          email,
          timeZone,
          managerEmail,
          roles,
          action,
        })),
        errors: plan.errors,
      };
    },
  );

  app.post(
    '/api/admin/import',
    { bodyLimit: CSV_BODY_LIMIT, schema: { tags: ['admin'], body: ImportBody, response: { 200: ImportResult, ...errors } } },
    async (req) => {
      const actor = await requireActor(app, req);
      return importPeople(app.ctx, { actor, csv: req.body.csv, invite: req.body.invite ?? true, now: app.clock() });
    },
  );

  app.get(
    '/api/admin/outbox',
    { schema: { tags: ['admin'], response: { 200: OutboxResponse, 401: ErrorResponse, 404: ErrorResponse } } },
    async (req) => {
      const actor = await requireActor(app, req);
      return listOutbox(app.ctx.db, { actor, smtpConfigured: app.ctx.smtpConfigured });
    },
  );

  // The documentation checker categories the organisation turned off (admins).
  app.get(
    '/api/admin/checker-settings',
    { schema: { tags: ['admin'], response: { 200: CheckerSettingsBody, 401: ErrorResponse, 404: ErrorResponse } } },
    async (req) => getCheckerSettings(app.ctx.db, { actor: await requireActor(app, req) }),
  );
  app.put(
    '/api/admin/checker-settings',
    {
      schema: {
        tags: ['admin'],
        body: CheckerSettingsBody,
        response: { 200: CheckerSettingsBody, 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (req) => {
      const actor = await requireActor(app, req);
      await updateCheckerSettings(app.ctx, { actor, disabledCategories: req.body.disabledCategories });
      return getCheckerSettings(app.ctx.db, { actor });
    },
  );
}
