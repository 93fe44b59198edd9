import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingEvent } from '../../server/http/meeting-events';
import { loadConfig } from '../../server/config/config';
import { loadSigningKey } from '../../server/config/signing-key';
import { openDatabase } from '../../server/db/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/db/seed/demo';
import { build } from '../../server/http/app';
import { Agent, TEST_SECRET, type TestApp, testApp } from '../support/app';
import { ENGINES } from '../support/db';

// Live updates across processes: two app instances on one PostgreSQL database (as two processes
// behind a load balancer would be). A change made through one reaches a page listening on the other.
describe.runIf(ENGINES.includes('postgres'))('live meeting updates across processes on PostgreSQL', () => {
  let a: TestApp;
  let b: Awaited<ReturnType<typeof build>>;
  let closeB: () => Promise<void>;
  let meetingId: string;

  beforeAll(async () => {
    a = await testApp('postgres', { demo: true });
    const handle = openDatabase({ dataDir: a.db.dataDir, databaseUrl: a.db.databaseUrl, pgSchema: a.db.pgSchema });
    const config = loadConfig({ ONRECORD_DATA_DIR: a.db.dataDir, PUBLIC_URL: 'http://onrecord.test' });
    b = await build({
      config,
      database: handle,
      secret: TEST_SECRET,
      signingKey: loadSigningKey(config),
      clock: () => a.clock.now,
      webRoot: null,
    });
    await b.ready();
    closeB = async () => {
      await b.close();
      await handle.close();
    };
    const employee = new Agent(a.app);
    await employee.signIn(DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
    meetingId = (await employee.get('/api/series')).json().series[0].next.meetingId;
  });
  afterAll(async () => {
    await closeB?.();
    await a?.close();
  });

  const next = (app: { meetingEvents: { subscribe(id: string, l: (e: MeetingEvent) => void): () => void } }) =>
    new Promise<MeetingEvent>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no event within 5 s')), 5000);
      const off = app.meetingEvents.subscribe(meetingId, (e) => {
        clearTimeout(timer);
        off();
        resolve(e);
      });
    });

  it('a talking point added through one process is announced on the other, once, with no content', async () => {
    const onB = next(b);
    const onA: MeetingEvent[] = [];
    const offA = a.app.meetingEvents.subscribe(meetingId, (e) => onA.push(e));
    const manager = new Agent(a.app);
    const me = await manager.signIn(DEMO_ACCOUNTS.manager, DEMO_PASSWORD);
    expect((await manager.post(`/api/meetings/${meetingId}/points`, { text: 'Heard on the other process' })).statusCode).toBe(
      201,
    );
    const event = await onB;
    expect(event).toEqual({ type: 'changed', by: me.person?.id ?? expect.any(String) });
    // The process that made the change delivers it itself, and does not deliver its own echo again.
    await new Promise((r) => setTimeout(r, 300));
    offA();
    expect(onA).toHaveLength(1);
    // And the other way round.
    const back = next(a.app);
    const viaB = new Agent(b);
    await viaB.signIn(DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
    expect((await viaB.post(`/api/meetings/${meetingId}/points`, { text: 'And back again' })).statusCode).toBe(201);
    expect((await back).type).toBe('changed');
  });

  it('publishes nothing for a private note', async () => {
    let heard = 0;
    const off = b.meetingEvents.subscribe(meetingId, () => heard++);
    const employee = new Agent(a.app);
    await employee.signIn(DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
    const r = await employee.request({
      method: 'PUT',
      url: `/api/meetings/${meetingId}/private-note`,
      payload: { text: 'mine', version: 0 },
    });
    expect(r.statusCode).toBeLessThan(300);
    await new Promise((r) => setTimeout(r, 500));
    off();
    expect(heard).toBe(0);
  });
});
