import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import helmet from 'helmet';
import type { CommandContext } from '../commands/context';
import type { Config } from '../config/config';
import type { SigningKey } from '../config/signing-key';
import type { DatabaseHandle } from '../db/database';
import { MailDeliverer } from '../emails/deliverer';
import { startSweeper } from '../jobs/sweeper';
import { errorHandler } from './errors';
import { MeetingEventHub } from './meeting-events';
import { adminRoutes } from './routes/admin.routes';
import { authRoutes } from './routes/auth.routes';
import { healthRoutes } from './routes/health.routes';
import { meetingsRoutes } from './routes/meetings.routes';
import { minutesRoutes } from './routes/minutes.routes';
import { objectivesRoutes } from './routes/objectives.routes';
import { peopleRoutes } from './routes/people.routes';
import { recordRoutes } from './routes/record.routes';
import { weeklyRoutes } from './routes/weekly.routes';

export interface BuildOptions {
  config: Config;
  database: DatabaseHandle;
  /** Signing secret (from config or the data directory's key file). */
  secret: string;
  /** Ed25519 key for the record's tree heads. */
  signingKey: SigningKey;
  /** A file outside the database to which every signed tree head is appended (JSON lines). */
  treeHeadFile?: string;
  /** Injected clock: tests move time, the server uses the wall clock. */
  clock?: () => Date;
  /** Built SPA to serve; null serves the API only. */
  webRoot?: string | null;
  logger?: boolean;
  /** Run the background sweeper (deadlines, reminders, receipts, daily tree heads) in this process. */
  background?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: CommandContext;
    config: Config;
    clock: () => Date;
    mailer: MailDeliverer | null;
  }
}

/** The app factory: everything is wired here, so tests build the same app with `inject()`. */
export async function build(opts: BuildOptions): Promise<FastifyInstance> {
  const { config } = opts;
  const app = Fastify({
    logger: opts.logger ? { level: config.logLevel } : false,
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
  });
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas document the API (OpenAPI) and type the handlers; at run time the output is
  // produced by our own typed code, so it is serialised without re-validating it (a 10x saving on lists).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);

  const clock = opts.clock ?? (() => new Date());
  const mailer = config.smtpUrl ? new MailDeliverer(opts.database.db, config.smtpUrl, config.mailFrom, clock) : null;
  app.decorate('clock', clock);
  app.decorate('config', config);
  app.decorate('mailer', mailer);
  app.decorate('ctx', {
    db: opts.database.db,
    engine: opts.database.engine,
    secret: opts.secret,
    publicUrl: config.publicUrl,
    smtpConfigured: mailer !== null,
    onMailQueued: () => mailer?.wake(),
    signingKey: opts.signingKey,
    onTreeHeadSigned: opts.treeHeadFile
      ? (sth) => fs.appendFileSync(opts.treeHeadFile as string, `${JSON.stringify(sth)}\n`)
      : undefined,
  } satisfies CommandContext);
  if (opts.background) {
    const stop = startSweeper(app.ctx, clock, (e) => app.log.error(e));
    app.addHook('onClose', stop);
  }
  if (mailer) {
    mailer.start();
    app.addHook('onClose', async () => mailer.stop());
  }

  // Security headers (helmet), configured once: @fastify/helmet builds helmet anew on every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  app.addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (err) => done(err as Error | undefined)));
  await app.register(cookie, { secret: opts.secret });
  await app.register(csrf, {
    cookieKey: 'onrecord_csrf',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/', secure: config.publicUrl.startsWith('https:') },
    getToken: (req) => req.headers['x-csrf-token'] as string | undefined,
  });
  // Every state-changing API request must carry the CSRF token (sign-in and sign-up too).
  app.addHook('onRequest', (req, reply, done) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS' || !req.url.startsWith('/api/')) return done();
    app.csrfProtection(req, reply, done);
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) => ({
      statusCode: 429,
      error: 'rate_limited',
      message: `Too many attempts. Wait ${context.after} and try again.`,
    }),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'OnRecord API', version: '0.1.0', description: 'The 1:1 record both sides can trust.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'onrecord_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // Live meeting updates, across processes on PostgreSQL (LISTEN/NOTIFY).
  const meetingEvents = new MeetingEventHub(opts.database.notifications, (e) => app.log.warn(e, 'meeting events'));
  await meetingEvents.start();
  app.decorate('meetingEvents', meetingEvents);
  app.addHook('onClose', () => meetingEvents.stop());

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(peopleRoutes);
  await app.register(adminRoutes);
  await app.register(minutesRoutes);
  await app.register(recordRoutes);
  await app.register(meetingsRoutes);
  await app.register(objectivesRoutes);
  await app.register(weeklyRoutes);

  const webRoot = opts.webRoot === undefined ? path.resolve('dist/web') : opts.webRoot;
  if (webRoot && fs.existsSync(path.join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
    // The SPA owns every other GET path; the API answers 404 as JSON.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/')) return reply.type('text/html').sendFile('index.html');
      reply.code(404).send({ error: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}.` });
    });
  } else {
    app.setNotFoundHandler((req, reply) => {
      reply.code(404).send({ error: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}.` });
    });
  }
  return app;
}
