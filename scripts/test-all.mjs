#!/usr/bin/env node
// `npm test`: lint, import boundaries, typecheck, then every Vitest suite (unit, integration on
// SQLite and PostgreSQL, browser). Ends with the total on its own line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = (name) => path.join('node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const summary = [];

function step(name, cmd, args) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  ok ? passed++ : failed++;
  summary.push(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return ok;
}

step('lint (biome)', bin('biome'), ['check', '.']);
step('import boundaries (dependency-cruiser)', bin('depcruise'), [
  'server',
  'web',
  'common',
  '--config',
  '.dependency-cruiser.cjs',
]);
step('typecheck (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('web build (vite)', bin('vite'), ['build', '--logLevel', 'warn']);

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-vitest-')), 'report.json');
const t0 = Date.now();
const projects = (process.env.ONRECORD_TEST_PROJECTS ?? 'unit,integration,e2e').split(',');
console.log(`\n▶ vitest: ${projects.join(', ')}`);
const r = spawnSync(
  bin('vitest'),
  ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  {
    stdio: 'inherit',
    env: process.env,
  },
);
if (fs.existsSync(report)) {
  const j = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += j.numPassedTests;
  failed += j.numFailedTests;
  // A file that failed to load has no tests to count; count it as a failure.
  const broken = j.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  failed += broken;
  summary.push(
    `${r.status === 0 ? '✔' : '✘'} vitest: ${j.numPassedTests} passed, ${j.numFailedTests + broken} failed, ${j.numPendingTests} skipped (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
} else {
  failed++;
  summary.push('✘ vitest: no report (the runner crashed)');
}
if (r.status !== 0 && fs.existsSync(report) && failed === 0) failed++;

console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
