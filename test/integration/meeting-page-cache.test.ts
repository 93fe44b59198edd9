import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/db/seed/demo';
import { Agent, type TestApp, testApp } from '../support/app';
import { ENGINES } from '../support/db';

// biome-ignore lint/suspicious/noExplicitAny: JSON from the API, checked by the assertions
type Json = Record<string, any>;

// The meeting page keeps its agenda and actions cached per series revision. The revision is bumped
// by database triggers, so a write by any path — another process, a script, a future command that
// forgets — shows on the next read. These writes go straight to the database, past every command.
describe.each(ENGINES)('the meeting page cache on %s', (engine) => {
  let t: TestApp;
  let employee: Agent;
  let meetingId: string;
  const page = async (): Promise<Json> => (await employee.get(`/api/meetings/${meetingId}`)).json();

  beforeAll(async () => {
    t = await testApp(engine, { demo: true });
    employee = new Agent(t.app);
    await employee.signIn(DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
    meetingId = (await employee.get('/api/series')).json().series[0].next.meetingId;
  });
  afterAll(() => t.close());

  it('shows a talking point changed, added or deleted outside the app at once', async () => {
    const before = await page();
    const point = before.talkingPoints[0];
    await t.db.db.updateTable('talking_points').set({ text: 'Rewritten elsewhere' }).where('id', '=', point.id).execute();
    expect((await page()).talkingPoints[0].text).toBe('Rewritten elsewhere');
    await t.db.db
      .insertInto('talking_points')
      .values({
        id: 'tp-elsewhere',
        org_id: (await t.db.db.selectFrom('meetings').select('org_id').where('id', '=', meetingId).executeTakeFirstOrThrow())
          .org_id,
        meeting_id: meetingId,
        author_id: before.series.report.id,
        text: 'Added elsewhere',
        off_record: 0,
        discussed: 0,
        position: 99,
        notes: '',
        notes_version: 0,
        carried_from: null,
        created_at: '2026-11-20T10:00:00.000Z',
        updated_at: '2026-11-20T10:00:00.000Z',
      })
      .execute();
    expect((await page()).talkingPoints.map((p: Json) => p.text)).toContain('Added elsewhere');
    await t.db.db.deleteFrom('talking_points').where('id', '=', 'tp-elsewhere').execute();
    expect((await page()).talkingPoints.map((p: Json) => p.text)).not.toContain('Added elsewhere');
  });

  it('shows an action item resolved outside the app, and one of an earlier meeting, at once', async () => {
    const before = await page();
    const carried = before.carriedActions[0];
    expect(carried.state).toBe('open');
    await t.db.db.updateTable('action_items').set({ text: 'Changed elsewhere' }).where('id', '=', carried.id).execute();
    expect((await page()).carriedActions[0].text).toBe('Changed elsewhere');
    await t.db.db
      .updateTable('action_items')
      .set({ state: 'dropped', resolved_at: '2020-01-01T00:00:00.000Z' })
      .where('id', '=', carried.id)
      .execute();
    expect((await page()).carriedActions.map((a: Json) => a.id)).not.toContain(carried.id);
  });

  it('follows a rename and a reporting line ended through the app (the people version)', async () => {
    const admin = new Agent(t.app);
    await admin.signIn(DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    const before = await page();
    expect(before.series.active).toBe(true);
    const r = await admin.put(`/api/people/${before.series.report.id}/manager`, { managerId: null, effectiveFrom: '2026-11-20' });
    expect(r.statusCode).toBe(200);
    const after = await page();
    expect(after.series.active).toBe(false);
    expect(after.can.edit).toBe(false);
  });
});
