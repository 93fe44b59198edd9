// Weekly updates benchmark (issue 6).
// 1. The reminder sweep for an organisation of 50,000 people on SQLite: first scheduling, then the
//    Friday sweep with everyone due at once (the worst case: one zone), 20% of them having sent
//    their update already; sweeping the same instant again and five minutes later must queue
//    nothing more. Then a mixed-zone Friday swept every 15 minutes by two concurrent sweepers:
//    each person is reminded exactly once.
// 2. The manager's week (GET /api/weekly/team) for a manager of 30 reports who all sent an update,
//    served by the real server (`onrecord serve`) in its own process, beside bare node:http.
// Run: npx tsx bench/weekly-reminders.bench.ts
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CommandContext } from '../server/commands/context';
import { sweepWeeklyReminders } from '../server/commands/sweep-weekly';
import { loadConfig } from '../server/config/config';
import { loadSigningKey } from '../server/config/signing-key';
import { openDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { insertLines, insertOrganisation, insertPeople } from '../server/db/repositories/people.repository';
import { load, startBareServer, startRealServer, writeResult } from './support';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 50_000);
const REPORTS = 30;
const WEEK = '2026-11-16';
const at = '2026-11-16T08:00:00.000Z';

async function count(db: ReturnType<typeof openDatabase>['db'], table: 'mails' | 'weekly_notices') {
  return Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-bench-weekly-'));
  const config = loadConfig({ ONRECORD_DATA_DIR: dir, PUBLIC_URL: 'http://127.0.0.1' });
  const handle = openDatabase({ dataDir: dir });
  await migrateToLatest(handle.db);
  const db = handle.db;
  const ctx: CommandContext = {
    db,
    engine: 'sqlite',
    secret: 'bench-secret-bench-secret-bench-secret-0123',
    publicUrl: 'http://127.0.0.1',
    smtpConfigured: true,
    signingKey: loadSigningKey(config),
  };

  // ---- seed: one organisation of PEOPLE in London (the worst case: all due in the same minute)
  const orgId = crypto.randomUUID();
  await insertOrganisation(db, { id: orgId, name: 'Bench Org', settings: {}, createdAt: at });
  const ids = Array.from({ length: PEOPLE }, () => crypto.randomUUID());
  let t0 = performance.now();
  await db.transaction().execute(async (trx) => {
    await insertPeople(
      trx,
      ids.map((id, i) => ({
        id,
        org_id: orgId,
        name: `Person ${i}`,
        email: `p${i}@bench.example`,
        time_zone: 'Europe/London',
        is_hr: 0,
        is_admin: 0,
        status: 'active' as const,
        password_hash: null,
        created_at: at,
        updated_at: at,
      })),
    );
  });
  // 20% already sent this week's update: they get no reminder.
  const sentIds = ids.filter((_, i) => i % 5 === 0);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < sentIds.length; i += 500)
      await trx
        .insertInto('weekly_updates')
        .values(
          sentIds.slice(i, i + 500).map((author) => ({
            id: crypto.randomUUID(),
            org_id: orgId,
            author_id: author,
            manager_id: ids[0],
            week_of: WEEK,
            state: 'sent' as const,
            version: 1,
            content: '{"progress":["x"],"waitingOn":[],"asks":[],"objectives":[],"notes":""}',
            text: 'x',
            sent_at: at,
            read_at: null,
            acknowledged_at: null,
            lock: 1,
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
  });
  const seedSeconds = (performance.now() - t0) / 1000;

  // ---- 1a: first scheduling of everyone
  t0 = performance.now();
  const scheduled = await sweepWeeklyReminders(ctx, { now: new Date('2026-11-16T09:00:00Z') });
  const scheduleMs = performance.now() - t0;

  // ---- 1b: Friday 15:00 London: everyone due at once; a concurrent second sweep; a third after
  const friday = new Date('2026-11-20T15:00:00Z');
  t0 = performance.now();
  const a = await sweepWeeklyReminders(ctx, { now: friday });
  const sweepMs = performance.now() - t0;
  const b = await sweepWeeklyReminders(ctx, { now: friday }); // the same instant again (another process, a retry)
  const again = await sweepWeeklyReminders(ctx, { now: new Date('2026-11-20T15:05:00Z') });
  const mails = await count(db, 'mails');
  const notices = await count(db, 'weekly_notices');
  const expected = PEOPLE - sentIds.length;

  // ---- 1c: mixed zones over a whole Friday, swept every 15 minutes (as the sweeper does, 30 s ticks aside)
  const zones = ['Europe/London', 'America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney', 'America/Los_Angeles'];
  await db.updateTable('people').set({ next_weekly_reminder_at: null }).execute();
  for (let z = 0; z < zones.length; z++) {
    const mine = ids.filter((_, i) => i % zones.length === z);
    for (let i = 0; i < mine.length; i += 900)
      await db
        .updateTable('people')
        .set({ time_zone: zones[z] })
        .where('id', 'in', mine.slice(i, i + 900))
        .execute();
  }
  await sweepWeeklyReminders(ctx, { now: new Date('2026-11-23T00:00:00Z') }); // schedule for the next week
  const mixedBefore = await count(db, 'mails');
  let maxTickMs = 0;
  let ticks = 0;
  t0 = performance.now();
  for (let m = Date.parse('2026-11-26T12:00:00Z'); m <= Date.parse('2026-11-28T12:00:00Z'); m += 15 * 60_000) {
    const s = performance.now();
    // Two sweepers at once (as two app processes would): together they remind each person once.
    await Promise.all([sweepWeeklyReminders(ctx, { now: new Date(m) }), sweepWeeklyReminders(ctx, { now: new Date(m) })]);
    maxTickMs = Math.max(maxTickMs, performance.now() - s);
    ticks++;
  }
  const mixedMs = performance.now() - t0;
  const mixedMails = (await count(db, 'mails')) - mixedBefore;

  // ---- 2: the manager's week, 30 reports who all sent (with escalations, waiting-on items, objectives)
  const manager = ids[1];
  const reports = ids.filter((_, i) => i >= 100 && i % 5 !== 0).slice(0, REPORTS); // none sent yet
  await insertLines(
    db,
    reports.map((r) => ({
      id: crypto.randomUUID(),
      org_id: orgId,
      person_id: r,
      manager_id: manager,
      valid_from: '2024-01-01',
      valid_to: null,
      created_at: at,
    })),
  );
  const content = JSON.stringify({
    progress: ['Shipped the importer', 'Reviewed two pull requests', 'Paired on the audit log'],
    waitingOn: [{ id: null, what: 'API keys', fromPersonId: null, fromText: 'Platform team', since: '2026-11-02', chased: true }],
    asks: [{ id: null, text: 'Can you escalate the keys?', escalation: true }],
    objectives: [
      { objectiveId: null, title: 'Billing migration', state: 'at_risk', dueDate: '2026-12-15', note: '' },
      { objectiveId: null, title: 'Importer', state: 'completed', dueDate: null, note: '' },
    ],
    notes: '',
  });
  await db.transaction().execute(async (trx) => {
    for (const r of reports) {
      const updateId = crypto.randomUUID();
      await trx
        .insertInto('weekly_updates')
        .values({
          id: updateId,
          org_id: orgId,
          author_id: r,
          manager_id: manager,
          week_of: WEEK,
          state: 'sent',
          version: 1,
          content,
          text: 'Weekly update…',
          sent_at: at,
          read_at: null,
          acknowledged_at: null,
          lock: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await trx
        .insertInto('weekly_asks')
        .values({
          id: crypto.randomUUID(),
          org_id: orgId,
          update_id: updateId,
          author_id: r,
          manager_id: manager,
          text: 'Can you escalate the keys?',
          escalation: 1,
          answer: null,
          answered_at: null,
          withdrawn_at: null,
          agenda_point_id: null,
          agenda_meeting_id: null,
          next_agenda_check_at: null,
          lock: 0,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await trx
        .insertInto('weekly_waiting_items')
        .values({
          id: crypto.randomUUID(),
          org_id: orgId,
          author_id: r,
          what: 'API keys',
          from_person_id: null,
          from_text: 'Platform team',
          since: '2026-11-02',
          chased: 1,
          closed_at: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
  });
  const token = crypto.randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      id: crypto.createHash('sha256').update(token).digest('hex'),
      person_id: manager,
      created_at: at,
      expires_at: '2099-01-01T00:00:00.000Z',
    })
    .execute();
  await handle.close();

  const bare = await startBareServer();
  const server = await startRealServer({ ONRECORD_DATA_DIR: dir, ONRECORD_DEMO: 'false', DATABASE_URL: '', SMTP_URL: '' });
  const cookie = `onrecord_session=${token}`;
  const check = await fetch(`${server.url}/api/weekly/team?week=${WEEK}`, { headers: { cookie } });
  const body = (await check.json()) as { sent: number; reports: unknown[] };
  if (check.status !== 200 || body.reports.length !== REPORTS || body.sent !== REPORTS)
    throw new Error(`team view not as seeded: ${check.status} ${JSON.stringify(body).slice(0, 300)}`);
  const baseline = await load('bare node:http', bare.url, { connections: 10 });
  const session = await load('GET /api/auth/session (same sign-in, for scale)', `${server.url}/api/auth/session`, {
    connections: 10,
    headers: { cookie },
  });
  const team = await load(`GET /api/weekly/team, ${REPORTS} reports`, `${server.url}/api/weekly/team?week=${WEEK}`, {
    connections: 10,
    headers: { cookie },
  });
  bare.stop();
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });

  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    people: PEOPLE,
    seedSeconds: Number(seedSeconds.toFixed(1)),
    reminderSweep: {
      engine: 'sqlite',
      firstSchedulingMs: Math.round(scheduleMs),
      scheduled: scheduled.scheduled,
      fridaySweepMs: Math.round(sweepMs),
      dueAtOnce: PEOPLE,
      alreadySent: sentIds.length,
      remindedBySweepA: a.reminded,
      remindedBySweepB: b.reminded,
      remindedAfterwards: again.reminded,
      mailsQueued: mails,
      noticesQueued: notices,
      expectedReminders: expected,
      exactlyOnce: mails === expected && notices === expected && a.reminded + b.reminded === expected && again.reminded === 0,
      underTenSeconds: sweepMs < 10_000,
    },
    mixedZones: {
      zones,
      ticks,
      sweepersPerTick: 2,
      totalMs: Math.round(mixedMs),
      maxTickMs: Math.round(maxTickMs),
      mailsQueued: mixedMails,
      expected: PEOPLE,
      exactlyOnce: mixedMails === PEOPLE,
    },
    managerView: {
      baseline,
      session,
      team,
      ratioToBare: Number((team.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)),
      p99UnderThirtyMs: team.p99Ms < 30,
    },
  };
  writeResult('weekly-reminders.json', result);
  console.log(JSON.stringify(result, null, 2));
}

await main();
