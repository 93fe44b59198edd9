import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../../server/commands/support/passwords';
import { loadConfig } from '../../server/config/config';
import { loadSigningKey } from '../../server/config/signing-key';
import type { Engine } from '../../server/db/database';
import { seedDemo } from '../../server/db/seed/demo';
import { defaultOrganisationSettings } from '../../server/domain/organisation';
import { build } from '../../server/http/app';
import { type TestDatabase, freshDatabase } from './db';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  /** The injected clock; tests move it. */
  clock: { now: Date };
  close(): Promise<void>;
}

export async function testApp(
  engine: Engine,
  opts: { smtpUrl?: string; demo?: boolean; authRateLimit?: number } = {},
): Promise<TestApp> {
  const db = await freshDatabase(engine);
  const config = {
    ...loadConfig({
      ONRECORD_DATA_DIR: db.dataDir,
      PUBLIC_URL: 'http://onrecord.test',
      ...(opts.smtpUrl ? { SMTP_URL: opts.smtpUrl } : {}),
    }),
    authRateLimit: opts.authRateLimit ?? 1000,
  };
  const clock = { now: new Date('2026-11-20T10:00:00Z') };
  if (opts.demo)
    await seedDemo(db.db, { passwordHash: await demoHash(), now: clock.now, settings: defaultOrganisationSettings() });
  const app = await build({
    config,
    database: db,
    secret: TEST_SECRET,
    signingKey: loadSigningKey(config),
    clock: () => clock.now,
    webRoot: null,
  });
  await app.ready();
  return {
    app,
    db,
    clock,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

let demoHashPromise: Promise<string> | undefined;
const demoHash = () => (demoHashPromise ??= import('../../server/db/seed/demo').then((m) => hashPassword(m.DEMO_PASSWORD)));

/** A browser-like client for inject(): keeps cookies and sends the CSRF token on writes. */
export class Agent {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;

  constructor(private readonly app: FastifyInstance) {}

  async request(opts: InjectOptions & { method: string; url: string }): Promise<LightMyRequestResponse> {
    const write = !['GET', 'HEAD'].includes(opts.method.toUpperCase());
    if (write && this.csrf === null) {
      const r = await this.request({ method: 'GET', url: '/api/csrf' });
      this.csrf = r.json().token;
    }
    const res = await this.app.inject({
      ...opts,
      headers: {
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(write ? { 'x-csrf-token': this.csrf as string } : {}),
        ...(opts.headers ?? {}),
      },
    });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, payload?: unknown) {
    return this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] });
  }
  put(url: string, payload?: unknown) {
    return this.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] });
  }
  async signIn(email: string, password: string) {
    const r = await this.post('/api/auth/sign-in', { email, password });
    if (r.statusCode !== 200) throw new Error(`sign-in failed: ${r.statusCode} ${r.body}`);
    return r.json();
  }
}
