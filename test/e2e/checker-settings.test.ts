import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeriesListResponse } from '../../common/api/meetings';
import { DEMO_ACCOUNTS } from '../../server/db/seed/demo';
import { type TestServer, startTestServer } from '../support/server';
import {
  DESKTOP,
  PHONE,
  apiGet,
  horizontalOverflow,
  launchBrowser,
  openPage,
  seriousAxeViolations,
  settle,
  signIn,
} from './browser';

// Issue 7: an organisation turns a checker category off, and every editor follows; an off-the-record
// point that names a matter that can never stay off the record is flagged as it is typed.
describe('the organisation’s documentation checker settings', () => {
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

  async function meetingNotesWith(page: Page, text: string) {
    const mine = await apiGet<SeriesListResponse>(page, '/api/series');
    const tom = mine.series.find((s) => s.other.name === 'Tom Becker');
    await page.goto(`/meetings/${tom?.next?.meetingId}`);
    await settle(page);
    const field = page.getByRole('textbox', { name: 'Meeting notes' });
    await field.fill(text);
    return field.locator('xpath=..').getByRole('status');
  }

  it('an admin turns "Absolute language" off; a manager’s editor stops flagging "always"', async () => {
    const manager = await openPage(browser, server.url);
    const admin = await openPage(browser, server.url, { viewport: PHONE, bypassCSP: true });
    try {
      await signIn(manager.page, DEMO_ACCOUNTS.manager);
      const status = await meetingNotesWith(manager.page, 'She is always late.');
      await expect.poll(() => status.innerText()).toBe('1 wording issue found.');

      await signIn(admin.page, DEMO_ACCOUNTS.admin);
      await admin.page.goto('/admin/meetings');
      await admin.page.getByRole('heading', { name: 'Documentation checker' }).waitFor();
      const box = admin.page.getByRole('checkbox', { name: 'Absolute language' });
      expect(await box.isChecked()).toBe(true);
      await box.focus();
      await admin.page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(false);
      // Keyboard only: the checkbox toggles with Space, the form saves with Enter on its button.
      await admin.page.getByRole('button', { name: 'Save checker settings' }).focus();
      await admin.page.keyboard.press('Enter');
      await admin.page
        .getByRole('status')
        .filter({ hasText: 'Turned off in every editor: Absolute language. Everything else is on.' })
        .waitFor();
      await admin.page.waitForLoadState('networkidle');
      const section = admin.page.locator('section', { has: admin.page.getByRole('heading', { name: 'Documentation checker' }) });
      for (const [name, viewport] of [
        ['phone', PHONE],
        ['desktop', DESKTOP],
      ] as const) {
        await admin.page.setViewportSize(viewport);
        expect(await seriousAxeViolations(admin.page), name).toEqual([]);
        expect(await horizontalOverflow(admin.page), name).toBe(0);
        await section.screenshot({ path: `test/e2e/screenshots/checker-settings-${name}.png` });
      }
      await admin.page.reload();
      await admin.page.getByRole('heading', { name: 'Documentation checker' }).waitFor();
      expect(await admin.page.getByRole('checkbox', { name: 'Absolute language' }).isChecked()).toBe(false);

      // The manager's next page load reads the organisation's choice.
      await manager.page.reload();
      const after = await meetingNotesWith(manager.page, 'She is always late.');
      await expect.poll(() => after.innerText()).toBe('No wording issues found.');
      // The other categories still run.
      await manager.page
        .getByRole('textbox', { name: 'Meeting notes' })
        .fill('She is always late, probably because of her pregnancy.');
      await expect.poll(() => after.innerText()).toBe('1 wording issue found.');
      expect(manager.pageErrors).toEqual([]);
    } finally {
      await manager.context.close();
      await admin.context.close();
    }
  });

  it('flags an off-the-record point about harassment as it is typed', async () => {
    const { page, context } = await openPage(browser, server.url);
    try {
      await signIn(page, DEMO_ACCOUNTS.employee);
      const mine = await apiGet<SeriesListResponse>(page, '/api/series');
      await page.goto(`/meetings/${mine.series[0].next?.meetingId}`);
      await settle(page);
      await page.getByRole('checkbox', { name: 'Off the record' }).last().check();
      await page
        .getByLabel('New talking point')
        .fill('A colleague keeps making comments about my body; it feels like harassment');
      await page.getByRole('status').filter({ hasText: 'may not be able to stay off the record' }).waitFor();
      await page.screenshot({ path: 'test/e2e/screenshots/off-record-disclosure.png', fullPage: true });
      await page.getByLabel('New talking point').fill('I am thinking about applying for the Leeds role');
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'may not be able to stay off the record' }).count())
        .toBe(0);
    } finally {
      await context.close();
    }
  });
});
