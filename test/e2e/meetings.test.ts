import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingView, SeriesListResponse } from '../../common/api/meetings';
import { DEMO_ACCOUNTS } from '../../server/db/seed/demo';
import { startTestServer, type TestServer } from '../support/server';
import { PHONE, apiGet, horizontalOverflow, launchBrowser, openPage, seriousAxeViolations, signIn } from './browser';

// A manager and a report in two browsers, in the same meeting: live updates, private notes,
// off the record, closing and carry-over.

describe('a 1:1 meeting in two browsers', () => {
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

  const agenda = (page: Page) => page.getByRole('list', { name: 'Talking points' });

  async function addPoint(page: Page, text: string, offRecord = false) {
    await page.getByLabel('New talking point').fill(text);
    if (offRecord) {
      await page.getByRole('checkbox', { name: 'Off the record' }).last().check();
      await page.getByText('Some matters can never stay off the record').last().waitFor();
      await page.getByText('harassment').last().waitFor();
    }
    await page.getByRole('button', { name: 'Add talking point' }).click();
    await agenda(page).getByText(text, { exact: true }).waitFor();
  }

  it('shares the agenda live, keeps private notes private, erases off the record and carries over', async () => {
    const manager = await openPage(browser, server.url);
    const report = await openPage(browser, server.url, { bypassCSP: true });
    try {
      await signIn(manager.page, DEMO_ACCOUNTS.manager);
      await signIn(report.page, DEMO_ACCOUNTS.employee);
      const { series } = await apiGet<SeriesListResponse>(report.page, '/api/series');
      const mine = series[0];
      const meetingId = mine.next?.meetingId as string;
      expect(meetingId).toBeTruthy();

      // The report goes through "My 1:1s"; the manager opens the meeting directly.
      await report.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '1:1s' }).click();
      await report.page.getByRole('heading', { name: 'My 1:1s' }).waitFor();
      await report.page.getByRole('link', { name: /Open the next meeting/ }).click();
      await report.page.getByRole('heading', { name: '1:1 with Sofia Alvarez' }).waitFor();
      await manager.page.goto(`/meetings/${meetingId}`);
      await manager.page.getByRole('heading', { name: '1:1 with Tom Becker' }).waitFor();
      await manager.page.waitForLoadState('networkidle');

      // Each sees the other's point appear without reloading.
      await addPoint(report.page, 'Tom: support for the certification');
      await agenda(manager.page).getByText('Tom: support for the certification', { exact: true }).waitFor();
      await addPoint(manager.page, 'Sofia: team offsite dates');
      await agenda(report.page).getByText('Sofia: team offsite dates', { exact: true }).waitFor();

      // Reorder by keyboard-reachable buttons, mark discussed.
      await manager.page.getByRole('button', { name: 'Move “Sofia: team offsite dates” up' }).click();
      await expect
        .poll(async () => (await agenda(manager.page).locator(':scope > li').last().textContent()) ?? '')
        .toContain('certification');
      const sofiaPoint = agenda(manager.page).locator(':scope > li', { hasText: 'Sofia: team offsite dates' });
      await sofiaPoint.getByRole('checkbox', { name: 'Discussed' }).check();

      // A private note the other side cannot find.
      const secret = 'Tom private: nervous about the reorg';
      await report.page.getByText('Private notes may still have to be disclosed in legal proceedings').waitFor();
      await report.page.getByLabel('Private note', { exact: true }).fill(secret);
      await report.page.getByRole('button', { name: 'Save private note' }).click();
      await report.page.getByText('Saved.').first().waitFor();
      await report.page.reload();
      await expect.poll(() => report.page.getByLabel('Private note', { exact: true }).inputValue()).toBe(secret);
      await manager.page.reload();
      await manager.page.getByRole('heading', { name: '1:1 with Tom Becker' }).waitFor();
      await manager.page.waitForLoadState('networkidle');
      expect(await manager.page.content()).not.toContain('nervous about the reorg');
      const asSeenByManager = await apiGet<MeetingView>(manager.page, `/api/meetings/${meetingId}`);
      expect(JSON.stringify(asSeenByManager)).not.toContain('nervous about the reorg');

      // Off the record: both see it while the meeting is open.
      const offRecord = 'Off the record: thinking about a transfer';
      await addPoint(report.page, offRecord, true);
      await agenda(manager.page).getByText(offRecord, { exact: true }).waitFor();

      // Accessible, and fits a phone.
      expect(await seriousAxeViolations(report.page)).toEqual([]);
      await report.page.setViewportSize(PHONE);
      expect(await horizontalOverflow(report.page)).toBe(0);
      await report.page.screenshot({ path: '/tmp/e2e-meeting-phone.png', fullPage: true });

      // The manager closes the meeting: the off-the-record text disappears from both pages.
      await manager.page.getByRole('button', { name: 'Close meeting…' }).click();
      await manager.page.getByRole('button', { name: 'Close now' }).click();
      await manager.page.getByText(/Closed by Sofia Alvarez/).waitFor();
      await report.page.getByText(/Closed by Sofia Alvarez/).waitFor(); // live, no reload
      for (const page of [manager.page, report.page]) {
        await expect.poll(() => page.getByText(offRecord).count()).toBe(0);
        await page.getByText('An off-the-record point was raised here').waitFor();
      }
      expect(await manager.page.content()).not.toContain('thinking about a transfer');

      // The unfinished point carried over to the next meeting, linked to where it came from.
      await report.page.setViewportSize({ width: 1280, height: 900 });
      await report.page.getByRole('link', { name: 'All meetings with Sofia Alvarez' }).click();
      await report.page.getByRole('heading', { name: '1:1s with Sofia Alvarez' }).waitFor();
      await report.page.getByRole('region', { name: 'Upcoming' }).getByRole('link').first().click();
      await report.page.getByRole('heading', { name: '1:1 with Sofia Alvarez' }).waitFor();
      const carried = agenda(report.page).locator(':scope > li', { hasText: 'Tom: support for the certification' });
      await carried.waitFor();
      await carried.getByText('Carried over from').waitFor();
      expect(await agenda(report.page).getByText('Sofia: team offsite dates', { exact: true }).count()).toBe(0); // discussed: stays behind
      expect(await report.page.content()).not.toContain('thinking about a transfer');
      await report.page.screenshot({ path: '/tmp/e2e-next-meeting.png', fullPage: true });

      expect(manager.pageErrors).toEqual([]);
      expect(report.pageErrors).toEqual([]);
    } finally {
      await manager.context.close();
      await report.context.close();
    }
  });

  it('My 1:1s, the series history and My actions are accessible and fit a phone', async () => {
    const { page, context, pageErrors } = await openPage(browser, server.url, { viewport: PHONE, bypassCSP: true });
    try {
      await signIn(page, DEMO_ACCOUNTS.manager);
      for (const [path, heading] of [
        ['/meetings', 'My 1:1s'],
        ['/actions', 'My actions'],
      ] as const) {
        await page.goto(path);
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        expect(await seriousAxeViolations(page), path).toEqual([]);
        expect(await horizontalOverflow(page), path).toBe(0);
      }
      await page.goto('/meetings');
      await page.getByRole('link', { name: 'Aisha Khan', exact: true }).click();
      await page.getByRole('heading', { name: '1:1s with Aisha Khan' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
