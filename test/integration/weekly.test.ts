import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/db/seed/demo';
import { sweepWeeklyEscalations, sweepWeeklyReminders } from '../../server/commands/sweep-weekly';
import { runSweep } from '../../server/jobs/sweeper';
import { Agent, type TestApp, testApp } from '../support/app';
import { ENGINES } from '../support/db';
import { startSmtpSink } from '../support/smtp';

// The demo clock: Friday 20 November 2026, 10:00 UTC. Tom (Europe/Berlin) reports to Sofia
// (Europe/Madrid), who reports to Daniel (skip-level for Tom). Priya is HR, Grace admin.
const WEEK = '2026-11-16';
const content = (over: Record<string, unknown> = {}) => ({
  progress: ['Finished the CSV importer', 'Reviewed the audit log design'],
  waitingOn: [
    {
      id: null,
      what: 'API keys for the billing sandbox',
      fromPersonId: null,
      fromText: 'Platform team',
      since: '2026-11-08',
      chased: true,
    },
  ],
  asks: [
    { id: null, text: 'Can you escalate the API keys with Platform?', escalation: true },
    { id: null, text: 'Can I take Friday 4 Dec off?', escalation: false },
  ],
  objectives: [
    { objectiveId: null, title: 'Ship the importer', state: 'completed', dueDate: '2026-11-30', note: '' },
    { objectiveId: null, title: 'Billing migration', state: 'at_risk', dueDate: '2026-12-15', note: 'blocked on keys' },
  ],
  notes: '',
  ...over,
});

describe.each(ENGINES)('weekly updates on %s', (engine) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  const as: Record<string, Agent> = {};
  let updateId: string;
  const count = async (table: 'weekly_updates' | 'record_entries' | 'weekly_update_versions' | 'weekly_waiting_items') =>
    Number(
      (
        await t.db.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const mailsTo = (who: string) => smtp.mails.filter((m) => (m.to && 'text' in m.to ? m.to.text : '') === who);

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await testApp(engine, { smtpUrl: smtp.url, demo: true });
    const people = {
      tom: DEMO_ACCOUNTS.employee,
      sofia: DEMO_ACCOUNTS.manager,
      daniel: DEMO_ACCOUNTS.skipLevel,
      priya: DEMO_ACCOUNTS.hr,
      grace: DEMO_ACCOUNTS.admin,
      aisha: 'aisha.khan@harbourpine.example',
    };
    for (const [k, email] of Object.entries(people)) {
      as[k] = new Agent(t.app);
      await as[k].signIn(email, DEMO_PASSWORD);
    }
    as.stranger = new Agent(t.app);
    const up = await as.stranger.post('/api/auth/sign-up', {
      organisationName: 'Elsewhere Ltd',
      name: 'Olga Other',
      email: 'olga@elsewhere.example',
      password: 'a-long-password-1',
      timeZone: 'Europe/London',
    });
    expect(up.statusCode, up.body).toBe(201);
    as.signedOut = new Agent(t.app);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('the editor starts from open waiting-on items and the objectives; bad input is a clear 400 and writes nothing', async () => {
    const editor = await as.tom.get('/api/weekly/editor');
    expect(editor.statusCode, editor.body).toBe(200);
    expect(editor.json()).toMatchObject({ week: WEEK, weekName: '2026-W47', manager: { name: 'Sofia Alvarez' }, update: null });
    const before = { updates: await count('weekly_updates'), entries: await count('record_entries') };
    const bad = [
      ['/api/weekly/weeks/2026-11-23/send', content(), /future/],
      ['/api/weekly/weeks/2026-09-14/send', content(), /8 weeks/],
      ['/api/weekly/weeks/2026-11-17/send', content(), /Monday/],
      [`/api/weekly/weeks/${WEEK}/send`, content({ progress: [' '], waitingOn: [], asks: [], objectives: [] }), /empty/],
      [`/api/weekly/weeks/${WEEK}/send`, content({ waitingOn: [{ ...content().waitingOn[0], fromText: '' }] }), /from whom/],
      [`/api/weekly/weeks/${WEEK}/send`, content({ progress: ['x'.repeat(1001)] }), /at most 1,000 characters/],
      [`/api/weekly/weeks/${WEEK}/send`, content({ notes: 'y'.repeat(5001) }), /at most 5,000/],
      [`/api/weekly/weeks/${WEEK}/send`, { content: content(), sneaky: true }, /Unrecognized key|unknown field/],
    ] as const;
    for (const [url, body, message] of bad) {
      const r = await as.tom.post(url, 'content' in body ? body : { content: body });
      expect(r.statusCode, `${url} ${r.body}`).toBe(400);
      expect(r.json().message).toMatch(message);
    }
    expect(await count('weekly_updates')).toBe(before.updates);
    expect(await count('record_entries')).toBe(before.entries);
    expect(await count('weekly_waiting_items')).toBe(0);
    // The editor refuses future and long-past weeks too.
    expect((await as.tom.get('/api/weekly/editor?week=2026-11-23')).statusCode).toBe(400);
  });

  it('sending puts the update on the record and in the manager’s app and mail; sending again makes version 2', async () => {
    const draft = await as.tom.put(`/api/weekly/weeks/${WEEK}/draft`, { content: content() });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json().update).toMatchObject({ state: 'draft', version: 0 });
    // A draft is the author's alone.
    expect((await as.sofia.get(`/api/weekly/updates/${draft.json().update.id}`)).statusCode).toBe(404);

    const sent = await as.tom.post(`/api/weekly/weeks/${WEEK}/send`, { content: content() });
    expect(sent.statusCode, sent.body).toBe(200);
    const v1 = sent.json();
    updateId = v1.id;
    expect(v1).toMatchObject({
      state: 'sent',
      version: 1,
      readAt: null,
      acknowledgedAt: null,
      manager: { name: 'Sofia Alvarez' },
    });
    expect(v1.waiting[0]).toMatchObject({
      what: 'API keys for the billing sandbox',
      ageLabel: 'waiting 12 days',
      fromLabel: 'Platform team',
    });
    expect(v1.asks).toHaveLength(2);

    const entries = await t.db.db
      .selectFrom('record_entries')
      .select(['type', 'entry'])
      .where('type', '=', 'weekly_update.sent')
      .execute();
    expect(entries).toHaveLength(1);
    const entry = JSON.parse(entries[0].entry);
    expect(entry.subjects.sort()).toEqual([v1.author.id, v1.manager.id].sort());
    expect(entry.data).toMatchObject({ weeklyUpdateId: updateId, weekOf: WEEK, version: 1 });
    expect(entry.data.text).toContain('API keys for the billing sandbox — from Platform team');

    await t.app.mailer?.flush();
    const mail = (await smtp.waitFor(1)).find((m) => m.subject?.includes('weekly update'));
    expect(mail?.subject).toMatch(/Tom Becker's weekly update, week 47 .* 1 escalation/);
    expect(mail?.text).toContain('Finished the CSV importer');
    expect(mail?.text).toContain(`http://onrecord.test/weekly/updates/${updateId}`);

    // Sending again: the same update, a new version, a second record entry.
    const again = await as.tom.post(`/api/weekly/weeks/${WEEK}/send`, {
      content: {
        ...content(),
        progress: [...content().progress, 'Paired with Aisha on tests'],
        waitingOn: v1.content.waitingOn,
        asks: v1.content.asks,
      },
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ id: updateId, version: 2 });
    expect(again.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(await count('weekly_updates')).toBe(1);
    expect(await count('weekly_update_versions')).toBe(2);
    expect(await count('weekly_waiting_items')).toBe(1); // the same item, not a copy
    expect(again.json().asks).toHaveLength(2);
    // A sent week takes no draft: changes go out as a new version.
    expect((await as.tom.put(`/api/weekly/weeks/${WEEK}/draft`, { content: content() })).statusCode).toBe(409);
  });

  it('the manager reads, the author sees when; acknowledging and commenting', async () => {
    const notices = (await as.sofia.get('/api/weekly/notices')).json().notices;
    expect(notices[0]).toMatchObject({ kind: 'received', updateId });
    const read = await as.sofia.post(`/api/weekly/updates/${updateId}/read`);
    expect(read.json()).toMatchObject({ abilities: { acknowledge: true, answerAsks: true, edit: false } });
    const asTom = (await as.tom.get(`/api/weekly/updates/${updateId}`)).json();
    expect(asTom.readAt).toBe(t.clock.now.toISOString());
    expect(asTom.acknowledgedAt).toBeNull();
    // The author reading their own update does not count as read by the manager, and cannot acknowledge.
    expect((await as.tom.post(`/api/weekly/updates/${updateId}/acknowledge`)).statusCode).toBe(404);
    const comment = await as.sofia.post(`/api/weekly/updates/${updateId}/comments`, { text: 'Thanks, good week.' });
    expect(comment.json().comments[0]).toMatchObject({ text: 'Thanks, good week.', author: { name: 'Sofia Alvarez' } });
    expect((await as.sofia.post(`/api/weekly/updates/${updateId}/comments`, { text: '   ' })).statusCode).toBe(400);
  });

  it('every route × role: author and manager only; 404 for skip-level, HR, admin, other org; 401 signed out', async () => {
    const askId = (await as.tom.get(`/api/weekly/updates/${updateId}`)).json().asks[1].id as string;
    const waitingId = (await as.tom.get(`/api/weekly/updates/${updateId}`)).json().waiting[0].id as string;
    const tomId = (await as.tom.get(`/api/weekly/updates/${updateId}`)).json().author.id as string;
    const routes: Array<[string, (a: Agent) => Promise<{ statusCode: number }>, Record<string, number>]> = [
      ['GET update', (a) => a.get(`/api/weekly/updates/${updateId}`), { tom: 200, sofia: 200 }],
      ['POST read', (a) => a.post(`/api/weekly/updates/${updateId}/read`), { tom: 200, sofia: 200 }],
      ['POST comment', (a) => a.post(`/api/weekly/updates/${updateId}/comments`, { text: 'ok' }), { tom: 200, sofia: 200 }],
      ['GET history', (a) => a.get(`/api/weekly/people/${tomId}/history`), { tom: 200, sofia: 200 }],
      ['POST answer', (a) => a.post(`/api/weekly/asks/${askId}/answer`, { text: 'Yes, take it.' }), { tom: 404, sofia: 200 }],
      ['POST close waiting', (a) => a.post(`/api/weekly/waiting/${waitingId}/close`), { tom: 200, sofia: 404 }],
      ['POST acknowledge', (a) => a.post(`/api/weekly/updates/${updateId}/acknowledge`), { tom: 404, sofia: 200 }],
    ];
    for (const [name, call, allowed] of routes) {
      for (const who of ['daniel', 'priya', 'grace', 'stranger', 'signedOut', 'aisha']) {
        const r = await call(as[who]);
        expect(r.statusCode, `${name} as ${who}`).toBe(who === 'signedOut' ? 401 : 404);
      }
      for (const who of ['sofia', 'tom']) {
        const r = await call(as[who]);
        expect(r.statusCode, `${name} as ${who}`).toBe(allowed[who]);
      }
    }
    // Own routes: everyone signed in has their own editor, notices, preferences; signed out gets 401.
    for (const url of [
      '/api/weekly/editor',
      '/api/weekly/notices',
      '/api/weekly/preferences',
      '/api/weekly/team',
      '/api/weekly/people/me/history',
    ]) {
      for (const who of ['tom', 'sofia', 'daniel', 'priya', 'grace', 'stranger'])
        expect((await as[who].get(url)).statusCode, `${url} ${who}`).toBe(200);
      expect((await as.signedOut.get(url)).statusCode).toBe(401);
    }
    // The team view shows one's own reports only: Daniel (skip-level) does not see Tom.
    const danielTeam = (await as.daniel.get('/api/weekly/team')).json();
    expect(danielTeam.reports.map((r: { person: { name: string } }) => r.person.name)).not.toContain('Tom Becker');
    const acked = (await as.tom.get(`/api/weekly/updates/${updateId}`)).json();
    expect(acked.acknowledgedAt).toBe(t.clock.now.toISOString());
    expect(acked.asks[1]).toMatchObject({ answer: 'Yes, take it.' });
    // Closed waiting items leave the editor of the next weeks.
    expect((await as.tom.get('/api/weekly/editor')).json().openWaiting).toEqual([]);
  });

  it('waiting-on items stay open across weeks and show their age', async () => {
    const c = content({
      waitingOn: [
        { id: null, what: 'Legal review of the DPA', fromPersonId: null, fromText: 'Legal', since: '2026-11-10', chased: false },
      ],
      asks: [],
    });
    const lastWeek = await as.tom.post('/api/weekly/weeks/2026-11-09/send', { content: c });
    expect(lastWeek.statusCode, lastWeek.body).toBe(200);
    const saved = t.clock.now;
    t.clock.now = new Date('2026-11-30T09:00:00Z'); // two weeks on
    const editor = (await as.tom.get('/api/weekly/editor')).json();
    expect(editor.week).toBe('2026-11-30');
    expect(editor.openWaiting).toHaveLength(1);
    expect(editor.openWaiting[0]).toMatchObject({ what: 'Legal review of the DPA', ageLabel: 'waiting 20 days' });
    expect(editor.content.waitingOn[0]).toMatchObject({ what: 'Legal review of the DPA' });
    t.clock.now = saved;
  });

  it('the manager’s week: who sent, who did not, open escalations, objectives at risk; history with search and chart', async () => {
    const team = (await as.sofia.get(`/api/weekly/team?week=${WEEK}`)).json();
    const names = team.reports.map((r: { person: { name: string } }) => r.person.name);
    expect(names).toEqual(expect.arrayContaining(['Tom Becker', 'Aisha Khan', 'Lucas Moreau']));
    const tom = team.reports.find((r: { person: { name: string } }) => r.person.name === 'Tom Becker');
    expect(tom).toMatchObject({ state: 'sent', version: 2, objectivesAtRisk: ['Billing migration'] });
    expect(tom.openEscalations).toHaveLength(1);
    expect(team.reports.find((r: { person: { name: string } }) => r.person.name === 'Aisha Khan').state).toBe('missing');
    expect(team.sent).toBe(1);

    const hist = (await as.tom.get('/api/weekly/people/me/history?q=dpa')).json();
    expect(hist.items.map((i: { week: string }) => i.week)).toEqual(['2026-11-09']);
    const all = (await as.tom.get('/api/weekly/people/me/history')).json();
    expect(all.items).toHaveLength(2);
    expect(all.weeks.slice(-2).map((w: { status: string }) => w.status)).toEqual(['sent', 'sent']);
    expect(all.streak).toBe(2);
    expect((await as.tom.get('/api/weekly/people/me/history?q=100%25')).json().items).toEqual([]);
  });

  it('reminders: once, on the chosen local day and hour; none when sent; none on a day off', async () => {
    // First sweep schedules everyone; Tom (Berlin) at 15:00 local = 14:00 UTC.
    const first = await sweepWeeklyReminders(t.app.ctx, { now: new Date('2026-11-20T10:00:00Z') });
    expect(first.scheduled).toBeGreaterThan(5);
    const r1 = await sweepWeeklyReminders(t.app.ctx, { now: new Date('2026-11-20T14:00:00Z') });
    const r2 = await sweepWeeklyReminders(t.app.ctx, { now: new Date('2026-11-20T14:05:00Z') });
    // Berlin, Paris, Madrid, Stockholm are due at 14:00 UTC; Tom already sent his update.
    expect(r1.reminded).toBe(3);
    expect(r1.skipped).toBe(1);
    expect(r2.reminded).toBe(0);
    const r3 = await sweepWeeklyReminders(t.app.ctx, { now: new Date('2026-11-20T15:00:00Z') }); // London
    expect(r3.reminded).toBe(5); // Helen, Priya, Daniel, Aisha, and Olga of the other organisation
    await t.app.mailer?.flush();
    await smtp.waitFor(smtp.mails.length);
    expect(
      mailsTo('aisha.khan@harbourpine.example').filter((m) => m.subject?.startsWith('Reminder: your weekly update')),
    ).toHaveLength(1);
    expect(mailsTo(DEMO_ACCOUNTS.employee).filter((m) => m.subject?.startsWith('Reminder: your weekly update'))).toHaveLength(0);
    const aishaNotices = (await as.aisha.get('/api/weekly/notices')).json().notices;
    expect(aishaNotices[0]).toMatchObject({ kind: 'reminder', week: WEEK });
    // Saturday and Sunday: nothing.
    expect((await sweepWeeklyReminders(t.app.ctx, { now: new Date('2026-11-21T14:00:00Z') })).reminded).toBe(0);
    expect((await sweepWeeklyReminders(t.app.ctx, { now: new Date('2026-11-22T15:00:00Z') })).reminded).toBe(0);
    // A person's own day and hour: Aisha chooses Thursday 09:00.
    const prefs = await as.aisha.put('/api/weekly/preferences', { weekday: 4, hour: 9, digest: false });
    expect(prefs.json()).toMatchObject({ weekday: 4, hour: 9, nextReminderAt: '2026-11-26T09:00:00.000Z' });
    expect((await as.aisha.put('/api/weekly/preferences', { weekday: 8, hour: 9, digest: false })).statusCode).toBe(400);
  });

  it('an unanswered escalation goes on the next 1:1 agenda once, with a link back', async () => {
    const ask = (await as.tom.get(`/api/weekly/updates/${updateId}`)).json().asks[0];
    expect(ask).toMatchObject({ escalation: true, answer: null, agendaMeetingId: null });
    // Walk the clock a day at a time until the next 1:1 is within a day.
    let added = 0;
    for (let d = 0; d < 35 && added === 0; d++) {
      const now = new Date(Date.parse('2026-11-20T10:00:00Z') + d * 86_400_000 + 3_600_000 * (d % 24));
      added += await sweepWeeklyEscalations(t.app.ctx, { now });
    }
    expect(added).toBe(1);
    expect(await sweepWeeklyEscalations(t.app.ctx, { now: new Date('2027-01-01T00:00:00Z') })).toBe(0);
    const after = (await as.tom.get(`/api/weekly/updates/${updateId}`)).json().asks[0];
    expect(after.agendaMeetingId).toBeTruthy();
    const points = await t.db.db
      .selectFrom('talking_points')
      .selectAll()
      .where('meeting_id', '=', after.agendaMeetingId)
      .execute();
    const point = points.filter((p) => p.text?.startsWith('Escalation from my weekly update'));
    expect(point).toHaveLength(1);
    expect(point[0].text).toContain(`/weekly/updates/${updateId}`);
    expect(point[0].text).toContain('Can you escalate the API keys with Platform?');
    // The meeting page shows it to both participants.
    const meeting = await as.sofia.get(`/api/meetings/${after.agendaMeetingId}`);
    expect(meeting.statusCode).toBe(200);
    expect(meeting.body).toContain('Escalation from my weekly update');
    // runSweep includes the weekly sweep.
    expect(await runSweep(t.app.ctx, new Date('2027-01-02T00:00:00Z'))).toHaveProperty('weeklyReminders');
  });
});
