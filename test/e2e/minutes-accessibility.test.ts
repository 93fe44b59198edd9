import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/db/seed/demo';
import { startTestServer, type TestServer } from '../support/server';
import { DESKTOP, horizontalOverflow, launchBrowser, openPage, PHONE, seriousAxeViolations, settle, signIn } from './browser';
import { answerToken, apiSend, closedMeeting, content, seriesWith, sentMinutes, waitForMail } from './minutes-helpers';

// axe-core on every minutes and record page, in each state that changes what is shown, at desktop
// and phone width: no serious or critical violations, no sideways scrolling, landmarks present.
// MINUTES_SHOTS=/some/dir also saves a screenshot of each.

const SHOTS = process.env.MINUTES_SHOTS;

describe('minutes pages are accessible', () => {
  let server: TestServer;
  let browser: Browser;
  const ids: Record<string, string> = {};
  let seriesId = '';
  let token = '';

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    browser = await launchBrowser();
    // Minutes in the states the pages show differently, set up through the API.
    const tom = await openPage(browser, server.url);
    const sofia = await openPage(browser, server.url);
    try {
      await signIn(tom.page, DEMO_ACCOUNTS.employee);
      await signIn(sofia.page, DEMO_ACCOUNTS.manager);
      seriesId = await seriesWith(tom.page, 'Sofia Alvarez');
      const meeting = (day: string) => closedMeeting(tom.page, seriesId, `2026-08-${day}T09:00:00.000Z`);
      ids.draft = (await apiSend<{ id: string }>(tom.page, 'POST', `/api/meetings/${await meeting('06')}/minutes`)).id;
      await apiSend(tom.page, 'PUT', `/api/minutes/${ids.draft}/draft`, {
        content: content('Report due Friday', { feedback: ['She is always late'], freeText: 'Notes of the meeting.' }),
      });
      ids.sent = await sentMinutes(tom.page, await meeting('13'), content('Pair on the API review every Tuesday'));
      ids.proposed = await sentMinutes(tom.page, await meeting('20'), content('Report due Friday'));
      await apiSend(sofia.page, 'POST', `/api/minutes/${ids.proposed}/corrections`, {
        content: content('Report due Monday'),
        reason: 'We agreed Monday, not Friday.',
      });
      ids.disputed = await sentMinutes(tom.page, await meeting('27'), content('Ship on the 1st'));
      await apiSend(sofia.page, 'POST', `/api/minutes/${ids.disputed}/corrections`, {
        content: content('Ship on the 8th'),
        reason: 'The 1st was never agreed.',
      });
      await apiSend(tom.page, 'POST', `/api/minutes/${ids.disputed}/corrections/resolve`, { accept: false });
      const mail = await waitForMail(server, DEMO_ACCOUNTS.manager, /sent the minutes/, 'Pair on the API review every Tuesday');
      token = answerToken(mail.text);
    } finally {
      await tom.context.close();
      await sofia.context.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function check(page: Page, name: string, label: string) {
    await settle(page);
    expect(await seriousAxeViolations(page), name).toEqual([]);
    expect(await horizontalOverflow(page), `${name} overflows sideways`).toBe(0);
    expect(await page.getByRole('main').count(), name).toBe(1);
    expect(await page.getByRole('link', { name: 'Skip to main content' }).count(), name).toBe(1);
    expect(await page.locator('main h1').count(), name).toBe(1);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }

  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`signed-in minutes pages (${label})`, async () => {
      const tom = await openPage(browser, server.url, { viewport, bypassCSP: true });
      const sofia = await openPage(browser, server.url, { viewport, bypassCSP: true });
      try {
        await signIn(tom.page, DEMO_ACCOUNTS.employee);
        await signIn(sofia.page, DEMO_ACCOUNTS.manager);

        await tom.page.goto('/record');
        await check(tom.page, 'record', label);
        expect(await tom.page.title()).toBe('My record · OnRecord');
        await tom.page.goto(`/series/${seriesId}/minutes`);
        await check(tom.page, 'timeline', label);
        expect(await tom.page.title()).toBe('Minutes with Sofia Alvarez · OnRecord');

        // The editor, with checker findings shown, and the send confirmation open.
        await tom.page.goto(`/minutes/${ids.draft}`);
        await tom.page.getByRole('list', { name: 'Wording issues in Feedback 1' }).waitFor();
        await check(tom.page, 'editor', label);
        await tom.page.getByRole('button', { name: 'Send…', exact: true }).click();
        await tom.page.getByRole('dialog').waitFor();
        await tom.page.waitForTimeout(500); // the opening transition (axe reads colours mid-fade otherwise)
        expect(await seriousAxeViolations(tom.page), 'send dialog').toEqual([]);
        if (SHOTS) await tom.page.screenshot({ path: `${SHOTS}/send-dialog-${label}.png` });
        await tom.page.keyboard.press('Escape');

        // Sent, as the recipient sees it; and the correction form.
        await sofia.page.goto(`/minutes/${ids.sent}`);
        await check(sofia.page, 'to-confirm', label);
        await sofia.page.getByRole('button', { name: 'Propose a correction' }).click();
        await sofia.page.getByRole('heading', { name: 'Propose a correction' }).waitFor();
        await check(sofia.page, 'correction-form', label);

        // A proposed correction, for the author to accept or decline.
        await tom.page.goto(`/minutes/${ids.proposed}`);
        await check(tom.page, 'correction-proposed', label);
        // Disputed: both versions.
        await tom.page.goto(`/minutes/${ids.disputed}`);
        await check(tom.page, 'disputed', label);
        // Deemed accepted (demo data).
        const timeline = (await (await tom.page.request.get(`/api/series/${seriesId}/minutes-timeline`)).json()) as {
          meetings: Array<{ minutesId: string | null; minutesState: string | null }>;
        };
        const deemed = timeline.meetings.find((m) => m.minutesState === 'deemed_accepted');
        expect(deemed?.minutesId).toBeTruthy();
        await tom.page.goto(`/minutes/${deemed?.minutesId}`);
        await check(tom.page, 'deemed-accepted', label);
      } finally {
        await tom.context.close();
        await sofia.context.close();
      }
    });

    it(`the mailed link's page, signed out (${label})`, async () => {
      const { context, page } = await openPage(browser, server.url, { viewport, bypassCSP: true });
      try {
        await page.goto(`/minutes/answer?token=${encodeURIComponent(token)}`);
        await check(page, 'answer', label);
        await page.getByRole('button', { name: 'Propose a correction' }).click();
        await page.getByRole('heading', { name: 'Propose a correction' }).waitFor();
        await check(page, 'answer-correction', label);
        await page.goto(`/minutes/answer?token=${encodeURIComponent(`${token.slice(0, -2)}xx`)}`);
        await check(page, 'answer-forged', label);
      } finally {
        await context.close();
      }
    });
  }
});
