import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/db/seed/demo';
import { answerEventOf, noteEventOf, snapshotColumns, versionEventOf } from '../../server/commands/support/objectives';
import { answersOf, notesOf, versionsOf } from '../../server/db/repositories/objectives.repository';
import { replay } from '../../server/domain/objectives/objective';
import { parseEntry } from '../../server/domain/record';
import { objectivesForWeeklyUpdate } from '../../server/queries/objectives-for-weekly-update';
import { objectiveChangesOfMeeting } from '../../server/queries/get-objectives-timeline';
import { Agent, type TestApp, testApp } from '../support/app';
import { ENGINES } from '../support/db';

const NOW = new Date('2026-11-20T10:00:00Z');
const objective = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  description: 'Move every invoice to the new billing service.',
  measure: 'All invoices for one month issued by the new service',
  startDate: '2026-10-01',
  dueDate: '2027-03-31',
  weight: 30,
  ...extra,
});
const email = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@harbourpine.example`;

describe.each(ENGINES)('objectives on %s', (engine) => {
  let t: TestApp;
  const agents: Record<string, Agent> = {};
  const ids: Record<string, string> = {};
  const as = (who: string) => agents[who];
  const counts = async () => {
    const db = t.db.db;
    const n = async (table: 'objectives' | 'objective_versions' | 'objective_answers' | 'objective_notes' | 'record_entries') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      objectives: await n('objectives'),
      versions: await n('objective_versions'),
      answers: await n('objective_answers'),
      notes: await n('objective_notes'),
      record: await n('record_entries'),
    };
  };
  /** Calls `f`, expects `status`, and that nothing was written. */
  const refused = async (status: number, f: () => Promise<{ statusCode: number; body: string }>, message?: RegExp) => {
    const before = await counts();
    const r = await f();
    expect(r.statusCode, r.body).toBe(status);
    if (message) expect(JSON.parse(r.body).message).toMatch(message);
    expect(await counts()).toEqual(before);
    return r;
  };
  const create = async (who: string, ownerId: string, body = objective('Billing migration')) => {
    const r = await as(who).post(`/api/people/${ownerId}/objectives`, body);
    expect(r.statusCode, r.body).toBe(200);
    return r.json().id as string;
  };

  beforeAll(async () => {
    t = await testApp(engine, { demo: true });
    t.clock.now = NOW;
    const people: Record<string, string> = {
      tom: DEMO_ACCOUNTS.employee,
      sofia: DEMO_ACCOUNTS.manager,
      daniel: DEMO_ACCOUNTS.skipLevel,
      priya: DEMO_ACCOUNTS.hr,
      grace: DEMO_ACCOUNTS.admin,
      aisha: email('Aisha Khan'),
      ravi: email('Ravi Patel'),
      marcus: email('Marcus Bell'),
    };
    for (const [k, mail] of Object.entries(people)) {
      agents[k] = new Agent(t.app);
      ids[k] =
        (await agents[k].signIn(mail, DEMO_PASSWORD)).person?.id ?? (await agents[k].get('/api/auth/session')).json().person.id;
    }
    // Someone in another organisation.
    agents.stranger = new Agent(t.app);
    const su = await agents.stranger.post('/api/auth/sign-up', {
      organisationName: 'Elsewhere Ltd',
      name: 'Sam Stranger',
      email: 'sam@elsewhere.example',
      password: 'a-long-password-1',
      timeZone: 'Europe/London',
    });
    expect(su.statusCode, su.body).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('demo data: every report has objectives with history, and every demo objective is the replay of its history', async () => {
    const rows = await t.db.db.selectFrom('objectives').selectAll().execute();
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const [versions, answers, notes] = await Promise.all([
        versionsOf(t.db.db, row.id),
        answersOf(t.db.db, row.id),
        notesOf(t.db.db, row.id),
      ]);
      const o = replay(row.owner_id, [...versions.map(versionEventOf), ...answers.map(answerEventOf), ...notes.map(noteEventOf)]);
      const snap = snapshotColumns(o);
      expect({ ...row, ...snap, weight: row.weight === null ? null : Number(row.weight) }, row.title).toEqual({
        ...row,
        weight: row.weight === null ? null : Number(row.weight),
      });
    }
    const tom = (await as('tom').get(`/api/people/${ids.tom}/objectives`)).json();
    const agreements = tom.objectives.map((o: { agreement: string }) => o.agreement);
    expect(agreements).toEqual(expect.arrayContaining(['disputed', 'proposal_pending', 'awaiting_manager', 'agreed']));
    const ravi = (await as('sofia').get(`/api/people/${ids.ravi}/objectives`)).json();
    expect(ravi.objectives.length).toBeGreaterThan(0);
  });

  it('401 without a session on every route', async () => {
    const anon = new Agent(t.app);
    for (const [method, url] of [
      ['GET', '/api/objectives'],
      ['GET', `/api/people/${ids.tom}/objectives`],
      ['POST', `/api/people/${ids.tom}/objectives`],
      ['GET', `/api/people/${ids.tom}/objectives/timeline`],
      ['GET', '/api/objectives/x'],
      ['POST', '/api/objectives/x/changes'],
      ['POST', '/api/objectives/x/agree'],
      ['POST', '/api/objectives/x/answer'],
      ['POST', '/api/objectives/x/notes'],
      ['GET', '/api/meetings/x/objective-changes'],
    ] as const) {
      const body = method === 'POST' ? { title: 'x' } : undefined;
      const r = await anon.request({ method, url, payload: body });
      expect([401, 400], `${method} ${url}: ${r.body}`).toContain(r.statusCode);
    }
    expect((await anon.get('/api/objectives')).statusCode).toBe(401);
  });

  it('the whole story: proposed, agreed, work started, moved earlier by the manager, disputed; work credited to the earlier version; on the record', async () => {
    const id = await create('sofia', ids.tom);
    let d = (await as('tom').get(`/api/objectives/${id}`)).json();
    expect(d).toMatchObject({
      agreement: 'awaiting_owner',
      versionNumber: 1,
      viewerRole: 'owner',
      abilities: { agree: true, answer: false },
    });
    d = (await as('tom').post(`/api/objectives/${id}/agree`)).json();
    expect(d.agreement).toBe('agreed');
    // The owner starts: a state change without a reason.
    d = (await as('tom').post(`/api/objectives/${id}/changes`, { changes: { state: 'in_progress' } })).json();
    expect(d).toMatchObject({ state: 'in_progress', versionNumber: 2, agreement: 'agreed' });
    d = (
      await as('tom').post(`/api/objectives/${id}/notes`, { text: 'Migrated the first 40% of invoices', notedOn: '2026-11-19' })
    ).json();
    expect(d.versions.find((v: { number: number }) => v.number === 2).notes[0].text).toBe('Migrated the first 40% of invoices');
    // The manager moves the due date earlier: a proposal, the earlier version stays in force.
    const asSofia = (await as('sofia').get(`/api/objectives/${id}`)).json();
    expect(asSofia.abilities).toMatchObject({ change: true, changeIsProposal: true, answer: false });
    t.clock.now = new Date('2026-11-21T09:00:00Z');
    d = (
      await as('sofia').post(`/api/objectives/${id}/changes`, {
        changes: { dueDate: '2027-01-31' },
        reason: 'The board moved the launch to February.',
      })
    ).json();
    expect(d).toMatchObject({ dueDate: '2027-03-31', versionNumber: 2, pendingVersion: 3, agreement: 'proposal_pending' });
    expect(d.pending).toMatchObject({
      number: 3,
      dueDate: '2027-01-31',
      status: 'pending',
      reason: 'The board moved the launch to February.',
    });
    expect(d.pending.moves).toEqual(['due date moved earlier (2027-03-31 → 2027-01-31)']);
    // Manager cannot answer; owner sees both versions and can answer.
    await refused(400, () => as('sofia').post(`/api/objectives/${id}/answer`, { answer: 'accept' }), /owner/);
    const tomView = (await as('tom').get(`/api/objectives/${id}`)).json();
    expect(tomView.abilities).toMatchObject({ answer: true, change: false });
    expect(tomView.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'in_force'],
      [3, 'pending'],
    ]);
    // A note written while the proposal waits is credited to version 2.
    await as('tom').post(`/api/objectives/${id}/notes`, { text: 'Migrated 60%' });
    await refused(400, () => as('tom').post(`/api/objectives/${id}/answer`, { answer: 'dispute', comment: '  ' }), /comment/);
    d = (
      await as('tom').post(`/api/objectives/${id}/answer`, {
        answer: 'dispute',
        comment: 'Three months of work were planned to March; February needs more people.',
      })
    ).json();
    expect(d).toMatchObject({ agreement: 'disputed', versionNumber: 3, dueDate: '2027-01-31', pendingVersion: null });
    const v2 = d.versions.find((v: { number: number }) => v.number === 2);
    const v3 = d.versions.find((v: { number: number }) => v.number === 3);
    expect(v2.notes.map((n: { text: string }) => n.text)).toEqual(['Migrated the first 40% of invoices', 'Migrated 60%']);
    expect(v3.notes).toEqual([]);
    expect(v3.answer).toMatchObject({ kind: 'dispute' });
    // Acknowledging twice is refused and writes nothing.
    await refused(409, () => as('tom').post(`/api/objectives/${id}/answer`, { answer: 'accept' }), /already been answered/);
    // The timeline shows the change and the dispute.
    const tl = (await as('tom').get(`/api/people/${ids.tom}/objectives/timeline`)).json();
    const mine = tl.events.filter((e: { objectiveId: string }) => e.objectiveId === id);
    expect(mine.map((e: { kind: string }) => e.kind)).toEqual(['created', 'agreed', 'changed', 'proposed', 'disputed']);
    expect(mine[3].summary).toMatch(/due date moved earlier/);
    expect(mine[4].comment).toMatch(/Three months/);
    expect(tl.counts.find((c: { period: string }) => c.period === '2026-Q4')).toMatchObject({ proposed: expect.any(Number) });
    // The same picture as an SVG file for exports.
    const svg = await as('sofia').get(`/api/people/${ids.tom}/objectives/timeline.svg`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toMatch(/^<svg [^>]*role="img"/);
    expect(svg.body).toContain('Objectives of Tom Becker');
    expect(svg.body).toMatch(/version 3: change disputed/);
    await refused(404, () => as('daniel').get(`/api/people/${ids.tom}/objectives/timeline.svg`));
    // On the record: versions and acknowledgements, for owner and manager.
    const rows = await t.db.db.selectFrom('record_entries').select(['type', 'entry']).orderBy('idx').execute();
    const entries = rows.map((r) => parseEntry(r.entry)).filter((e) => 'objectiveId' in e.data && e.data.objectiveId === id);
    expect(entries.map((e) => e.type)).toEqual([
      'objective.version',
      'objective.acknowledged',
      'objective.version',
      'objective.version',
      'objective.acknowledged',
    ]);
    expect(entries[3]).toMatchObject({
      actorId: ids.sofia,
      subjects: [ids.tom, ids.sofia],
      data: { version: 3, dueDate: '2027-01-31', needsAcknowledgement: true, reason: 'The board moved the launch to February.' },
    });
    expect(entries[4].data).toMatchObject({ answer: 'dispute', comment: expect.stringMatching(/Three months/) });
    t.clock.now = NOW;
  });

  it('bad input: clear 4xx, nothing written', async () => {
    await refused(
      400,
      () => as('tom').post(`/api/people/${ids.tom}/objectives`, objective('Bad', { dueDate: '2026-09-01' })),
      /before the start date/,
    );
    await refused(400, () => as('tom').post(`/api/people/${ids.tom}/objectives`, objective('')), /title/);
    await refused(400, () => as('tom').post(`/api/people/${ids.tom}/objectives`, { ...objective('x'), weight: 400 }));
    await refused(400, () => as('tom').post(`/api/people/${ids.tom}/objectives`, { ...objective('x'), extra: 1 }));
    const id = await create('tom', ids.tom, objective('Reduce support backlog'));
    await as('sofia').post(`/api/objectives/${id}/agree`);
    await refused(409, () => as('sofia').post(`/api/objectives/${id}/agree`), /already accepted/);
    await refused(
      400,
      () => as('sofia').post(`/api/objectives/${id}/changes`, { changes: { measure: ' ' }, reason: 'Simplify' }),
      /measure of success/,
    );
    await refused(
      400,
      () => as('sofia').post(`/api/objectives/${id}/changes`, { changes: { title: 'Reduce backlog' } }),
      /reason/,
    );
    await refused(
      400,
      () => as('tom').post(`/api/objectives/${id}/changes`, { changes: { dueDate: '2027-02-01' }, reason: '' }),
      /reason/,
    );
    await refused(
      400,
      () => as('tom').post(`/api/objectives/${id}/changes`, { changes: { dueDate: '2026-01-01' }, reason: 'x' }),
      /before the start/,
    );
    await refused(400, () => as('tom').post(`/api/objectives/${id}/changes`, { changes: {}, reason: 'x' }), /Nothing changed/);
    await refused(409, () => as('tom').post(`/api/objectives/${id}/answer`, { answer: 'accept' }), /no proposed change/);
    await refused(400, () => as('tom').post(`/api/objectives/${id}/notes`, { text: '   ' }));
    await refused(400, () => as('tom').post(`/api/objectives/${id}/changes`, { changes: {}, reason: 'x', meetingId: 'nope' }));
    const seq = (await as('tom').get(`/api/objectives/${id}`)).json().seq;
    await refused(
      409,
      () => as('tom').post(`/api/objectives/${id}/changes`, { changes: { state: 'in_progress' }, expectedSeq: seq - 1 }),
      /changed since/,
    );
    // Dropped: nothing more.
    expect((await as('tom').post(`/api/objectives/${id}/changes`, { changes: { state: 'dropped' } })).statusCode).toBe(200);
    await refused(409, () => as('tom').post(`/api/objectives/${id}/changes`, { changes: { state: 'in_progress' } }), /dropped/);
    await refused(
      409,
      () => as('sofia').post(`/api/objectives/${id}/changes`, { changes: { title: 'Again' }, reason: 'Revive' }),
      /dropped/,
    );
    await refused(409, () => as('tom').post(`/api/objectives/${id}/notes`, { text: 'More' }), /dropped/);
    await refused(400, () => as('tom').get(`/api/people/${ids.tom}/objectives/timeline?from=2026-12-01&to=2026-01-01`));
    await refused(400, () => as('tom').get(`/api/people/${ids.tom}/objectives/timeline?from=yesterday`));
  });

  it('route × role: owner and current manager read and write; skip-level, HR, admin, colleague, other organisation get 404', async () => {
    const id = await create('tom', ids.tom, objective('Write the on-call guide'));
    const readers = ['tom', 'sofia'];
    const strangers = ['daniel', 'priya', 'grace', 'aisha', 'stranger', 'marcus'];
    for (const who of readers) {
      expect((await as(who).get(`/api/people/${ids.tom}/objectives`)).statusCode).toBe(200);
      expect((await as(who).get(`/api/objectives/${id}`)).statusCode).toBe(200);
      expect((await as(who).get(`/api/people/${ids.tom}/objectives/timeline`)).statusCode).toBe(200);
    }
    for (const who of strangers) {
      await refused(404, () => as(who).get(`/api/people/${ids.tom}/objectives`));
      await refused(404, () => as(who).get(`/api/objectives/${id}`));
      await refused(404, () => as(who).get(`/api/people/${ids.tom}/objectives/timeline`));
      await refused(404, () => as(who).post(`/api/people/${ids.tom}/objectives`, objective('Sneaky')));
      await refused(404, () => as(who).post(`/api/objectives/${id}/changes`, { changes: { title: 'x' }, reason: 'x' }));
      await refused(404, () => as(who).post(`/api/objectives/${id}/agree`));
      await refused(404, () => as(who).post(`/api/objectives/${id}/answer`, { answer: 'accept' }));
      await refused(404, () => as(who).post(`/api/objectives/${id}/notes`, { text: 'x' }));
    }
    // A manager sees each report's objectives from the overview; a report sees only their own.
    const overview = (await as('sofia').get('/api/objectives')).json();
    expect(overview.people.map((p: { name: string; relation: string }) => [p.name, p.relation])).toEqual(
      expect.arrayContaining([
        ['Sofia Alvarez', 'self'],
        ['Tom Becker', 'report'],
        ['Ravi Patel', 'former_report'],
      ]),
    );
    expect((await as('tom').get('/api/objectives')).json().people).toHaveLength(1);
    // The manager may propose for a report; the report may not propose for the manager.
    await create('sofia', ids.tom, objective('Mentor the new hire'));
    await refused(404, () => as('tom').post(`/api/people/${ids.sofia}/objectives`, objective('Manage better')));
  });

  it('a previous manager reads the versions from their own time only, and writes nothing', async () => {
    // Sofia managed Ravi until 2026-06-01; Marcus since.
    t.clock.now = new Date('2026-05-04T09:00:00Z');
    const id = await create(
      'sofia',
      ids.ravi,
      objective('Automate the release checklist', { startDate: '2026-05-01', dueDate: '2026-12-31' }),
    );
    await as('ravi').post(`/api/objectives/${id}/agree`);
    t.clock.now = new Date('2026-09-01T09:00:00Z');
    await as('marcus').post(`/api/objectives/${id}/changes`, {
      changes: { dueDate: '2026-10-31', measure: 'Zero manual steps' },
      reason: 'New release train',
    });
    t.clock.now = NOW;
    const d = (await as('sofia').get(`/api/objectives/${id}`)).json();
    expect(d).toMatchObject({ viewerRole: 'previous_manager', partial: true, dueDate: '2026-12-31', pending: null });
    // The agreement as it stood when she left (agreed), not today's (Marcus's change awaits Ravi).
    expect(d.agreement).toBe('agreed');
    expect((await as('marcus').get(`/api/objectives/${id}`)).json().agreement).toBe('awaiting_owner');
    expect(d.versions.map((v: { number: number }) => v.number)).toEqual([1]);
    expect(d.abilities).toEqual({ change: false, changeIsProposal: false, agree: false, answer: false, note: false });
    const list = (await as('sofia').get(`/api/people/${ids.ravi}/objectives`)).json();
    expect(list).toMatchObject({ partial: true, abilities: { create: false } });
    expect(list.objectives.find((o: { id: string }) => o.id === id)).toMatchObject({ dueDate: '2026-12-31', latestNumber: 1 });
    const tl = (await as('sofia').get(`/api/people/${ids.ravi}/objectives/timeline?from=2026-01-01&to=2026-11-20`)).json();
    expect(tl.events.filter((e: { objectiveId: string }) => e.objectiveId === id).map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'agreed',
    ]);
    // An objective created before her time and untouched during it does not exist for her either.
    t.clock.now = new Date('2024-01-15T09:00:00Z');
    const before = await create(
      'ravi',
      ids.ravi,
      objective('Older than Sofia', { startDate: '2024-01-01', dueDate: '2024-12-31' }),
    );
    t.clock.now = NOW;
    await refused(404, () => as('sofia').get(`/api/objectives/${before}`));
    // An objective created after her time does not exist for her.
    const later = await create('marcus', ids.ravi, objective('Own the incident review'));
    await refused(404, () => as('sofia').get(`/api/objectives/${later}`));
    expect(
      (await as('sofia').get(`/api/people/${ids.ravi}/objectives`)).json().objectives.some((o: { id: string }) => o.id === later),
    ).toBe(false);
    // No writes.
    await refused(404, () => as('sofia').post(`/api/objectives/${id}/notes`, { text: 'x' }));
    await refused(404, () => as('sofia').post(`/api/objectives/${id}/changes`, { changes: { title: 'x' }, reason: 'x' }));
    await refused(404, () => as('sofia').post(`/api/people/${ids.ravi}/objectives`, objective('x')));
    // The current manager sees all of it.
    expect((await as('marcus').get(`/api/objectives/${id}`)).json().versions).toHaveLength(2);
  });

  it('a change proposed in a meeting is listed for that meeting (for its minutes); strangers get 404', async () => {
    const series = (await as('tom').get('/api/series')).json().series as { id: string; other: { name: string } }[];
    const seriesId = series.find((s) => s.other.name === 'Sofia Alvarez')?.id as string;
    const opened = await as('sofia').post(`/api/series/${seriesId}/meetings`, { startsAt: '2026-11-20T09:00:00.000Z' });
    expect(opened.statusCode, opened.body).toBe(200);
    const meetingId = opened.json().meetingId as string;
    const id = await create('sofia', ids.tom, { ...objective('Lead the API review'), meetingId } as ReturnType<typeof objective>);
    await as('tom').post(`/api/objectives/${id}/agree`);
    await as('tom').post(`/api/objectives/${id}/changes`, { changes: { state: 'in_progress' } });
    await as('sofia').post(`/api/objectives/${id}/changes`, {
      changes: { dueDate: '2027-02-15' },
      reason: 'Agreed in our 1:1',
      meetingId,
    });
    const r = (await as('tom').get(`/api/meetings/${meetingId}/objective-changes`)).json();
    expect(r.changes.map((c: { kind: string; summary: string }) => [c.kind, c.summary])).toEqual([
      ['created', 'New objective proposed: Lead the API review'],
      ['proposal', 'Change proposed: Lead the API review: due date moved earlier (2027-03-31 → 2027-02-15)'],
    ]);
    expect(await objectiveChangesOfMeeting(t.db.db, { meetingId })).toHaveLength(2);
    // The quarterly objectives review template pulls in every open objective of the report.
    const applied = await as('sofia').post(`/api/meetings/${meetingId}/template`, { templateId: 'builtin:quarterly' });
    expect(applied.statusCode, applied.body).toBe(200);
    const agenda = (await as('tom').get(`/api/meetings/${meetingId}`)).body;
    expect(agenda).toContain('Objectives that changed this quarter, and why');
    expect(agenda).toContain('Objective: Lead the API review (in progress, due 2027-03-31)');
    expect(agenda).not.toMatch(/Objective: [^"]*\(completed/);
    await refused(404, () => as('daniel').get(`/api/meetings/${meetingId}/objective-changes`));
    // A meeting of another pair cannot be named.
    const aishaSeries = (await as('aisha').get('/api/series')).json().series[0]?.id as string | undefined;
    if (aishaSeries) {
      const other = (
        await as('sofia').post(`/api/series/${aishaSeries}/meetings`, { startsAt: '2026-11-18T09:00:00.000Z' })
      ).json().meetingId;
      await refused(
        400,
        () => as('sofia').post(`/api/people/${ids.tom}/objectives`, { ...objective('x'), meetingId: other }),
        /not a 1:1/,
      );
    }
  });

  it('objectivesForWeeklyUpdate: open objectives and recently closed ones, with the state in force', async () => {
    const id = await create('aisha', ids.aisha, objective('Weekly: open one'));
    const done = await create('aisha', ids.aisha, objective('Weekly: finished'));
    await as('aisha').post(`/api/objectives/${done}/changes`, { changes: { state: 'completed' } });
    const list = await objectivesForWeeklyUpdate(t.db.db, { personId: ids.aisha, now: NOW });
    expect(list).toEqual(
      expect.arrayContaining([
        { id, title: 'Weekly: open one', state: 'not_started', dueDate: '2027-03-31' },
        { id: done, title: 'Weekly: finished', state: 'completed', dueDate: '2027-03-31' },
      ]),
    );
    const later = await objectivesForWeeklyUpdate(t.db.db, { personId: ids.aisha, now: new Date('2026-12-31T10:00:00Z') });
    expect(later.some((o) => o.id === done)).toBe(false);
    expect(later.some((o) => o.id === id)).toBe(true);
  });

  it('the cached list and timeline change with every write (owner and manager see the same at once)', async () => {
    const id = await create('tom', ids.tom, objective('Cache check'));
    const listOf = async (who: string) =>
      (await as(who).get(`/api/people/${ids.tom}/objectives`)).json().objectives.find((o: { id: string }) => o.id === id);
    const eventsOf = async (who: string) =>
      (await as(who).get(`/api/people/${ids.tom}/objectives/timeline`))
        .json()
        .events.filter((e: { objectiveId: string }) => e.objectiveId === id);
    expect((await listOf('tom')).agreement).toBe('awaiting_manager');
    expect(await eventsOf('sofia')).toHaveLength(1);
    await as('sofia').post(`/api/objectives/${id}/agree`);
    expect((await listOf('tom')).agreement).toBe('agreed');
    expect((await listOf('sofia')).agreement).toBe('agreed');
    expect((await eventsOf('tom')).map((e: { kind: string }) => e.kind)).toEqual(['created', 'agreed']);
    await as('tom').post(`/api/objectives/${id}/changes`, { changes: { state: 'at_risk' } });
    expect((await listOf('sofia')).state).toBe('at_risk');
    expect(await eventsOf('sofia')).toHaveLength(3);
  });

  it('two racing answers: one wins, the other is a clear 409', async () => {
    const id = await create('sofia', ids.tom, objective('Race'));
    await as('tom').post(`/api/objectives/${id}/agree`);
    await as('tom').post(`/api/objectives/${id}/changes`, { changes: { state: 'in_progress' } });
    await as('sofia').post(`/api/objectives/${id}/changes`, { changes: { weight: 10 }, reason: 'Smaller share this quarter' });
    const [a, b] = await Promise.all([
      as('tom').post(`/api/objectives/${id}/answer`, { answer: 'accept' }),
      as('tom').post(`/api/objectives/${id}/answer`, { answer: 'dispute', comment: 'No' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const answers = await t.db.db.selectFrom('objective_answers').selectAll().where('objective_id', '=', id).execute();
    expect(answers.filter((x) => x.kind !== 'agree')).toHaveLength(1);
  });
});
