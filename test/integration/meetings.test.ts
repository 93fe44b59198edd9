import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/db/seed/demo';
import { Agent, type TestApp, testApp } from '../support/app';
import { ENGINES } from '../support/db';

// biome-ignore lint/suspicious/noExplicitAny: JSON from the API, checked by the assertions
type Json = Record<string, any>;

const del = (a: Agent, url: string) => a.request({ method: 'DELETE', url, payload: {} });
const patch = (a: Agent, url: string, payload: unknown) => a.request({ method: 'PATCH', url, payload: payload as object });

describe.each(ENGINES)('1:1 series and meetings on %s', (engine) => {
  let t: TestApp;
  const as: Record<string, Agent> = {};
  let tomSeries: Json;
  let upcomingId: string;

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
    const mine = (await as.employee.get('/api/series')).json();
    tomSeries = mine.series[0];
    upcomingId = tomSeries.next.meetingId;
  });
  afterAll(() => t.close());

  it('lists my 1:1s: a manager sees every report at a glance, an ended line is read-only', async () => {
    const sofia = (await as.manager.get('/api/series')).json();
    const others = sofia.series.map((s: Json) => [s.other.name, s.role, s.active]);
    expect(others).toEqual([
      ['Aisha Khan', 'manager', true],
      ['Daniel Whitfield', 'report', true],
      ['Lucas Moreau', 'manager', true],
      ['Tom Becker', 'manager', true],
      ['Ravi Patel', 'manager', false],
    ]);
    const tom = sofia.series.find((s: Json) => s.other.name === 'Tom Becker');
    expect(tom.next.meetingId).toBe(upcomingId);
    expect(tom.next.startsAt > '2026-11-20').toBe(true);
    expect(tom.lastMeetingAt < '2026-11-20').toBe(true);
    expect(tom.openActions).toBe(2);
    expect(sofia.series.find((s: Json) => s.other.name === 'Ravi Patel').next).toBeNull();
    expect(tomSeries.other.name).toBe('Sofia Alvarez');
  });

  it('shows the upcoming meeting with what carried over and from where', async () => {
    const m = (await as.employee.get(`/api/meetings/${upcomingId}`)).json();
    expect(m.meeting.status).toBe('scheduled');
    const carried = m.talkingPoints.find((p: Json) => p.text === 'Objectives for next quarter');
    expect(carried.carriedFrom).toMatchObject({ meetingId: expect.any(String), startsAt: expect.any(String) });
    expect(carried.carriedFrom.startsAt < m.meeting.startsAt).toBe(true);
    expect(m.carriedActions.map((a: Json) => [a.text, a.overdue])).toEqual([
      ['Ask finance to confirm the training budget', true],
      ['Draft objectives for next quarter', false],
    ]);
    expect(m.privateNote).toBeNull();
    expect(m.can).toEqual({ edit: true, close: true, reschedule: true });
    expect(m.neverOffRecord).toContain('harassment');
  });

  it('lets both add, reorder and mark points; only the author changes text or the off-the-record mark', async () => {
    const a = await as.employee.post(`/api/meetings/${upcomingId}/points`, { text: 'Pairing with the new joiner' });
    expect(a.statusCode).toBe(201);
    const b = await as.manager.post(`/api/meetings/${upcomingId}/points`, { text: 'Conference talk proposal' });
    const points = b.json().talkingPoints as Json[];
    expect(points.map((p) => p.text)).toEqual([
      'Objectives for next quarter',
      'Feedback on my presentation to the leadership team',
      'Pairing with the new joiner',
      'Conference talk proposal',
    ]);
    const tomPoint = points[2];
    const moved = await as.manager.post(`/api/points/${tomPoint.id}/move`, { direction: 'up' });
    expect(moved.json().talkingPoints.map((p: Json) => p.text)[1]).toBe('Pairing with the new joiner');
    const marked = await patch(as.manager, `/api/points/${tomPoint.id}`, { discussed: true });
    expect(marked.json().talkingPoints.find((p: Json) => p.id === tomPoint.id).discussed).toBe(true);
    expect((await patch(as.manager, `/api/points/${tomPoint.id}`, { text: 'rewritten' })).statusCode).toBe(404);
    expect((await patch(as.manager, `/api/points/${tomPoint.id}`, { offRecord: true })).statusCode).toBe(404);
    expect((await del(as.manager, `/api/points/${tomPoint.id}`)).statusCode).toBe(404);
  });

  it('refuses a stale notes save with the current text, and never loses a change silently', async () => {
    const first = await as.manager.put(`/api/meetings/${upcomingId}/notes`, { text: 'Sofia wrote this', version: 0 });
    expect(first.json()).toEqual({ version: 1 });
    const stale = await as.employee.put(`/api/meetings/${upcomingId}/notes`, { text: 'Tom wrote this', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'stale_version', current: { text: 'Sofia wrote this', version: 1 } });
    expect(stale.json().message).toMatch(/not saved/);
    const merged = await as.employee.put(`/api/meetings/${upcomingId}/notes`, {
      text: 'Sofia wrote this\nTom wrote this',
      version: 1,
    });
    expect(merged.json()).toEqual({ version: 2 });
    const m = (await as.manager.get(`/api/meetings/${upcomingId}`)).json();
    expect(m.meeting.notes).toEqual({ text: 'Sofia wrote this\nTom wrote this', version: 2 });
    const point = m.talkingPoints[0];
    expect((await as.manager.put(`/api/points/${point.id}/notes`, { text: 'a', version: 0 })).statusCode).toBe(200);
    const stalePoint = await as.employee.put(`/api/points/${point.id}/notes`, { text: 'b', version: 0 });
    expect(stalePoint.statusCode).toBe(409);
    expect(stalePoint.json().current).toEqual({ text: 'a', version: 1 });
  });

  it('keeps a private note to its author, and says once that it may be disclosed', async () => {
    const secret = 'PRIVATE-tom-worried-about-reorg';
    const before = (await as.employee.get(`/api/meetings/${upcomingId}`)).json();
    expect(before.privateNotesAcknowledged).toBe(false);
    expect((await as.employee.put(`/api/meetings/${upcomingId}/private-note`, { text: secret, version: 0 })).json()).toEqual({
      version: 1,
    });
    expect((await as.employee.post('/api/private-notes/acknowledge', {})).statusCode).toBe(200);
    const mine = (await as.employee.get(`/api/meetings/${upcomingId}`)).json();
    expect(mine.privateNote).toEqual({ text: secret, version: 1 });
    expect(mine.privateNotesAcknowledged).toBe(true);
    const theirs = await as.manager.get(`/api/meetings/${upcomingId}`);
    expect(theirs.json().privateNote).toBeNull();
    expect(theirs.body).not.toContain(secret);
    const sofiaOwn = 'PRIVATE-sofia-own-note';
    await as.manager.put(`/api/meetings/${upcomingId}/private-note`, { text: sofiaOwn, version: 0 });
    expect((await as.employee.get(`/api/meetings/${upcomingId}`)).body).not.toContain(sofiaOwn);
    const stale = await as.employee.put(`/api/meetings/${upcomingId}/private-note`, { text: 'x', version: 0 });
    expect(stale.statusCode).toBe(409);
  });

  it('action items: owner is a participant, bad input names the field and writes nothing', async () => {
    const sofiaId = (await as.manager.get('/api/auth/session')).json().person.id;
    const daniel = (await as.skipLevel.get('/api/auth/session')).json().person.id;
    const count = async () => (await as.employee.get(`/api/meetings/${upcomingId}`)).json().actionItems.length;
    const n = await count();
    const bad = [
      [{ text: 'x', ownerId: daniel }, /ownerId/],
      [{ text: '', ownerId: sofiaId }, /body\.text/],
      [{ text: 'x'.repeat(501), ownerId: sofiaId }, /body\.text/],
      [{ text: 'x', ownerId: sofiaId, dueOn: '2026-13-01' }, /body\.dueOn/],
      [{ text: 'x', ownerId: sofiaId, dueOn: '20/12/2026' }, /body\.dueOn/],
      [{ text: 'x', ownerId: sofiaId, extra: 1 }, /extra/],
    ] as const;
    for (const [body, msg] of bad) {
      const r = await as.employee.post(`/api/meetings/${upcomingId}/actions`, body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(r.json().message).toMatch(msg);
    }
    expect(await count()).toBe(n);
    const ok = await as.employee.post(`/api/meetings/${upcomingId}/actions`, {
      text: 'Book the venue',
      ownerId: sofiaId,
      dueOn: '2026-11-18',
    });
    expect(ok.statusCode).toBe(201);
    const item = ok.json().actionItems.find((a: Json) => a.text === 'Book the venue');
    expect(item).toMatchObject({ owner: { name: 'Sofia Alvarez' }, overdue: true, state: 'open' });
    const mine = (await as.manager.get('/api/my-actions')).json().actions as Json[];
    expect(mine.find((a) => a.id === item.id)).toMatchObject({ overdue: true, other: { name: 'Tom Becker' } });
    expect((await patch(as.manager, `/api/actions/${item.id}`, { state: 'done' })).statusCode).toBe(200);
    expect((await as.manager.get('/api/my-actions')).json().actions.find((a: Json) => a.id === item.id).state).toBe('done');
    expect((await patch(as.manager, `/api/actions/${item.id}`, { state: 'finished' })).statusCode).toBe(400);
    expect((await patch(as.skipLevel, `/api/actions/${item.id}`, { state: 'open' })).statusCode).toBe(404);
    const empty = await as.employee.post(`/api/meetings/${upcomingId}/points`, { text: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().issues[0].path).toBe('body.text');
  });

  it('off the record: both participants see it; closing erases its text and carries the unfinished points', async () => {
    const secret = 'OFFREC-thinking-of-leaving';
    const added = await as.employee.post(`/api/meetings/${upcomingId}/points`, { text: secret, offRecord: true });
    const point = added.json().talkingPoints.find((p: Json) => p.text === secret);
    expect(point.offRecord).toBe(true);
    expect((await as.manager.get(`/api/meetings/${upcomingId}`)).body).toContain(secret);
    await as.employee.put(`/api/points/${point.id}/notes`, { text: `${secret} notes`, version: 0 });
    const closed = await as.manager.post(`/api/meetings/${upcomingId}/close`, {});
    expect(closed.statusCode).toBe(200);
    expect(closed.json().meeting).toMatchObject({ status: 'closed', closedBy: { name: 'Sofia Alvarez' } });
    for (const who of [as.manager, as.employee]) {
      const m = await who.get(`/api/meetings/${upcomingId}`);
      expect(m.body).not.toContain(secret);
      expect(m.json().talkingPoints.find((p: Json) => p.id === point.id)).toMatchObject({
        text: null,
        erased: true,
        offRecord: true,
      });
    }
    const row = await t.db.db.selectFrom('talking_points').selectAll().where('id', '=', point.id).executeTakeFirstOrThrow();
    expect(row.text).toBeNull();
    expect(row.notes).toBe('');
    // Frozen.
    for (const r of [
      await as.employee.post(`/api/meetings/${upcomingId}/points`, { text: 'late' }),
      await as.employee.put(`/api/meetings/${upcomingId}/notes`, { text: 'late', version: 2 }),
      await as.manager.post(`/api/meetings/${upcomingId}/close`, {}),
    ]) {
      expect(r.statusCode).toBe(409);
      expect(r.json().message).toMatch(/closed/);
    }
    // Carried over into the next meeting, linked to where each point was first raised.
    const series = (await as.employee.get(`/api/series/${tomSeries.id}`)).json();
    const nextId = series.series.next.meetingId;
    expect(nextId).toBeTruthy();
    expect(nextId).not.toBe(upcomingId);
    const next = (await as.employee.get(`/api/meetings/${nextId}`)).json();
    expect(next.talkingPoints.map((p: Json) => p.text)).toEqual([
      'Objectives for next quarter',
      'Feedback on my presentation to the leadership team',
      'Conference talk proposal',
    ]);
    expect(next.talkingPoints.every((p: Json) => p.carriedFrom)).toBe(true);
    expect(next.body ?? JSON.stringify(next)).not.toContain(secret);
    expect(series.meetings.find((m: Json) => m.id === upcomingId).status).toBe('closed');
  });

  it('moves, skips and adds meetings: skipped points go on to the next one', async () => {
    const aisha = ((await as.manager.get('/api/series')).json().series as Json[]).find(
      (s) => s.other.name === 'Aisha Khan',
    ) as Json;
    const first = aisha.next.meetingId as string;
    const moved = await as.manager.put(`/api/meetings/${first}/schedule`, { startsAt: '2026-11-24T15:00:00Z' });
    expect(moved.json().meeting).toMatchObject({
      startsAt: '2026-11-24T15:00:00.000Z',
      occurrenceDate: aisha.next.occurrenceDate,
    });
    expect((await as.manager.put(`/api/meetings/${first}/schedule`, { startsAt: 'tomorrow' })).json().issues[0].path).toBe(
      'body.startsAt',
    );
    const skipped = await as.manager.post(`/api/meetings/${first}/skip`, {});
    expect(skipped.json().meeting.status).toBe('skipped');
    const detail = (await as.manager.get(`/api/series/${aisha.id}`)).json();
    expect(detail.series.next.meetingId).not.toBe(first);
    const next = (await as.manager.get(`/api/meetings/${detail.series.next.meetingId}`)).json();
    expect(next.talkingPoints.map((p: Json) => p.text)).toContain('Objectives for next quarter');
    const adhoc = await as.manager.post(`/api/series/${aisha.id}/meetings`, { startsAt: '2026-11-21T09:00:00Z' });
    expect(adhoc.statusCode).toBe(200);
    const after = (await as.manager.get(`/api/series/${aisha.id}`)).json();
    expect(after.series.next.meetingId).toBe(adhoc.json().meetingId);
    expect((await as.manager.post(`/api/series/${aisha.id}/meetings`, { occurrenceDate: '2026-11-25' })).statusCode).toBe(400); // not a Monday
    expect((await as.manager.post(`/api/series/${aisha.id}/meetings`, {})).statusCode).toBe(400);
  });

  it('an ended reporting line: the series stays readable to both, writes say why they are refused', async () => {
    const list = (await as.manager.get('/api/series')).json();
    const ravi = list.series.find((s: Json) => s.other.name === 'Ravi Patel');
    const detail = (await as.manager.get(`/api/series/${ravi.id}`)).json();
    expect(detail.meetings.length).toBe(4);
    expect(detail.upcoming).toEqual([]);
    const raviAgent = new Agent(t.app);
    await raviAgent.signIn('ravi.patel@harbourpine.example', DEMO_PASSWORD);
    const m = await raviAgent.get(`/api/meetings/${detail.meetings[0].id}`);
    expect(m.statusCode).toBe(200);
    expect(m.json().can.edit).toBe(false);
    const openAction = detail.actions.find((a: Json) => a.state === 'open');
    const r = await patch(raviAgent, `/api/actions/${openAction.id}`, { state: 'done' });
    expect(r.statusCode).toBe(409);
    expect(r.json().message).toMatch(/reporting line ended/);
  });

  it('starts a series for a new pair: refuses duplicates, strangers and bad schedules', async () => {
    const session = async (a: Agent) => (await a.get('/api/auth/session')).json().person.id as string;
    const [sofia, tom, daniel] = [await session(as.manager), await session(as.employee), await session(as.skipLevel)];
    const schedule = {
      cadence: 'biweekly',
      weekday: 3,
      localTime: '11:00',
      timeZone: 'Europe/Madrid',
      durationMinutes: 45,
      startsOn: '2026-11-20',
    };
    const dup = await as.manager.post('/api/series', { managerId: sofia, reportId: tom, ...schedule });
    expect(dup.statusCode).toBe(409);
    expect((await as.skipLevel.post('/api/series', { managerId: sofia, reportId: tom, ...schedule })).statusCode).toBe(404);
    const noLine = await as.skipLevel.post('/api/series', { managerId: daniel, reportId: tom, ...schedule });
    expect(noLine.statusCode).toBe(400);
    expect(noLine.json().message).toMatch(/does not report to/);
    const bad = await as.manager.post('/api/series', { managerId: sofia, reportId: tom, ...schedule, localTime: '9am' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('body.localTime');
    // A transfer makes a new pair; the admin starts their series without seeing into it.
    const people = (await as.admin.get('/api/people')).json().people as Json[];
    const id = (n: string) => people.find((p) => p.name === n)?.id as string;
    await as.admin.put(`/api/people/${id('Lucas Moreau')}/manager`, {
      managerId: id('Marcus Bell'),
      effectiveFrom: '2026-11-20',
    });
    const created = await as.admin.post('/api/series', {
      managerId: id('Marcus Bell'),
      reportId: id('Lucas Moreau'),
      ...schedule,
    });
    expect(created.statusCode).toBe(201);
    expect((await as.admin.get(`/api/series/${created.json().seriesId}`)).statusCode).toBe(404);
    const sofiaList = (await as.manager.get('/api/series')).json().series as Json[];
    expect(sofiaList.find((s) => s.other.name === 'Lucas Moreau')?.active).toBe(false);
  });

  it('templates: four built in, admins add their own, applying one adds its points', async () => {
    const list = (await as.employee.get('/api/meeting-templates')).json().templates as Json[];
    expect(list.map((x) => x.name)).toEqual(['First 1:1', 'Weekly', 'Career conversation', 'Quarterly objectives review']);
    expect((await as.manager.post('/api/admin/meeting-templates', { name: 'Mine', points: ['a'] })).statusCode).toBe(404);
    const created = await as.admin.post('/api/admin/meeting-templates', {
      name: 'Onboarding week 2',
      points: ['Tools access', 'Buddy'],
    });
    expect(created.statusCode).toBe(201);
    const own = created.json().templates.find((x: Json) => !x.builtIn);
    expect((await as.admin.post('/api/admin/meeting-templates', { name: '', points: [] })).json().issues.length).toBe(2);
    const nextId = (await as.employee.get(`/api/series/${tomSeries.id}`)).json().series.next.meetingId;
    const r = await as.employee.post(`/api/meetings/${nextId}/template`, { templateId: own.id });
    expect(r.json().talkingPoints.map((p: Json) => p.text)).toEqual(expect.arrayContaining(['Tools access', 'Buddy']));
    expect((await as.other.post(`/api/meetings/${nextId}/template`, { templateId: 'builtin:weekly' })).statusCode).toBe(404);
    expect((await del(as.admin, `/api/admin/meeting-templates/${own.id}`)).json().templates).toHaveLength(4);
  });

  it('the never-off-the-record list is the organisation’s, edited by admins', async () => {
    expect((await as.hr.get('/api/admin/off-record-policy')).statusCode).toBe(404);
    const r = await as.admin.put('/api/admin/off-record-policy', {
      neverOffRecord: ['harassment', 'safety', 'bribery'],
      keepOffRecordFact: true,
    });
    expect(r.json()).toEqual({ neverOffRecord: ['harassment', 'safety', 'bribery'], keepOffRecordFact: true });
    const nextId = (await as.employee.get(`/api/series/${tomSeries.id}`)).json().series.next.meetingId;
    expect((await as.employee.get(`/api/meetings/${nextId}`)).json().neverOffRecord).toEqual(['harassment', 'safety', 'bribery']);
    expect((await as.other.get('/api/admin/off-record-policy')).json().neverOffRecord).toContain('fraud'); // their own defaults
  });

  it('a private, revocable ICS feed that an independent parser reads, with time zones', async () => {
    const created = (await as.employee.post('/api/calendar-feed', {})).json();
    expect(created.url).toMatch(/^http:\/\/onrecord\.test\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const path = new URL(created.url).pathname;
    const res = await t.app.inject({ method: 'GET', url: path });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/calendar/);
    const comp = new ICAL.Component(ICAL.parse(res.body));
    const zones = comp.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
    expect(zones).toContain('Europe/Madrid');
    for (const z of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(z);
    const events = comp.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.length).toBeGreaterThan(10);
    expect(events[0].summary).toBe('1:1 with Sofia Alvarez');
    expect(res.body).not.toMatch(/Objectives|PRIVATE|OFFREC/);
    for (const e of events.slice(0, 20)) {
      expect(e.startDate.zone?.tzid).toBe('Europe/Madrid');
      expect(e.startDate.toString().slice(11, 16)).toBe(tomSeries.localTime); // local time, summer and winter
      expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBe(30 * 60_000);
    }
    // UTC instants follow DST: Madrid is UTC+1 in winter, UTC+2 in summer.
    const [h, min] = tomSeries.localTime.split(':').map(Number);
    const utc = (offset: number) => `T${String(h - offset).padStart(2, '0')}:${String(min).padStart(2, '0')}:00`;
    const winter = events.find((e) => e.startDate.toString().startsWith('2026-12'));
    expect(winter?.startDate.toJSDate().toISOString()).toContain(utc(1));
    const summer = events.find((e) => e.startDate.toString().startsWith('2027-04'));
    expect(summer?.startDate.toJSDate().toISOString()).toContain(utc(2));
    expect((await as.employee.get('/api/calendar-feed')).json().active).toBe(true);
    const rotated = (await as.employee.post('/api/calendar-feed', {})).json();
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: new URL(rotated.url).pathname })).statusCode).toBe(200);
    await del(as.employee, '/api/calendar-feed');
    expect((await t.app.inject({ method: 'GET', url: new URL(rotated.url).pathname })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/calendar/not-a-token.ics' })).statusCode).toBe(400);
  });

  it('pushes "changed" events to the other participant over Server-Sent Events', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const nextId = (await as.employee.get(`/api/series/${tomSeries.id}`)).json().series.next.meetingId;
    const cookie = (as.employee as unknown as { cookies: Map<string, string> }).cookies;
    const header = [...cookie].map(([k, v]) => `${k}=${v}`).join('; ');
    const ac = new AbortController();
    const res = await fetch(`${address}/api/meetings/${nextId}/events`, { headers: { cookie: header }, signal: ac.signal });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    let got = '';
    const until = (re: RegExp) =>
      (async () => {
        while (!re.test(got)) {
          const { value, done } = await reader.read();
          if (done) break;
          got += new TextDecoder().decode(value);
        }
      })();
    await until(/connected/);
    await as.manager.post(`/api/meetings/${nextId}/points`, { text: 'Live point' });
    await until(/event: changed/);
    expect(got).toMatch(/event: changed\ndata: \{"type":"changed","by":"[^"]+"\}/);
    expect(got).not.toContain('Live point'); // events carry no content
    ac.abort();
    const stranger = await fetch(`${address}/api/meetings/${nextId}/events`);
    expect(stranger.status).toBe(401);
  });
});
