import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/database';
import { DEMO_ACCOUNTS } from '../../server/db/seed/demo';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = (args: string[], env: Record<string, string>) =>
  spawn(process.execPath, [path.join(ROOT, 'bin/onrecord.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('an import killed half-way', () => {
  it('leaves all of it or none of it (SQLite, kill -9 during the transaction)', async () => {
    const dataDir = fs.mkdtempSync(path.join(ROOT, 'node_modules/.onrecord-crash-'));
    try {
      const env = { ONRECORD_DATA_DIR: dataDir };
      await new Promise((resolve) => run(['seed'], env).on('exit', resolve));
      const rows = Array.from(
        { length: 15_000 },
        (_, i) => `Person ${i},p${i}@harbourpine.example,UTC,${i < 50 ? 'helen.marsh' : `p${i % 50}`}@harbourpine.example,,`,
      );
      const file = path.join(dataDir, 'people.csv');
      fs.writeFileSync(file, `name,email,time_zone,manager_email,roles,effective_from\n${rows.join('\n')}\n`);
      const results: number[] = [];
      for (const delay of [1000, 1300, 1600, 3000]) {
        const child = run(['import', file, '--as', DEMO_ACCOUNTS.admin, '--no-invite'], env);
        const exited = new Promise((r) => child.once('exit', r)); // listen first: it may finish before the kill
        await new Promise((r) => setTimeout(r, delay));
        child.kill('SIGKILL');
        await exited;
        const h = openDatabase({ dataDir });
        const n = Number(
          (
            await h.db
              .selectFrom('people')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
        const lines = Number(
          (
            await h.db
              .selectFrom('reporting_lines')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
        await h.close();
        results.push(n);
        expect([11, 11 + 15_000]).toContain(n);
        expect(lines).toBe(n === 11 ? 11 : 11 + 15_000);
        if (n > 11) break;
      }
      expect(results.length).toBeGreaterThan(0);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
