import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/database';
import { insertAccess } from '../../server/db/repositories/record.repository';
import { DEMO_ACCOUNTS } from '../../server/db/seed/demo';
import { startTestServer, type TestServer } from '../support/server';
import { launchBrowser, openPage, settle, signIn } from './browser';

// "My record": the downloaded bundle verifies offline with the CLI, and fails after any one changed
// byte inside an entry; the access log shows who else read the record.

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

async function verify(file: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'bin/onrecord.js'), 'verify', file], {
      cwd: ROOT,
      env: { ...process.env, ONRECORD_DATA_DIR: '', DATABASE_URL: '' },
    });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

/** Byte offsets of letters and digits inside the bundle's "entry" strings (not escape sequences). */
function entryByteOffsets(raw: Buffer): number[] {
  const text = raw.toString('latin1');
  const offsets: number[] = [];
  const key = /"entry":\s*"/g;
  for (let m = key.exec(text); m; m = key.exec(text)) {
    let i = m.index + m[0].length;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        i += text[i + 1] === 'u' ? 6 : 2;
        continue;
      }
      if (/[A-Za-z0-9]/.test(text[i] as string)) offsets.push(i);
      i++;
    }
  }
  return offsets;
}

describe('my record', () => {
  let server: TestServer;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    browser = await launchBrowser();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-bundle-'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a bundle downloaded from the page verifies offline; any single changed byte inside an entry fails', async () => {
    const { context, page, pageErrors } = await openPage(browser, server.url);
    try {
      await signIn(page, DEMO_ACCOUNTS.employee);
      await page.getByRole('link', { name: 'My record' }).first().click();
      await settle(page);
      expect(await page.locator('main').innerText()).toMatch(/npx onrecord verify FILE/);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /Download my record/ }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^onrecord-tom\.becker-\d{4}-\d{2}-\d{2}\.json$/);
      const file = path.join(dir, download.suggestedFilename());
      await download.saveAs(file);

      const ok = await verify(file);
      expect(ok.out).toMatch(/^OK/);
      expect(ok.code).toBe(0);

      const raw = fs.readFileSync(file);
      const offsets = entryByteOffsets(raw);
      expect(offsets.length).toBeGreaterThan(100);
      // A spread of positions across the entries: first, last, and evenly between.
      const picks = Array.from({ length: 8 }, (_, k) => offsets[Math.floor((k * (offsets.length - 1)) / 7)] as number);
      for (const at of picks) {
        const changed = Buffer.from(raw);
        const byte = changed[at] as number;
        changed[at] = byte === 0x61 ? 0x62 : byte >= 0x30 && byte <= 0x39 ? 0x30 + ((byte - 0x30 + 1) % 10) : 0x61;
        const tampered = path.join(dir, `tampered-${at}.json`);
        fs.writeFileSync(tampered, changed);
        const bad = await verify(tampered);
        expect(bad.code, `byte ${at}: ${bad.out}`).toBe(1);
        expect(bad.out).toMatch(/FAILED/);
      }
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the access log says when nobody else read the record, and lists who read what and when', async () => {
    const { context, page } = await openPage(browser, server.url);
    try {
      await signIn(page, DEMO_ACCOUNTS.employee);
      await page.goto('/record');
      await settle(page);
      expect(await page.locator('main').innerText()).toMatch(/Nobody else has read your record\./);

      // The HR and admin views that log their reads are not built yet: log one read as they will.
      const session = (await (await page.request.get('/api/auth/session')).json()) as {
        person: { id: string };
        organisation: { id: string };
      };
      const handle = openDatabase({ dataDir: server.dataDir });
      try {
        const hr = await handle.db
          .selectFrom('people')
          .select('id')
          .where('email', '=', DEMO_ACCOUNTS.hr)
          .executeTakeFirstOrThrow();
        await insertAccess(handle.db, {
          id: crypto.randomUUID(),
          orgId: session.organisation.id,
          personId: session.person.id,
          readerId: hr.id,
          readerRole: 'hr',
          what: 'minutes of 4 November 2026',
          at: '2026-11-20T10:15:00.000Z',
        });
      } finally {
        await handle.close();
      }
      await page.reload();
      await settle(page);
      const table = page.getByRole('table', { name: /Reads of your record/ });
      const text = await table.innerText();
      expect(text).toMatch(/Priya Raman/);
      expect(text).toMatch(/minutes of 4 November 2026/);
      expect(text).toMatch(/20 November 2026/);
    } finally {
      await context.close();
    }
  });
});
