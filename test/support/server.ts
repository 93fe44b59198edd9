import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startSmtpSink } from './smtp';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Builds the SPA once if this checkout has no build yet. */
export function ensureWebBuilt(): void {
  if (!fs.existsSync(path.join(ROOT, 'dist/web/index.html'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
}

export interface TestServer {
  url: string;
  dataDir: string;
  /** The loopback SMTP server the app sends to (a test may deliver queued mail there itself). */
  smtpUrl: string;
  output(): string;
  mails(): Promise<Array<{ to: string; subject: string; text: string }>>;
  close(): Promise<void>;
}

/**
 * The real server as a user starts it (`onrecord serve`), on a free port with a fresh SQLite data
 * directory and demo data, sending mail to a real SMTP server on loopback.
 */
export async function startTestServer(opts: { demo?: boolean; env?: Record<string, string> } = {}): Promise<TestServer> {
  ensureWebBuilt();
  const smtp = await startSmtpSink();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'bin/onrecord.js'), 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ONRECORD_DATA_DIR: dataDir,
      PUBLIC_URL: url,
      SMTP_URL: smtp.url,
      ONRECORD_DEMO: opts.demo === false ? 'false' : 'true',
      DATABASE_URL: '',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok && output.includes('OnRecord is running')) break;
    } catch {}
    if (Date.now() > until) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dataDir,
    smtpUrl: smtp.url,
    output: () => output,
    mails: async () =>
      smtp.mails.map((m) => ({ to: m.to && 'text' in m.to ? m.to.text : '', subject: m.subject ?? '', text: m.text ?? '' })),
    close: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      await smtp.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
