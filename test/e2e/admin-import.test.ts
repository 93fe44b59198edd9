import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryResponse } from '../../common/api/people';
import { DEMO_ACCOUNTS } from '../../server/db/seed/demo';
import { startTestServer, type TestServer } from '../support/server';
import { apiGet, launchBrowser, openPage, signIn } from './browser';

const HEADER = 'name,email,time_zone,manager_email,roles,effective_from';

async function directoryEmails(page: Page): Promise<string[]> {
  const { people } = await apiGet<DirectoryResponse>(page, '/api/people');
  return people.map((p) => p.email).sort();
}

describe('an admin importing people from CSV', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sees the bad row with its line number, imports nothing, then imports a good file', async () => {
    const { context, page, pageErrors } = await openPage(browser, server.url);
    try {
      await signIn(page, DEMO_ACCOUNTS.admin);
      const before = await directoryEmails(page);

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
      await page.waitForURL((url) => url.pathname === '/admin/import');
      await expect.poll(() => page.title()).toBe('Import people · OnRecord');

      // Line 3 names a manager who exists nowhere.
      const badCsv = [
        HEADER,
        `Wren Hollis,wren.hollis@harbourpine.example,Europe/London,${DEMO_ACCOUNTS.manager},,`,
        'Otto Brandt,otto.brandt@harbourpine.example,Europe/Berlin,nobody.here@harbourpine.example,,',
      ].join('\n');
      const csvBox = page.getByRole('textbox', { name: 'CSV', exact: true });
      await csvBox.fill(badCsv);
      await page.getByRole('button', { name: 'Preview' }).click();

      const problems = page.getByRole('table', { name: 'Problems' });
      await problems.waitFor();
      const rows = problems.locator('tbody tr');
      expect(await rows.count()).toBe(1);
      const cells = await rows.first().locator('td').allInnerTexts();
      expect(cells[0]).toBe('3');
      expect(cells[1]).toMatch(/manager/i);
      expect(cells[1]).toContain('nobody.here@harbourpine.example');

      const importButton = page.getByRole('button', { name: 'Import', exact: true });
      expect(await importButton.isDisabled()).toBe(true);
      // Nothing reached the directory.
      expect(await directoryEmails(page)).toEqual(before);

      // The server refuses the whole file too, even if the button were bypassed.
      const csrf = (await (await page.request.get('/api/csrf')).json()) as { token: string };
      const forced = await page.request.post('/api/admin/import', {
        data: { csv: badCsv },
        headers: { 'x-csrf-token': csrf.token },
      });
      expect(forced.status()).toBe(400);
      expect(await directoryEmails(page)).toEqual(before);

      // A good file: a preview with no problems enables Import.
      const goodCsv = [
        HEADER,
        `Wren Hollis,wren.hollis@harbourpine.example,Europe/London,${DEMO_ACCOUNTS.manager},,2026-01-05`,
        'Otto Brandt,otto.brandt@harbourpine.example,Europe/Berlin,wren.hollis@harbourpine.example,hr,',
      ].join('\n');
      await csvBox.fill(goodCsv);
      // Editing the text invalidates the earlier preview.
      expect(await importButton.isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'Preview' }).click();
      await page.getByRole('table', { name: 'Preview' }).waitFor();
      expect(await page.getByRole('table', { name: 'Problems' }).count()).toBe(0);
      await expect.poll(() => importButton.isEnabled()).toBe(true);
      await importButton.click();

      const done = page.getByRole('status').filter({ hasText: 'Import complete' });
      await done.waitFor();
      expect(await done.textContent()).toContain('2 created');

      const after = await directoryEmails(page);
      expect(after).toEqual([...before, 'wren.hollis@harbourpine.example', 'otto.brandt@harbourpine.example'].sort());

      // And both are in the directory, with their reporting line.
      await page.getByRole('link', { name: 'See the people directory' }).click();
      await page.waitForURL((url) => url.pathname === '/people');
      await page.getByLabel('Search people').fill('Otto');
      const table = page.getByRole('table', { name: 'People' });
      const otto = table.locator('tbody tr', { hasText: 'Otto Brandt' });
      await otto.waitFor();
      expect(await otto.textContent()).toContain('Wren Hollis');
      expect(await table.locator('tbody tr').count()).toBe(1);

      await page.getByLabel('Search people').fill('wren.hollis');
      await table.locator('tbody tr', { hasText: 'Wren Hollis' }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
