import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/db/seed/demo';
import { Agent, type TestApp, testApp } from '../support/app';
import { ENGINES } from '../support/db';

const HEADER = 'name,email,time_zone,manager_email,roles,effective_from';
const GOOD = `${HEADER}
Olivia Grant,olivia.grant@harbourpine.example,Europe/London,sofia.alvarez@harbourpine.example,,
Ben Ortiz,ben.ortiz@harbourpine.example,America/Denver,olivia.grant@harbourpine.example,,2026-12-01
`;
const BAD = `${HEADER}
Olivia Grant,olivia.grant@harbourpine.example,Europe/London,sofia.alvarez@harbourpine.example,,
Ben Ortiz,ben.ortiz@harbourpine.example,America/Denver,nobody@harbourpine.example,,
`;

describe.each(ENGINES)('CSV import on %s', (engine) => {
  let t: TestApp;
  let admin: Agent;
  const count = async () => (await admin.get('/api/people')).json().people.length as number;
  beforeAll(async () => {
    t = await testApp(engine, { demo: true });
    admin = new Agent(t.app);
    await admin.signIn(DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  it('previews a file with a bad row: line number and reason, nothing written', async () => {
    const preview = (await admin.post('/api/admin/import/preview', { csv: BAD })).json();
    expect(preview.ok).toBe(false);
    expect(preview.errors).toEqual([
      { line: 3, message: 'Unknown manager nobody@harbourpine.example: not in this file or in the organisation.' },
    ]);
    const r = await admin.post('/api/admin/import', { csv: BAD });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ error: 'invalid_import', errors: [{ line: 3 }] });
    expect(await count()).toBe(11);
  });

  it('imports a good file all at once, with reporting lines and invitations', async () => {
    const preview = (await admin.post('/api/admin/import/preview', { csv: GOOD })).json();
    expect(preview.ok).toBe(true);
    expect(preview.rows.map((r: { action: string }) => r.action)).toEqual(['create', 'create']);
    const r = await admin.post('/api/admin/import', { csv: GOOD });
    expect(r.json()).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const people = (await admin.get('/api/people')).json().people;
    expect(people.find((p: { email: string }) => p.email === 'olivia.grant@harbourpine.example')).toMatchObject({
      manager: { name: 'Sofia Alvarez' },
      status: 'invited',
    });
    const outbox = (await admin.get('/api/admin/outbox')).json();
    expect(outbox.smtpConfigured).toBe(false);
    expect(outbox.mails.filter((m: { to: string }) => m.to === 'ben.ortiz@harbourpine.example')).toHaveLength(1);
    // Importing the same file again changes nothing.
    expect((await admin.post('/api/admin/import', { csv: GOOD })).json()).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it('updates roles and moves people, keeping the old line in history', async () => {
    const csv = `${HEADER}\nBen Ortiz,ben.ortiz@harbourpine.example,America/Denver,marcus.bell@harbourpine.example,hr,2027-01-04\n`;
    expect((await admin.post('/api/admin/import', { csv })).json()).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const ben = (await admin.get('/api/people'))
      .json()
      .people.find((p: { email: string }) => p.email === 'ben.ortiz@harbourpine.example');
    const detail = (await admin.get(`/api/people/${ben.id}`)).json();
    expect(detail.isHr).toBe(true);
    expect(
      detail.managerHistory.map((h: { manager: { name: string }; validFrom: string; validTo: string | null }) => [
        h.manager.name,
        h.validFrom,
        h.validTo,
      ]),
    ).toEqual([
      ['Marcus Bell', '2027-01-04', null],
      ['Olivia Grant', '2026-12-01', '2027-01-04'],
    ]);
  });

  it('is for admins only', async () => {
    for (const who of [DEMO_ACCOUNTS.manager, DEMO_ACCOUNTS.hr, DEMO_ACCOUNTS.employee]) {
      const a = new Agent(t.app);
      await a.signIn(who, DEMO_PASSWORD);
      expect((await a.post('/api/admin/import/preview', { csv: GOOD })).statusCode).toBe(404);
      expect((await a.post('/api/admin/import', { csv: GOOD })).statusCode).toBe(404);
      expect((await a.get('/api/admin/outbox')).statusCode).toBe(404);
    }
  });

  it('fuzz: arbitrary CSV and bodies never produce a 500 and never a partial import', async () => {
    const before = await count();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ csv: fc.string({ maxLength: 400 }) }),
          fc.record({
            csv: fc
              .array(
                fc.array(
                  fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('a@b.test', 'UTC', 'Europe/London', '"', 'hr', '')),
                ),
                { maxLength: 8 },
              )
              .map((rows) => [HEADER, ...rows.map((r) => r.join(','))].join('\n')),
          }),
          fc.anything(),
        ),
        async (body) => {
          const r = await admin.post('/api/admin/import', body);
          expect(r.statusCode).toBeLessThan(500);
          if (r.statusCode !== 200) expect(r.json().message).toBeTruthy();
          const p = await admin.post('/api/admin/import/preview', body);
          expect(p.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: engine === 'sqlite' ? 150 : 60 },
    );
    // Fuzzed files that happened to be valid may add people, but a rejected one added nobody.
    expect(await count()).toBeGreaterThanOrEqual(before);
  });
});

describe.each(ENGINES)('fuzzing the public auth routes on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(() => t.close());

  it('sign-up and sign-in never answer 500', async () => {
    const a = new Agent(t.app);
    const body = fc.oneof(
      fc.record(
        {
          organisationName: fc.string(),
          name: fc.string(),
          email: fc.oneof(fc.emailAddress(), fc.string()),
          password: fc.string({ maxLength: 300 }),
          timeZone: fc.oneof(fc.constantFrom('UTC', 'Europe/London'), fc.string()),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
      fc.string().map((s) => `{${s}`),
    );
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom('/api/auth/sign-up', '/api/auth/sign-in', '/api/auth/password-reset/request', '/api/invitations/accept'),
        async (payload, url) => {
          const r = await a.request({
            method: 'POST',
            url,
            payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
            headers: { 'content-type': 'application/json' },
          });
          expect(r.statusCode, r.body).toBeLessThan(500);
          expect(r.json().message).toBeTruthy();
        },
      ),
      { numRuns: engine === 'sqlite' ? 200 : 80 },
    );
  });
});
