import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import os from 'node:os';
import { openDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { insertOrganisation, insertPeople } from '../server/db/repositories/people.repository';

export const ROOT = path.resolve(import.meta.dirname, '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** The baseline every HTTP figure is compared with: bare node:http answering a fixed JSON body. */
export async function startBareServer(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const code = `require('node:http').createServer((q,s)=>{s.writeHead(200,{'content-type':'application/json'});s.end('{"ok":true,"database":"sqlite"}')}).listen(${port},'127.0.0.1',()=>console.log('ready'))`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((r) => child.stdout?.once('data', r));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** The real server (`onrecord serve`) in its own process, as a user runs it. */
export async function startRealServer(
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/onrecord.js'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (out.includes('OnRecord is running')) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, child, stop: async () => void child.kill() };
}

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

export async function load(
  name: string,
  url: string,
  opts: { connections?: number; seconds?: number; headers?: Record<string, string> } = {},
): Promise<LoadResult> {
  // Warm up, then measure.
  await autocannon({ url, connections: opts.connections ?? 10, duration: 2, headers: opts.headers });
  const r = await autocannon({ url, connections: opts.connections ?? 10, duration: opts.seconds ?? 8, headers: opts.headers });
  return {
    name,
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

export function writeResult(file: string, data: unknown) {
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench/results', file), `${JSON.stringify(data, null, 2)}\n`);
}

/** A fresh SQLite database with one organisation ('org-1') and two people ('a', 'b'), for record benchmarks. */
export async function benchRecordDatabase(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const h = openDatabase({ dataDir: dir });
  await migrateToLatest(h.db);
  const org = 'org-1';
  const at = '2026-11-20T10:00:00.000Z';
  await insertOrganisation(h.db, { id: org, name: 'Bench', settings: {}, createdAt: at });
  const person = (id: string) => ({
    id,
    org_id: org,
    name: id,
    email: `${id}@x.test`,
    time_zone: 'UTC',
    is_hr: 0,
    is_admin: 0,
    status: 'active' as const,
    password_hash: null,
    created_at: at,
    updated_at: at,
  });
  await insertPeople(h.db, [person('a'), person('b')]);
  return {
    db: h.db,
    org,
    at,
    close: async () => {
      await h.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Signs in against a running server like a browser does (CSRF token, then sign-in); returns the cookie header. */
export async function signInCookie(url: string, email: string, password: string): Promise<string> {
  const cookies = (r: Response) =>
    r.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  const csrf = await fetch(`${url}/api/csrf`);
  const { token } = (await csrf.json()) as { token: string };
  const signIn = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: cookies(csrf) },
    body: JSON.stringify({ email, password }),
  });
  if (!signIn.ok) throw new Error(`sign-in as ${email} failed: ${signIn.status} ${await signIn.text()}`);
  return cookies(signIn);
}
