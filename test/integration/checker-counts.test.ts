import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckerCategory, checkText } from '../../common/checker';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/db/seed/demo';
import { Agent, type TestApp, testApp } from '../support/app';
import { ENGINES } from '../support/db';

// Issue 7: the author may share text the checker flagged; the record keeps how many findings were
// ignored. The count follows the organisation's settings: a category it turned off is not counted,
// for meeting notes, minutes, weekly updates and objectives alike.
const FLAGGED = 'She is always late.';
const OFF: CheckerCategory[] = ['absolute_language'];
const WEEK = '2026-11-16';

describe.each(ENGINES)('findings ignored on the record follow the organisation’s checker settings on %s', (engine) => {
  let t: TestApp;
  const as: Record<string, Agent> = {};
  let seriesId: string;
  let tomId: string;

  beforeAll(async () => {
    t = await testApp(engine, { demo: true });
    for (const [role, email] of Object.entries(DEMO_ACCOUNTS)) {
      as[role] = new Agent(t.app);
      await as[role].signIn(email, DEMO_PASSWORD);
    }
    as.other = new Agent(t.app);
    const up = await as.other.post('/api/auth/sign-up', {
      organisationName: 'Elsewhere',
      name: 'Oscar Other',
      email: 'oscar@elsewhere.test',
      password: 'oscars password',
      timeZone: 'UTC',
    });
    expect(up.statusCode, up.body).toBe(201);
    const series = (await as.employee.get('/api/series')).json().series as { id: string; other: { name: string } }[];
    seriesId = series.find((s) => s.other.name === 'Sofia Alvarez')?.id as string;
    tomId = (await as.employee.get('/api/auth/session')).json().person.id;
    expect(seriesId).toBeTruthy();
  });
  afterAll(() => t.close());

  /** The `checkerFindingsIgnored` of the newest record entry of a type. */
  async function ignored(type: string): Promise<number | undefined> {
    const row = await t.db.db
      .selectFrom('record_entries')
      .select('entry')
      .where('type', '=', type)
      .orderBy('idx', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    return JSON.parse(row.entry).data.checkerFindingsIgnored;
  }

  /** Tom shares the same flagged sentence everywhere it can be shared; returns each entry's count. */
  async function shareEverywhere(startsAt: string, objectiveTitle: string) {
    const tom = as.employee;
    const opened = await tom.post(`/api/series/${seriesId}/meetings`, { startsAt });
    expect(opened.statusCode, opened.body).toBe(200);
    const meetingId = opened.json().meetingId as string;
    expect((await tom.put(`/api/meetings/${meetingId}/notes`, { text: FLAGGED, version: 0 })).statusCode).toBe(200);
    expect((await tom.post(`/api/meetings/${meetingId}/close`)).statusCode).toBe(200);

    const draft = (await tom.post(`/api/meetings/${meetingId}/minutes`)).json();
    const content = { agreements: [FLAGGED], decisions: [], actionItems: [], objectiveChanges: [], feedback: [], freeText: '' };
    expect((await tom.put(`/api/minutes/${draft.id}/draft`, { content })).statusCode).toBe(200);
    const sent = await tom.post(`/api/minutes/${draft.id}/send`);
    expect(sent.statusCode, sent.body).toBe(200);

    const weekly = await tom.post(`/api/weekly/weeks/${WEEK}/send`, {
      content: { progress: [FLAGGED], waitingOn: [], asks: [], objectives: [], notes: '' },
    });
    expect(weekly.statusCode, weekly.body).toBe(200);

    const objective = await tom.post(`/api/people/${tomId}/objectives`, {
      title: objectiveTitle,
      description: FLAGGED,
      startDate: '2026-11-20',
    });
    expect(objective.statusCode, objective.body).toBe(200);

    return {
      meeting: await ignored('meeting.closed'),
      minutes: await ignored('minutes.sent'),
      weekly: await ignored('weekly_update.sent'),
      objective: await ignored('objective.version'),
    };
  }

  it('counts every category while all are on, and leaves out a category the admin turned off', async () => {
    const all = checkText(FLAGGED).length;
    const withoutAbsolute = checkText(FLAGGED, { disabledCategories: OFF }).length;
    expect(all).toBeGreaterThan(withoutAbsolute);

    expect(await shareEverywhere('2026-11-18T09:00:00.000Z', 'Arrive on time')).toEqual({
      meeting: all,
      minutes: all,
      weekly: all,
      objective: all,
    });

    // Another organisation's admin turns everything off in their own organisation only.
    const elsewhere = await as.other.put('/api/admin/checker-settings', { disabledCategories: ['protected_characteristic'] });
    expect(elsewhere.statusCode).toBe(200);
    expect((await as.admin.get('/api/admin/checker-settings')).json()).toEqual({ disabledCategories: [] });

    expect((await as.admin.put('/api/admin/checker-settings', { disabledCategories: OFF })).statusCode).toBe(200);
    expect(await shareEverywhere('2026-11-17T09:00:00.000Z', 'Arrive on time, again')).toEqual({
      meeting: withoutAbsolute,
      minutes: withoutAbsolute,
      weekly: withoutAbsolute,
      objective: withoutAbsolute,
    });
  });
});
