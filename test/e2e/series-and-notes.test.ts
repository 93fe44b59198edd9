import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeriesDetail } from '../../common/api/meetings';
import { DEMO_ACCOUNTS } from '../../server/db/seed/demo';
import { type TestServer, startTestServer } from '../support/server';
import { PHONE, apiGet, horizontalOverflow, launchBrowser, openPage, seriousAxeViolations, signIn } from './browser';

// A report changes their 1:1s' schedule from the series page (the next meetings follow it), and
// reads a closed meeting's notes rendered from Markdown.
describe('a 1:1 series: its schedule and its notes', () => {
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

  it('moves the series to Thursdays at 14:30 for 45 minutes, from the keyboard, on a phone', async () => {
    const { page, context, pageErrors } = await openPage(browser, server.url, { viewport: PHONE, bypassCSP: true });
    try {
      await signIn(page, DEMO_ACCOUNTS.employee);
      await page.goto('/meetings');
      await page.getByRole('link', { name: 'Sofia Alvarez', exact: true }).first().click();
      await page.getByRole('heading', { name: '1:1s with Sofia Alvarez' }).waitFor();
      const toggle = page.getByRole('button', { name: 'Change the schedule' });
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await page.getByRole('combobox', { name: 'Day' }).click();
      await page.getByRole('option', { name: 'Thursday' }).click();
      await page.getByLabel('Time', { exact: true }).fill('14:30');
      await page.getByLabel('Minutes').fill('45');
      await page.waitForLoadState('networkidle');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      await page.screenshot({ path: 'test/e2e/screenshots/series-schedule-phone.png', fullPage: true });
      await page.getByRole('button', { name: 'Save the schedule' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved:' }).waitFor();
      expect(await page.getByRole('status').filter({ hasText: 'Saved:' }).innerText()).toMatch(/Thursday.*14:30/);

      const seriesId = new URL(page.url()).pathname.split('/').pop() as string;
      const detail = await apiGet<SeriesDetail>(page, `/api/series/${seriesId}`);
      expect(detail.series).toMatchObject({ weekday: 4, localTime: '14:30', durationMinutes: 45 });
      // Every meeting not yet prepared now falls on a Thursday at 14:30 in the series' zone.
      const later = detail.upcoming.filter((m) => m.id === null);
      expect(later.length).toBeGreaterThan(0);
      for (const m of later) {
        const local = new Intl.DateTimeFormat('en-GB', {
          timeZone: detail.series.timeZone,
          weekday: 'long',
          hour: '2-digit',
          minute: '2-digit',
        }).format(new Date(m.startsAt));
        expect(local).toBe('Thursday 14:30');
        expect(m.durationMinutes).toBe(45);
      }
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says what to fix when the time is missing', async () => {
    const { page, context } = await openPage(browser, server.url);
    try {
      await signIn(page, DEMO_ACCOUNTS.employee);
      await page.goto('/meetings');
      await page.getByRole('link', { name: 'Sofia Alvarez', exact: true }).first().click();
      await page.getByRole('button', { name: 'Change the schedule' }).click();
      await page.getByLabel('Time', { exact: true }).fill('');
      await page.getByRole('button', { name: 'Save the schedule' }).click();
      await page.getByRole('alert').filter({ hasText: 'HH:MM' }).waitFor();
      await page.screenshot({ path: 'test/e2e/screenshots/series-schedule-error.png', fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('shows the notes of a closed meeting as formatted Markdown', async () => {
    const { page, context } = await openPage(browser, server.url, { bypassCSP: true });
    try {
      await signIn(page, DEMO_ACCOUNTS.employee);
      await page.goto('/meetings');
      await page.getByRole('link', { name: 'Sofia Alvarez', exact: true }).first().click();
      const past = page.getByRole('heading', { name: 'Past meetings' }).locator('..');
      // The oldest demo meeting's notes are a list with bold text.
      await past.getByRole('link').last().click();
      const notes = page.getByRole('region', { name: 'Meeting notes' });
      await notes.getByRole('listitem').first().waitFor();
      expect(await notes.getByRole('listitem').allInnerTexts()).toEqual([
        'finish the reporting module review',
        'pair with the new joiner on Thursday',
      ]);
      expect(await notes.locator('strong').innerText()).toBe('reporting module');
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: 'test/e2e/screenshots/meeting-notes-markdown.png', fullPage: true });
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
