// Objectives benchmark (issue 5): a person with ten years of objectives (200 objectives, about
// 3,000 versions, with answers and progress notes); their objectives page API and timeline API
// against the real server on SQLite at 20 connections, beside a bare node:http server in the same run.
// Run: npx tsx bench/objectives.bench.ts
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { snapshotColumns } from '../server/commands/support/objectives';
import { openDatabase } from '../server/db/database';
import type {
  ObjectiveAnswersTable,
  ObjectiveNotesTable,
  ObjectiveVersionsTable,
  ObjectivesTable,
} from '../server/db/objectives.schema';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../server/db/seed/demo';
import { newId } from '../server/domain/ids';
import {
  type Objective,
  type ObjectiveEvent,
  type Role,
  apply,
  decideAgree,
  decideAnswer,
  decideChange,
  decideCreate,
  decideNote,
} from '../server/domain/objectives/objective';
import { ROOT, load, startBareServer, startRealServer, writeResult, signInCookie } from './support';

const CONNECTIONS = 20;
const SECONDS = 8;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-bench-objectives-'));
const env = { ONRECORD_DATA_DIR: dataDir, DATABASE_URL: '' };
spawnSync(process.execPath, [path.join(ROOT, 'bin/onrecord.js'), 'seed'], { env: { ...process.env, ...env }, stdio: 'inherit' });

// Ten years of objectives for Tom (the demo employee) with Sofia: 20 a year, each moved ~14 times.
const handle = openDatabase({ dataDir });
const db = handle.db;
const tom = await db.selectFrom('people').selectAll().where('email', '=', DEMO_ACCOUNTS.employee).executeTakeFirstOrThrow();
const sofia = await db.selectFrom('people').selectAll().where('email', '=', DEMO_ACCOUNTS.manager).executeTakeFirstOrThrow();
const DAY = 86_400_000;
const end = Date.parse('2026-11-15T09:00:00Z');
const start = end - 10 * 365 * DAY;
let rnd = 42;
const random = () => {
  rnd = (rnd * 1_103_515_245 + 12_345) % 2 ** 31;
  return rnd / 2 ** 31;
};
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const objectives: ObjectivesTable[] = [];
const versions: ObjectiveVersionsTable[] = [];
const answers: ObjectiveAnswersTable[] = [];
const notes: ObjectiveNotesTable[] = [];
for (let i = 0; i < 200; i++) {
  const id = newId();
  let t = start + i * ((end - start - 200 * DAY) / 200);
  const who = (r: Role) => ({ actorId: r === 'owner' ? tom.id : sofia.id, role: r, now: new Date(t) });
  const events: ObjectiveEvent[] = [];
  const step = (e: ObjectiveEvent, o: Objective | null) => {
    events.push(e);
    return { ...apply(o, e), ownerId: tom.id };
  };
  let o = step(
    decideCreate({
      ...who('manager'),
      managerId: sofia.id,
      fields: {
        title: `Objective ${i + 1}: improve service ${i % 17}`,
        description: 'A realistic paragraph of description. '.repeat(4),
        measure: 'Measured by the quarterly service review.',
        startDate: day(t),
        dueDate: day(t + 180 * DAY),
        weight: 20,
      },
    }),
    null,
  );
  t += DAY;
  o = step(decideAgree(o, who('owner')), o);
  t += DAY;
  o = step(decideChange(o, { ...who('owner'), changes: { state: 'in_progress' }, managerId: sofia.id }), o);
  for (let k = 0; k < 12; k++) {
    t += (3 + Math.floor(random() * 10)) * DAY;
    if (k % 3 === 0) o = step(decideNote(o, { ...who('owner'), text: `Progress ${k}`, notedOn: day(t) }), o);
    const due = day(Date.parse(`${o.fields.dueDate}T00:00:00Z`) + (random() < 0.5 ? -7 : 14) * DAY);
    o = step(
      decideChange(o, {
        ...who('manager'),
        changes: { dueDate: [due, o.fields.startDate].sort()[1], weight: 10 + (k % 5) * 5 },
        reason: `Re-plan ${k}`,
        managerId: sofia.id,
      }),
      o,
    );
    t += DAY;
    if (o.pending) {
      const kind = k % 4 === 0 ? 'dispute' : k % 4 === 1 ? 'accept_with_comment' : 'accept';
      o = step(decideAnswer(o, { ...who('owner'), answer: kind, comment: kind === 'accept' ? null : 'Noted.' }), o);
      if (o.disputed) o = step(decideAgree(o, who('owner')), o);
    }
  }
  if (i < 180) {
    t += DAY;
    o = step(
      decideChange(o, { ...who('owner'), changes: { state: i % 9 === 0 ? 'dropped' : 'completed' }, managerId: sofia.id }),
      o,
    );
  }
  const common = { org_id: tom.org_id, objective_id: id, owner_id: tom.id };
  for (const e of events) {
    if (e.type === 'version')
      versions.push({
        id: newId(),
        ...common,
        number: e.number,
        seq: e.seq,
        kind: e.kind,
        title: e.fields.title,
        description: e.fields.description,
        measure: e.fields.measure,
        start_date: e.fields.startDate,
        due_date: e.fields.dueDate,
        weight: e.fields.weight,
        state: e.fields.state,
        reason: e.reason,
        author_id: e.authorId,
        author_role: e.authorRole,
        manager_id: e.managerId,
        meeting_id: null,
        created_at: e.at,
      });
    else if (e.type === 'answer')
      answers.push({
        id: newId(),
        ...common,
        number: e.number,
        seq: e.seq,
        kind: e.kind,
        comment: e.comment,
        person_id: e.personId,
        role: e.role,
        created_at: e.at,
      });
    else
      notes.push({
        id: newId(),
        ...common,
        version_number: e.versionNumber,
        seq: e.seq,
        author_id: e.authorId,
        text: e.text,
        noted_on: e.notedOn,
        created_at: e.at,
      });
  }
  objectives.push({
    id,
    org_id: tom.org_id,
    owner_id: tom.id,
    created_by: sofia.id,
    cycle: null,
    created_at: o.createdAt,
    ...snapshotColumns(o),
  });
}
const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
await db.transaction().execute(async (trx) => {
  for (const c of chunks(objectives, 100)) await trx.insertInto('objectives').values(c).execute();
  for (const c of chunks(versions, 100)) await trx.insertInto('objective_versions').values(c).execute();
  for (const c of chunks(answers, 100)) await trx.insertInto('objective_answers').values(c).execute();
  for (const c of chunks(notes, 100)) await trx.insertInto('objective_notes').values(c).execute();
});
const total = await db
  .selectFrom('objective_versions')
  .select((eb) => eb.fn.countAll().as('n'))
  .where('owner_id', '=', tom.id)
  .executeTakeFirstOrThrow();
await handle.close();
console.log(
  `seeded ${objectives.length} objectives, ${versions.length} versions (${total.n} with the demo's), ${answers.length} answers, ${notes.length} notes`,
);

const bare = await startBareServer();
const real = await startRealServer(env);
try {
  const session = await signInCookie(real.url, DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
  const headers = { cookie: session };
  const list = `${real.url}/api/people/${tom.id}/objectives`;
  const timeline = `${real.url}/api/people/${tom.id}/objectives/timeline`;
  const full = `${timeline}?from=2016-11-01&to=2026-11-20`;
  const check = async (url: string) => {
    const r = await fetch(url, { headers });
    const body = await r.text();
    if (r.status !== 200) throw new Error(`${url}: ${r.status} ${body}`);
    return body;
  };
  const listBody = JSON.parse(await check(list));
  const tlBody = JSON.parse(await check(timeline));
  const fullBody = await check(full);
  console.log(
    `objectives page: ${listBody.objectives.length} objectives; timeline (12 months): ${tlBody.events.length} events, ${tlBody.counts.length} quarters; full 10-year timeline: ${JSON.parse(fullBody).events.length} events, ${Math.round(fullBody.length / 1024)} kB`,
  );

  const opts = { connections: CONNECTIONS, seconds: SECONDS };
  const results = process.env.KEEP
    ? []
    : [
        await load('bare node:http (baseline)', bare.url, opts),
        await load('GET objectives page (200 objectives)', list, { ...opts, headers }),
        await load('GET timeline (last 12 months + counts over 10 years)', timeline, { ...opts, headers }),
        await load('GET timeline (all 10 years)', full, { ...opts, headers }),
      ];
  const base = results[0]?.requestsPerSecond ?? 1;
  const rows = results.map((r) => ({
    ...r,
    ratioToBare: Number((r.requestsPerSecond / base).toFixed(3)),
    p99Under30: r.p99Ms < 30,
  }));
  console.table(rows);
  writeResult('objectives.json', {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores, node ${process.version}`,
    connections: CONNECTIONS,
    seconds: SECONDS,
    data: { objectives: objectives.length, versions: versions.length, answers: answers.length, notes: notes.length },
    results: rows,
  });
} finally {
  bare.stop();
  await real.stop();
  if (process.env.KEEP) console.log(`kept ${dataDir}`);
  else fs.rmSync(dataDir, { recursive: true, force: true });
}
