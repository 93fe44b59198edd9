// Foundation benchmark (issue 2): GET /api/health and an authenticated GET /api/people with 200
// people, against the real server on SQLite, beside a bare node:http server in the same run.
// Run: npx tsx bench/foundation.bench.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../server/db/seed/demo';
import { type LoadResult, ROOT, load, startBareServer, startRealServer, writeResult, signInCookie } from './support';

// What Chromium sends with every request.
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-bench-'));
const env = { ONRECORD_DATA_DIR: dataDir, DATABASE_URL: '' };

// 200 people: the 11 demo people and 189 imported under the demo managers.
spawnSync(process.execPath, [path.join(ROOT, 'bin/onrecord.js'), 'seed'], { env: { ...process.env, ...env }, stdio: 'ignore' });
const managers = ['sofia.alvarez', 'marcus.bell', 'daniel.whitfield', 'helen.marsh'];
const csv = [
  'name,email,time_zone,manager_email',
  ...Array.from(
    { length: 189 },
    (_, i) => `Person ${i},person${i}@harbourpine.example,Europe/London,${managers[i % 4]}@harbourpine.example`,
  ),
].join('\n');
fs.writeFileSync(path.join(dataDir, 'people.csv'), csv);
spawnSync(
  process.execPath,
  [path.join(ROOT, 'bin/onrecord.js'), 'import', path.join(dataDir, 'people.csv'), '--as', DEMO_ACCOUNTS.admin, '--no-invite'],
  { env: { ...process.env, ...env }, stdio: 'inherit' },
);

const bare = await startBareServer();
const real = await startRealServer(env);
try {
  const session = await signInCookie(real.url, DEMO_ACCOUNTS.manager, DEMO_PASSWORD);
  const people = (await (await fetch(`${real.url}/api/people`, { headers: { cookie: session } })).json()) as {
    people: unknown[];
  };
  if (people.people.length !== 200) throw new Error(`expected 200 people, got ${people.people.length}`);

  const targets: Array<[string, string, Record<string, string> | undefined]> = [
    ['bare node:http (baseline)', bare.url, undefined],
    ['GET /api/health', `${real.url}/api/health`, undefined],
    // As a browser asks for it (it always sends Accept-Encoding): the compressed, cached body.
    [
      'GET /api/people (200, signed in, browser)',
      `${real.url}/api/people`,
      { cookie: session, 'accept-encoding': BROWSER_ACCEPT_ENCODING },
    ],
    // A client that takes no compression: the whole 55 kB JSON body on every request.
    ['GET /api/people (200, signed in, uncompressed)', `${real.url}/api/people`, { cookie: session }],
  ];
  // The machine is shared and its speed drifts: every target is measured in turn, ROUNDS times;
  // each figure is the median of its rounds, and the ratio is taken within each round.
  const rounds: LoadResult[][] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const round: LoadResult[] = [];
    for (const [name, url, headers] of targets) round.push(await load(name, url, { headers }));
    console.log(`round ${i + 1}: ${round.map((r) => `${r.requestsPerSecond}/s`).join(', ')}`);
    rounds.push(round);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const results = targets.map(([name], k) => ({
    name,
    requestsPerSecond: median(rounds.map((r) => r[k].requestsPerSecond)),
    p50Ms: median(rounds.map((r) => r[k].p50Ms)),
    p99Ms: median(rounds.map((r) => r[k].p99Ms)),
    errors: rounds.reduce((n, r) => n + r[k].errors, 0),
    non2xx: rounds.reduce((n, r) => n + r[k].non2xx, 0),
    medianRatioInRound: Number(median(rounds.map((r) => r[k].requestsPerSecond / r[0].requestsPerSecond)).toFixed(3)),
  }));
  const base = results[0].requestsPerSecond;
  const rows = results.map((r) => ({ ...r, ratioToBare: Number((r.requestsPerSecond / base).toFixed(3)) }));
  console.table(rows);
  writeResult('foundation.json', {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores, node ${process.version}`,
    loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))),
    connections: 10,
    seconds: 8,
    rounds: ROUNDS,
    results: rows,
    allRounds: rounds,
  });
} finally {
  bare.stop();
  await real.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
