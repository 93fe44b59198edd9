import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/db/seed/demo';
import { SESSION_REUSE_MS } from '../../server/queries/get-session';
import { Agent, type TestApp, testApp } from '../support/app';
import { ENGINES } from '../support/db';

// On SQLite a resolved session is reused for up to SESSION_REUSE_MS unless this process writes
// anything meanwhile (docs/adr/0006-session-cache.md). On PostgreSQL every request asks the database.
describe.each(ENGINES)('signed-in sessions on %s', (engine) => {
  let t: TestApp;
  let manager: Agent;
  const start = new Date('2026-11-20T10:00:00Z');

  beforeAll(async () => {
    t = await testApp(engine, { demo: true });
  });
  afterAll(() => t.close());

  const signedIn = async () => {
    t.clock.now = new Date(start);
    manager = new Agent(t.app);
    await manager.signIn(DEMO_ACCOUNTS.manager, DEMO_PASSWORD);
    expect((await manager.get('/api/people')).statusCode).toBe(200);
  };
  const personId = async () =>
    (await t.db.db.selectFrom('people').select('id').where('email', '=', DEMO_ACCOUNTS.manager).executeTakeFirstOrThrow()).id;

  it('ends at once on sign-out', async () => {
    await signedIn();
    expect((await manager.post('/api/auth/sign-out', {})).statusCode).toBeLessThan(300);
    expect((await manager.get('/api/people')).statusCode).toBe(401);
  });

  it('ends at once when this process deactivates the person, however it writes', async () => {
    await signedIn();
    const id = await personId();
    await t.db.db.updateTable('people').set({ status: 'deactivated' }).where('id', '=', id).execute();
    expect((await manager.get('/api/people')).statusCode).toBe(401);
    await t.db.db.updateTable('people').set({ status: 'active' }).where('id', '=', id).execute();
    expect((await manager.get('/api/people')).statusCode).toBe(200);
  });

  it('ends at the latest SESSION_REUSE_MS after another process deletes it', async () => {
    await signedIn();
    // Another process: its own connection to the same database.
    const other = openDatabase(
      engine === 'sqlite'
        ? { dataDir: t.db.dataDir }
        : { dataDir: t.db.dataDir, databaseUrl: t.db.databaseUrl, pgSchema: t.db.pgSchema },
    );
    try {
      await other.db
        .deleteFrom('sessions')
        .where('person_id', '=', await personId())
        .execute();
    } finally {
      await other.close();
    }
    if (engine === 'sqlite') {
      t.clock.now = new Date(start.getTime() + SESSION_REUSE_MS - 1);
      expect((await manager.get('/api/people')).statusCode).toBe(200);
    }
    t.clock.now = new Date(start.getTime() + SESSION_REUSE_MS);
    expect((await manager.get('/api/people')).statusCode).toBe(401);
  });
});
