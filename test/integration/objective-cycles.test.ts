import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/db/seed/demo';
import { Agent, type TestApp, testApp } from '../support/app';
import { ENGINES } from '../support/db';

describe.each(ENGINES)('objective review cycles on %s', (engine) => {
  let t: TestApp;
  let admin: Agent;
  let sofia: Agent;
  let tomId: string;
  beforeAll(async () => {
    t = await testApp(engine, { demo: true });
    admin = new Agent(t.app);
    await admin.signIn(DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    sofia = new Agent(t.app);
    await sofia.signIn(DEMO_ACCOUNTS.manager, DEMO_PASSWORD);
    tomId = (await admin.get('/api/people')).json().people.find((p: { email: string }) => p.email === DEMO_ACCOUNTS.employee).id;
  });
  afterAll(() => t.close());

  const create = async (title: string, extra: Record<string, unknown> = {}) => {
    const r = await sofia.post(`/api/people/${tomId}/objectives`, {
      title,
      measure: 'shipped',
      startDate: '2026-11-02',
      dueDate: '2027-02-15',
      ...extra,
    });
    expect(r.statusCode, r.body).toBe(200);
    const detail = await sofia.get(`/api/objectives/${r.json().id}`);
    return detail.json();
  };

  it('ties no objective to a cycle by default, quarterly or annual when the organisation says so', async () => {
    expect((await admin.get('/api/admin/objective-cycles')).json()).toEqual({ cycles: 'none' });
    expect(JSON.stringify(await create('No cycle'))).toMatch(/"cycle":null/);
    expect((await admin.put('/api/admin/objective-cycles', { cycles: 'quarterly' })).json()).toEqual({ cycles: 'quarterly' });
    expect(JSON.stringify(await create('Quarterly'))).toMatch(/"cycle":"2027-Q1"/);
    await admin.put('/api/admin/objective-cycles', { cycles: 'annual' });
    expect(JSON.stringify(await create('Annual'))).toMatch(/"cycle":"2027"/);
    expect(JSON.stringify(await create('Labelled', { cycle: 'H1 review' }))).toMatch(/"cycle":"H1 review"/);
  });

  it('is an admin setting: others get 404, bad values a 400', async () => {
    for (const who of [DEMO_ACCOUNTS.manager, DEMO_ACCOUNTS.hr, DEMO_ACCOUNTS.employee]) {
      const a = new Agent(t.app);
      await a.signIn(who, DEMO_PASSWORD);
      expect((await a.put('/api/admin/objective-cycles', { cycles: 'none' })).statusCode, who).toBe(404);
      expect((await a.get('/api/admin/objective-cycles')).statusCode, who).toBe(404);
    }
    const bad = await admin.put('/api/admin/objective-cycles', { cycles: 'monthly' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('body.cycles');
  });
});
