import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/db/seed/demo';
import { startTestServer, type TestServer } from '../support/server';
import { launchBrowser, openPage, settle, signIn } from './browser';
import { apiSend, closedMeeting, seriesWith } from './minutes-helpers';

// Issue 7 in the browser: the documentation checker flags what a manager types into minutes, with
// explanations, and the findings clear once the text describes behaviour with dates.

describe('documentation checker in the minutes editor', () => {
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

  it('a manager sees two findings with explanations, and rewriting as dated behaviour clears them', async () => {
    const { context, page, pageErrors } = await openPage(browser, server.url);
    try {
      await signIn(page, DEMO_ACCOUNTS.manager);
      const seriesId = await seriesWith(page, 'Tom Becker');
      const meetingId = await closedMeeting(page, seriesId, '2026-09-24T09:00:00.000Z');
      const { id } = await apiSend<{ id: string }>(page, 'POST', `/api/meetings/${meetingId}/minutes`);
      await page.goto(`/minutes/${id}`);
      await settle(page);

      await page.getByRole('button', { name: 'Add feedback' }).click();
      const field = page.getByLabel('Feedback 1', { exact: true });
      await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('She is always late, probably because of her pregnancy', { delay: 5 });

      const findings = page.getByRole('list', { name: 'Wording issues in Feedback 1' });
      await expect.poll(() => findings.getByRole('listitem').count()).toBe(2);
      // The field's own live status (each checked field has one).
      const status = field.locator('xpath=..').getByRole('status');
      expect(await status.innerText()).toBe('2 wording issues found.');

      // Each finding names its category and the words, and explains itself when focused (keyboard).
      const buttons = findings.getByRole('button');
      const explanations: string[] = [];
      for (let i = 0; i < 2; i++) {
        const button = buttons.nth(i);
        await button.focus();
        const tipId = (await button.getAttribute('aria-describedby')) as string;
        const tip = page.locator(`[id="${tipId}"]`);
        await expect.poll(() => tip.isVisible()).toBe(true);
        explanations.push(`${await button.innerText()} ${await tip.innerText()}`);
      }
      const all = explanations.join('\n');
      expect(all).toMatch(/“always”/);
      expect(all).toMatch(/absolute/i);
      expect(all).toMatch(/“pregnancy”/);
      expect(all).toMatch(/protected characteristic/i);

      // Activating a finding selects the flagged words in the field.
      await buttons.nth(1).press('Enter');
      expect(
        await field.evaluate((el) => {
          const t = el as HTMLTextAreaElement;
          return t.value.slice(t.selectionStart, t.selectionEnd);
        }),
      ).toBe('pregnancy');

      // Rewritten as behaviour with dates: no findings.
      await field.focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('She arrived after 9:30 on 3, 10 and 17 March.', { delay: 5 });
      await expect.poll(() => findings.count()).toBe(0);
      await expect.poll(() => status.innerText()).toBe('No wording issues found.');
      expect(await field.inputValue()).toBe('She arrived after 9:30 on 3, 10 and 17 March.');

      // Sarcasm no rule names is caught by the trained model, on the sarcastic sentence only.
      await page.keyboard.type(' Kira lost the van keys again. Truly a gift to logistics.', { delay: 2 });
      await expect.poll(() => findings.getByRole('listitem').count()).toBe(1);
      const sarcasm = findings.getByRole('button').first();
      expect(await sarcasm.innerText()).toMatch(/Emotional or sarcastic\s+“Truly a gift to logistics”/);
      if (process.env.SCREENSHOT_DIR)
        await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/checker-model.png`, fullPage: true });
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
