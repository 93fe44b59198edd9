import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/db/seed/demo';
import { Agent, type TestApp, testApp } from '../support/app';
import { ENGINES } from '../support/db';
import { startSmtpSink } from '../support/smtp';

const tokenFrom = (text: string) => {
  const m = text.match(/token=([^\s&]+)/);
  if (!m) throw new Error(`no link in mail: ${text}`);
  return decodeURIComponent(m[1]);
};

describe.each(ENGINES)('accounts on %s', (engine) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await testApp(engine, { smtpUrl: smtp.url, demo: true });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('signs up a new organisation whose first person is its admin, in an httpOnly SameSite cookie', async () => {
    const a = new Agent(t.app);
    const r = await a.post('/api/auth/sign-up', {
      organisationName: 'Acme',
      name: 'Ana Admin',
      email: 'Ana@Acme.test',
      password: 'correct horse battery',
      timeZone: 'Europe/Lisbon',
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({
      person: { email: 'ana@acme.test', isAdmin: true, isManager: false },
      organisation: { name: 'Acme' },
      abilities: { importPeople: true },
    });
    const cookie = r.headers['set-cookie'] as string | string[];
    const session = [cookie].flat().find((c) => c.startsWith('onrecord_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect((await a.get('/api/auth/session')).json().person.name).toBe('Ana Admin');
    // The same email cannot sign up twice.
    const again = await new Agent(t.app).post('/api/auth/sign-up', {
      organisationName: 'X',
      name: 'X',
      email: 'ana@acme.test',
      password: 'another password',
      timeZone: 'UTC',
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses state-changing requests without the CSRF token', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: DEMO_ACCOUNTS.manager, password: DEMO_PASSWORD },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().error).toBe('csrf');
  });

  it('signs in and out; a wrong password is a clear 401', async () => {
    const a = new Agent(t.app);
    expect((await a.get('/api/auth/session')).statusCode).toBe(401);
    const bad = await a.post('/api/auth/sign-in', { email: DEMO_ACCOUNTS.manager, password: 'wrong-password' });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().message).toMatch(/email or password/);
    const me = await a.signIn(DEMO_ACCOUNTS.manager, DEMO_PASSWORD);
    expect(me.person.isManager).toBe(true);
    expect(me.abilities.importPeople).toBe(false);
    expect((await a.post('/api/auth/sign-out')).statusCode).toBe(200);
    expect((await a.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('resets a password through a single-use link mailed over SMTP', async () => {
    const before = smtp.mails.length;
    const a = new Agent(t.app);
    expect((await a.post('/api/auth/password-reset/request', { email: DEMO_ACCOUNTS.employee })).statusCode).toBe(202);
    // Unknown emails get the same answer and no mail.
    expect((await a.post('/api/auth/password-reset/request', { email: 'nobody@nowhere.test' })).statusCode).toBe(202);
    await t.app.mailer?.flush();
    const mails = await smtp.waitFor(before + 1);
    const mail = mails[mails.length - 1];
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe(DEMO_ACCOUNTS.employee);
    expect(mail.subject).toBe('Reset your OnRecord password');
    const token = tokenFrom(mail.text ?? '');
    const forged = `${token.slice(0, -3)}abc`;
    expect(
      (await a.post('/api/auth/password-reset/complete', { token: forged, password: 'a brand new password' })).statusCode,
    ).toBe(404);
    expect((await a.post('/api/auth/password-reset/complete', { token, password: 'a brand new password' })).statusCode).toBe(200);
    const twice = await a.post('/api/auth/password-reset/complete', { token, password: 'yet another password' });
    expect(twice.statusCode).toBe(410);
    expect(twice.json().message).toMatch(/already been used/);
    await a.signIn(DEMO_ACCOUNTS.employee, 'a brand new password');
    expect(
      (await new Agent(t.app).post('/api/auth/sign-in', { email: DEMO_ACCOUNTS.employee, password: DEMO_PASSWORD })).statusCode,
    ).toBe(401);
  });

  it('expires reset links after an hour (clock injected)', async () => {
    const a = new Agent(t.app);
    await a.post('/api/auth/password-reset/request', { email: DEMO_ACCOUNTS.hr });
    await t.app.mailer?.flush();
    const mail = (await smtp.waitFor(1)).filter((m) => m.subject === 'Reset your OnRecord password').pop();
    const token = tokenFrom(mail?.text ?? '');
    const saved = t.clock.now;
    t.clock.now = new Date(saved.getTime() + 61 * 60 * 1000);
    const r = await a.post('/api/auth/password-reset/complete', { token, password: 'too late password' });
    t.clock.now = saved;
    expect(r.statusCode).toBe(410);
    expect(r.json().message).toMatch(/expired/);
  });

  it('invites a person by email; the link shows the invitation and works once', async () => {
    const admin = new Agent(t.app);
    await admin.signIn(DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const people = (await admin.get('/api/people')).json().people as { id: string; email: string }[];
    const sofia = people.find((p) => p.email === DEMO_ACCOUNTS.manager);
    const before = smtp.mails.length;
    const r = await admin.post('/api/people/invitations', {
      name: 'Nina New',
      email: 'nina.new@harbourpine.example',
      timeZone: 'Europe/Dublin',
      managerId: sofia?.id,
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ status: 'invited', manager: { name: 'Sofia Alvarez' } });
    await t.app.mailer?.flush();
    const mail = (await smtp.waitFor(before + 1)).pop();
    expect(mail?.subject).toMatch(/invited you to Harbour & Pine/);
    const token = tokenFrom(mail?.text ?? '');
    const nina = new Agent(t.app);
    expect((await nina.get(`/api/invitations/${encodeURIComponent(token)}`)).json()).toEqual({
      name: 'Nina New',
      email: 'nina.new@harbourpine.example',
      organisationName: 'Harbour & Pine',
    });
    const accepted = await nina.post('/api/invitations/accept', { token, password: 'ninas own password' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().person.name).toBe('Nina New');
    expect((await new Agent(t.app).post('/api/invitations/accept', { token, password: 'stolen password!' })).statusCode).toBe(
      410,
    );
    // Non-admins cannot invite; it looks like nothing is there.
    const manager = new Agent(t.app);
    await manager.signIn(DEMO_ACCOUNTS.manager, DEMO_PASSWORD);
    expect(
      (await manager.post('/api/people/invitations', { name: 'X', email: 'x@harbourpine.example', timeZone: 'UTC' })).statusCode,
    ).toBe(404);
  });

  it('validates bodies: unknown fields, wrong types, overlong strings and malformed JSON are 400 naming the field', async () => {
    const a = new Agent(t.app);
    const unknown = await a.post('/api/auth/sign-in', { email: 'a@b.test', password: 'x', admin: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toMatch(/admin/);
    const wrongType = await a.post('/api/auth/sign-up', {
      organisationName: 1,
      name: 'A',
      email: 'a@b.test',
      password: 'long enough pw',
      timeZone: 'UTC',
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().issues[0].path).toBe('body.organisationName');
    const long = await a.post('/api/auth/sign-up', {
      organisationName: 'A',
      name: 'n'.repeat(500),
      email: 'a@b.test',
      password: 'long enough pw',
      timeZone: 'UTC',
    });
    expect(long.json().issues[0].path).toBe('body.name');
    const tz = await a.post('/api/auth/sign-up', {
      organisationName: 'A',
      name: 'A',
      email: 'a@b.test',
      password: 'long enough pw',
      timeZone: 'Moon/Base',
    });
    expect(tz.json().message).toMatch(/timeZone: must be an IANA time zone/);
    const malformed = await a.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: '{"email":',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toBe('invalid_json');
  });

  it('serves an OpenAPI document and a health check that reaches the database', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/sign-in', '/api/people', '/api/admin/import']));
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ ok: true, database: engine });
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
  });
});

describe('rate limiting', () => {
  it('answers 429 after too many sign-in attempts', async () => {
    const t = await testApp('sqlite', { authRateLimit: 3 });
    try {
      const a = new Agent(t.app);
      const codes: number[] = [];
      for (let i = 0; i < 5; i++)
        codes.push((await a.post('/api/auth/sign-in', { email: 'x@y.test', password: 'nope' })).statusCode);
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const r = await a.post('/api/auth/password-reset/request', { email: 'x@y.test' });
      expect(r.statusCode).toBe(202); // each route has its own budget
    } finally {
      await t.close();
    }
  });
});
