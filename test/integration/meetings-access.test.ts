import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/db/seed/demo';
import { Agent, type TestApp, testApp } from '../support/app';
import { ENGINES } from '../support/db';

// Every meeting route × every role: only the two participants get anything; everybody else gets
// "not found" (and nothing is written); signed out gets 401. Then a property: whatever the
// participants do, no route ever returns another person's private note or an erased
// off-the-record text.

// biome-ignore lint/suspicious/noExplicitAny: JSON from the API, checked by the assertions
type Json = Record<string, any>;
type Route = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; body?: unknown; ok: number };

describe.each(ENGINES)('meeting access on %s', (engine) => {
  let t: TestApp;
  const as: Record<string, Agent> = {};
  let ids: { series: string; meeting: string; point: string; action: string; sofia: string };
  const call = (a: Agent, r: Route) =>
    a.request({ method: r.method, url: r.url, ...(r.method === 'GET' ? {} : { payload: (r.body ?? {}) as object }) });

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
    const s = (await as.employee.get('/api/series')).json().series[0];
    const m = (await as.employee.get(`/api/meetings/${s.next.meetingId}`)).json();
    ids = {
      series: s.id,
      meeting: m.meeting.id,
      point: m.talkingPoints[0].id,
      action: m.carriedActions[0].id,
      sofia: s.manager.id,
    };
  });
  afterAll(() => t.close());

  const routes = (): Route[] => [
    { method: 'GET', url: `/api/series/${ids.series}`, ok: 200 },
    {
      method: 'PUT',
      url: `/api/series/${ids.series}/schedule`,
      ok: 200,
      body: {
        cadence: 'weekly',
        weekday: 3,
        localTime: '14:00',
        timeZone: 'Europe/Madrid',
        durationMinutes: 30,
        startsOn: '2026-10-01',
      },
    },
    { method: 'POST', url: `/api/series/${ids.series}/meetings`, ok: 200, body: { startsAt: '2026-11-27T10:00:00Z' } },
    { method: 'GET', url: `/api/meetings/${ids.meeting}`, ok: 200 },
    { method: 'PUT', url: `/api/meetings/${ids.meeting}/notes`, ok: 409, body: { text: 'x', version: 99 } },
    { method: 'PUT', url: `/api/meetings/${ids.meeting}/private-note`, ok: 200, body: { text: 'mine', version: 0 } },
    { method: 'POST', url: `/api/meetings/${ids.meeting}/points`, ok: 201, body: { text: 'a point' } },
    { method: 'POST', url: `/api/meetings/${ids.meeting}/template`, ok: 200, body: { templateId: 'builtin:weekly' } },
    { method: 'POST', url: `/api/meetings/${ids.meeting}/actions`, ok: 201, body: { text: 'an action', ownerId: ids.sofia } },
    { method: 'PUT', url: `/api/meetings/${ids.meeting}/schedule`, ok: 200, body: { startsAt: '2026-11-25T13:00:00Z' } },
    { method: 'PATCH', url: `/api/points/${ids.point}`, ok: 200, body: { discussed: true } },
    { method: 'POST', url: `/api/points/${ids.point}/move`, ok: 200, body: { direction: 'down' } },
    { method: 'PUT', url: `/api/points/${ids.point}/notes`, ok: 409, body: { text: 'x', version: 99 } },
    { method: 'PATCH', url: `/api/actions/${ids.action}`, ok: 200, body: { dueOn: '2026-12-01' } },
    { method: 'GET', url: `/api/meetings/${ids.meeting}/events`, ok: 200 },
  ];

  const snapshot = async () => {
    const m = (await as.employee.get(`/api/meetings/${ids.meeting}`)).json();
    const s = (await as.employee.get(`/api/series/${ids.series}`)).json();
    return JSON.stringify({ m, s });
  };

  it.each(['skipLevel', 'hr', 'admin', 'other'])('%s gets "not found" on every route and writes nothing', async (role) => {
    const before = await snapshot();
    for (const r of routes()) {
      const res = await call(as[role], r);
      expect(res.statusCode, `${role} ${r.method} ${r.url}`).toBe(404);
      expect(res.body).not.toMatch(/Objectives|Feedback on my presentation/);
    }
    expect(await snapshot()).toBe(before);
    const list = (await as[role].get('/api/series')).json().series as Json[];
    expect(list.some((s) => s.id === ids.series)).toBe(false);
    const mine = (await as[role].get('/api/my-actions')).json().actions as Json[];
    expect(mine.some((a) => a.id === ids.action)).toBe(false);
  });

  it('signed out: 401 on every route', async () => {
    for (const r of [
      ...routes(),
      { method: 'GET', url: '/api/series', ok: 200 } as Route,
      { method: 'GET', url: '/api/my-actions', ok: 200 } as Route,
    ]) {
      expect((await call(as.anon, r)).statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it.each(['employee', 'manager'])('%s (a participant) is served on every route', async (role) => {
    for (const r of routes()) {
      if (r.url.endsWith('/events')) continue; // a stream; covered in meetings.test.ts
      const res = await call(as[role], r);
      expect(res.statusCode, `${role} ${r.method} ${r.url}: ${res.body}`).toBe(
        r.url.includes('private-note') && role === 'manager' ? 200 : r.ok,
      );
    }
  });

  it('property: no route ever returns another person’s private note or an erased off-the-record text', async () => {
    const participants = ['employee', 'manager'] as const;
    const op = fc.oneof(
      fc.record({ kind: fc.constant('point' as const), who: fc.constantFrom(...participants), offRecord: fc.boolean() }),
      fc.record({ kind: fc.constant('private' as const), who: fc.constantFrom(...participants) }),
      fc.record({ kind: fc.constant('pointNote' as const), who: fc.constantFrom(...participants) }),
      fc.record({ kind: fc.constant('close' as const), who: fc.constantFrom(...participants) }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        run++;
        const series = (await as.employee.get(`/api/series/${ids.series}`)).json();
        let meetingId: string = series.series.next.meetingId;
        const privateOf: Record<string, string[]> = { employee: [], manager: [] };
        const offRecord: Array<{ marker: string; meetingId: string }> = [];
        const closed = new Set<string>();
        for (const [i, o] of ops.entries()) {
          const marker = `M${run}x${i}${o.kind}${o.who}Z`;
          const a = as[o.who];
          if (o.kind === 'point') {
            const r = await a.post(`/api/meetings/${meetingId}/points`, { text: marker, offRecord: o.offRecord });
            expect(r.statusCode).toBe(201);
            if (o.offRecord) offRecord.push({ marker, meetingId });
          } else if (o.kind === 'private') {
            const current = (await a.get(`/api/meetings/${meetingId}`)).json().privateNote;
            const r = await a.put(`/api/meetings/${meetingId}/private-note`, { text: marker, version: current?.version ?? 0 });
            expect(r.statusCode, r.body).toBe(200);
            privateOf[o.who].push(marker);
          } else if (o.kind === 'pointNote') {
            const m = (await a.get(`/api/meetings/${meetingId}`)).json();
            const p = m.talkingPoints.find((x: Json) => x.offRecord && !x.erased) ?? m.talkingPoints[0];
            if (!p) continue;
            const r = await a.put(`/api/points/${p.id}/notes`, {
              text: `${marker}${p.offRecord ? 'OFF' : ''}`,
              version: p.notes.version,
            });
            expect(r.statusCode).toBe(200);
            if (p.offRecord) offRecord.push({ marker, meetingId });
          } else {
            expect((await a.post(`/api/meetings/${meetingId}/close`, {})).statusCode).toBe(200);
            closed.add(meetingId);
            meetingId = (await a.get(`/api/series/${ids.series}`)).json().series.next.meetingId;
          }
        }
        // Every read route, for every role.
        const feed = (await as.employee.post('/api/calendar-feed', {})).json().url as string;
        const detail = (await as.manager.get(`/api/series/${ids.series}`)).json();
        const meetingIds = detail.meetings
          .concat(detail.upcoming)
          .map((m: Json) => m.id)
          .filter(Boolean);
        for (const role of ['employee', 'manager', 'skipLevel', 'hr', 'admin', 'other']) {
          const bodies = [
            (await as[role].get('/api/series')).body,
            (await as[role].get(`/api/series/${ids.series}`)).body,
            (await as[role].get('/api/my-actions')).body,
            (await t.app.inject({ method: 'GET', url: new URL(feed).pathname })).body,
            ...(await Promise.all(meetingIds.map(async (id: string) => (await as[role].get(`/api/meetings/${id}`)).body))),
          ].join('\n');
          for (const [who, markers] of Object.entries(privateOf))
            if (who !== role) for (const mk of markers) expect(bodies, `${role} sees ${who}'s private note`).not.toContain(mk);
          for (const o of offRecord)
            if (closed.has(o.meetingId)) expect(bodies, `${role} sees erased off-record text`).not.toContain(o.marker);
          if (!['employee', 'manager'].includes(role)) for (const o of offRecord) expect(bodies).not.toContain(o.marker);
        }
        // And the database keeps no erased text either.
        for (const o of offRecord.filter((x) => closed.has(x.meetingId))) {
          const rows = await t.db.db
            .selectFrom('talking_points')
            .select(['id'])
            .where((eb) => eb.or([eb('text', 'like', `%${o.marker}%`), eb('notes', 'like', `%${o.marker}%`)]))
            .execute();
          expect(rows).toEqual([]);
        }
      }),
      { numRuns: 12 },
    );
  });
});
