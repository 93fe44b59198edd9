import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/db/seed/demo';
import { Agent, type TestApp, testApp } from '../support/app';
import { ENGINES } from '../support/db';

const URL = '/api/admin/checker-settings';

describe.each(ENGINES)('documentation checker settings on %s', (engine) => {
  let t: TestApp;
  const as: Record<string, Agent> = {};

  beforeAll(async () => {
    t = await testApp(engine, { demo: true });
    for (const [role, email] of Object.entries(DEMO_ACCOUNTS)) {
      as[role] = new Agent(t.app);
      await as[role].signIn(email, DEMO_PASSWORD);
    }
    as.other = new Agent(t.app);
    await as.other.post('/api/auth/sign-up', {
      organisationName: 'Elsewhere',
      name: 'Oscar Other',
      email: 'oscar@elsewhere.test',
      password: 'oscars password',
      timeZone: 'UTC',
    });
    as.anon = new Agent(t.app);
  });
  afterAll(() => t.close());

  it('lets an admin turn categories off; every editor in the organisation learns it from the session', async () => {
    expect((await as.admin.get(URL)).json()).toEqual({ disabledCategories: [] });
    const r = await as.admin.put(URL, { disabledCategories: ['vague_no_example', 'absolute_language', 'absolute_language'] });
    expect(r.statusCode).toBe(200);
    // Stored once each, in the checker's order.
    expect(r.json()).toEqual({ disabledCategories: ['absolute_language', 'vague_no_example'] });
    const session = (await as.manager.get('/api/auth/session')).json();
    expect(session.organisation.checker.disabledCategories).toEqual(['absolute_language', 'vague_no_example']);
    expect(session.organisation.checker.neverOffRecord).toContain('harassment');
    // Another organisation is untouched.
    expect((await as.other.get(URL)).json()).toEqual({ disabledCategories: [] });
    expect((await as.other.get('/api/auth/session')).json().organisation.checker.disabledCategories).toEqual([]);
    // The other settings of the organisation are kept.
    const policy = (await as.admin.get('/api/admin/off-record-policy')).json();
    expect(policy.neverOffRecord).toContain('harassment');
    expect((await as.admin.put(URL, { disabledCategories: [] })).json()).toEqual({ disabledCategories: [] });
  });

  it('refuses an unknown category or a wrong shape with a 400 that names the field, and changes nothing', async () => {
    await as.admin.put(URL, { disabledCategories: ['emotional_or_sarcastic'] });
    for (const body of [
      { disabledCategories: ['absolute_language', 'rudeness'] },
      { disabledCategories: 'absolute_language' },
      { disabledCategories: [], extra: true },
      {},
    ]) {
      const r = await as.admin.put(URL, body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(r.json().message, JSON.stringify(body)).toMatch(/disabledCategories|extra/);
    }
    const unknown = await as.admin.put(URL, { disabledCategories: ['rudeness'] });
    expect(unknown.json().message).toMatch(/must be one of: protected_characteristic/);
    expect((await as.admin.get(URL)).json()).toEqual({ disabledCategories: ['emotional_or_sarcastic'] });
    await as.admin.put(URL, { disabledCategories: [] });
  });

  it('is for admins only: 404 for employee, manager, skip-level and HR; 401 signed out', async () => {
    for (const role of ['employee', 'manager', 'skipLevel', 'hr']) {
      expect((await as[role].get(URL)).statusCode, role).toBe(404);
      expect((await as[role].put(URL, { disabledCategories: ['absolute_language'] })).statusCode, role).toBe(404);
    }
    expect((await as.anon.get(URL)).statusCode).toBe(401);
    expect((await as.anon.put(URL, { disabledCategories: [] })).statusCode).toBe(401);
    expect((await as.admin.get(URL)).json()).toEqual({ disabledCategories: [] });
  });
});
