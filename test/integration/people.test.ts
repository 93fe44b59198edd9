import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/db/seed/demo';
import { Agent, type TestApp, testApp } from '../support/app';
import { ENGINES } from '../support/db';

type Person = { id: string; name: string; email: string; manager: { name: string } | null; reportCount: number };

describe.each(ENGINES)('people and reporting lines on %s', (engine) => {
  let t: TestApp;
  let other: Agent; // admin of another organisation
  let people: Person[];
  const byName = (n: string) => people.find((p) => p.name === n) as Person;
  beforeAll(async () => {
    t = await testApp(engine, { demo: true });
    other = new Agent(t.app);
    await other.post('/api/auth/sign-up', {
      organisationName: 'Elsewhere',
      name: 'Oscar Other',
      email: 'oscar@elsewhere.test',
      password: 'oscars password',
      timeZone: 'UTC',
    });
    const admin = new Agent(t.app);
    await admin.signIn(DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    people = (await admin.get('/api/people')).json().people;
  });
  afterAll(() => t.close());

  it('lists the directory with current managers and report counts', async () => {
    expect(people).toHaveLength(11);
    expect(byName('Sofia Alvarez')).toMatchObject({ manager: { name: 'Daniel Whitfield' }, reportCount: 3 });
    expect(byName('Ravi Patel').manager?.name).toBe('Marcus Bell');
    expect(byName('Helen Marsh').manager).toBeNull();
  });

  it('keeps who managed whom, and when, across a transfer', async () => {
    const a = new Agent(t.app);
    await a.signIn(DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
    const ravi = (await a.get(`/api/people/${byName('Ravi Patel').id}`)).json();
    expect(ravi.managerHistory).toEqual([
      { manager: { id: byName('Marcus Bell').id, name: 'Marcus Bell' }, validFrom: '2026-06-01', validTo: null },
      { manager: { id: byName('Sofia Alvarez').id, name: 'Sofia Alvarez' }, validFrom: '2024-03-04', validTo: '2026-06-01' },
    ]);
    const sofia = (await a.get(`/api/people/${byName('Sofia Alvarez').id}`)).json();
    expect(sofia.reports.map((r: { name: string }) => r.name)).toEqual(['Aisha Khan', 'Lucas Moreau', 'Tom Becker']);
  });

  it('lets an admin transfer a person, refusing cycles and history rewrites', async () => {
    const admin = new Agent(t.app);
    await admin.signIn(DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const lucas = byName('Lucas Moreau').id;
    const r = await admin.put(`/api/people/${lucas}/manager`, {
      managerId: byName('Marcus Bell').id,
      effectiveFrom: '2026-11-01',
    });
    expect(r.statusCode).toBe(200);
    expect(
      r.json().managerHistory.map((h: { manager: { name: string }; validTo: string | null }) => [h.manager.name, h.validTo]),
    ).toEqual([
      ['Marcus Bell', null],
      ['Sofia Alvarez', '2026-11-01'],
    ]);
    const cycle = await admin.put(`/api/people/${byName('Daniel Whitfield').id}/manager`, {
      managerId: byName('Sofia Alvarez').id,
      effectiveFrom: '2026-11-20',
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().message).toMatch(/cycle/);
    const rewrite = await admin.put(`/api/people/${lucas}/manager`, {
      managerId: byName('Sofia Alvarez').id,
      effectiveFrom: '2025-01-01',
    });
    expect(rewrite.statusCode).toBe(400);
    expect(rewrite.json().message).toMatch(/history cannot be rewritten/);
    const badDate = await admin.put(`/api/people/${lucas}/manager`, { managerId: null, effectiveFrom: '2026-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().issues[0].path).toBe('body.effectiveFrom');
  });

  it('only admins change reporting lines', async () => {
    for (const who of [DEMO_ACCOUNTS.manager, DEMO_ACCOUNTS.employee, DEMO_ACCOUNTS.hr, DEMO_ACCOUNTS.skipLevel]) {
      const a = new Agent(t.app);
      await a.signIn(who, DEMO_PASSWORD);
      const r = await a.put(`/api/people/${byName('Tom Becker').id}/manager`, { managerId: null, effectiveFrom: '2026-11-20' });
      expect(r.statusCode, who).toBe(404);
    }
  });

  it('never shows or changes anything of another organisation', async () => {
    const theirs = (await other.get('/api/people')).json().people as Person[];
    expect(theirs.map((p) => p.name)).toEqual(['Oscar Other']);
    expect((await other.get(`/api/people/${byName('Tom Becker').id}`)).statusCode).toBe(404);
    expect(
      (await other.put(`/api/people/${byName('Tom Becker').id}/manager`, { managerId: null, effectiveFrom: '2026-11-20' }))
        .statusCode,
    ).toBe(404);
    const invite = await other.post('/api/people/invitations', {
      name: 'Z',
      email: 'z@elsewhere.test',
      timeZone: 'UTC',
      managerId: byName('Helen Marsh').id,
    });
    expect(invite.statusCode).toBe(400);
    expect(
      (await other.get('/api/admin/outbox')).json().mails.every((m: { to: string }) => !m.to.endsWith('harbourpine.example')),
    ).toBe(true);
    const preview = await other.post('/api/admin/import/preview', {
      csv: `name,email,time_zone,manager_email\nTom,${DEMO_ACCOUNTS.employee},UTC,\n`,
    });
    expect(preview.json().errors[0].message).toMatch(/already in use/);
  });

  it('requires a session on every people route', async () => {
    const anon = new Agent(t.app);
    for (const url of ['/api/people', `/api/people/${byName('Tom Becker').id}`, '/api/admin/outbox']) {
      expect((await anon.get(url)).statusCode, url).toBe(401);
    }
    expect(
      (await anon.put(`/api/people/${byName('Tom Becker').id}/manager`, { managerId: null, effectiveFrom: '2026-11-20' }))
        .statusCode,
    ).toBe(401);
    expect((await anon.post('/api/admin/import', { csv: 'x' })).statusCode).toBe(401);
  });

  it('sends the directory compressed to browsers, and 304 with its ETag until people change', async () => {
    const admin = new Agent(t.app);
    await admin.signIn(DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const plain = await admin.get('/api/people');
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [encoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const r = await admin.request({
        method: 'GET',
        url: '/api/people',
        headers: { 'accept-encoding': `${encoding}, deflate` },
      });
      expect(r.headers['content-encoding']).toBe(encoding);
      expect(r.headers.vary).toMatch(/accept-encoding/i);
      expect(JSON.parse(decode(r.rawPayload).toString('utf8'))).toEqual(plain.json());
    }
    const etag = plain.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await admin.request({ method: 'GET', url: '/api/people', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // Another organisation's directory never answers to this one's tag.
    expect((await other.request({ method: 'GET', url: '/api/people', headers: { 'if-none-match': etag } })).statusCode).toBe(200);
    const invited = await admin.post('/api/people/invitations', {
      name: 'Nell Newman',
      email: 'nell@harbourpine.example',
      timeZone: 'UTC',
    });
    expect(invited.statusCode).toBe(201);
    const changed = await admin.request({ method: 'GET', url: '/api/people', headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.json().people.map((p: Person) => p.name)).toContain('Nell Newman');
  });

  it('sets the security headers on every response', async () => {
    for (const url of ['/api/health', '/api/people']) {
      const r = await new Agent(t.app).get(url);
      expect(r.headers['content-security-policy'], url).toMatch(/default-src 'self'/);
      expect(r.headers['x-content-type-options'], url).toBe('nosniff');
      expect(r.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(r.headers['x-powered-by'], url).toBeUndefined();
    }
  });
});
