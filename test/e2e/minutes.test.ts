import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MinutesView } from '../../common/api/minutes';
import { DEMO_ACCOUNTS } from '../../server/db/seed/demo';
import { startTestServer, type TestServer } from '../support/server';
import { launchBrowser, openPage, seriousAxeViolations, settle, signIn } from './browser';
import { answerToken, closedMeeting, content, seriesWith, sentMinutes, waitForMail, withSweeper } from './minutes-helpers';

// Issue 4 in the browser: minutes written, sent, corrected, declined (disputed, both versions kept);
// minutes left unanswered, reminded by mail, then deemed accepted (clock injected); the mailed link.

const mainText = (page: Page) => page.locator('main').innerText();
const badge = (page: Page) => page.locator('main h1 ~ * .minutes-state-badge, main .minutes-state-badge').first();

describe('minutes in the browser', () => {
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

  it('the report writes and sends minutes, the manager proposes a correction, the report declines: both see "Disputed" with both versions', async () => {
    const tom = await openPage(browser, server.url, { bypassCSP: true });
    const sofia = await openPage(browser, server.url, { bypassCSP: true });
    try {
      await signIn(tom.page, DEMO_ACCOUNTS.employee);
      const seriesId = await seriesWith(tom.page, 'Sofia Alvarez');
      const meetingId = await closedMeeting(tom.page, seriesId, '2026-09-03T09:00:00.000Z');

      // From the closed meeting's page to a new draft.
      await tom.page.goto(`/meetings/${meetingId}`);
      await settle(tom.page);
      await tom.page.getByRole('button', { name: 'Write the minutes' }).click();
      await tom.page.waitForURL(/\/minutes\/[^/]+$/);
      await settle(tom.page);
      const minutesId = new URL(tom.page.url()).pathname.split('/').pop() as string;
      expect(await badge(tom.page).innerText()).toBe('Draft');

      // Sending an empty draft: the server's message is shown, nothing is sent.
      await tom.page.getByRole('button', { name: 'Send…', exact: true }).click();
      const dialog = tom.page.getByRole('dialog');
      expect(await dialog.innerText()).toMatch(/Sofia Alvarez receives them/);
      expect(await dialog.innerText()).toMatch(/deadline starts now/);
      await dialog.getByRole('button', { name: 'Send to Sofia Alvarez' }).click();
      await expect.poll(() => tom.page.getByRole('alert').innerText()).toMatch(/empty/i);

      // Write, with keyboard-usable lists: add two agreements, remove one, add a decision and notes.
      await tom.page.getByRole('button', { name: 'Add an agreement' }).click();
      await expect.poll(() => tom.page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      await tom.page.keyboard.type('Report due Friday');
      await tom.page.getByRole('button', { name: 'Add an agreement' }).click();
      await tom.page.getByLabel('Agreement 2', { exact: true }).waitFor();
      // Focus moves to the new field on the next frame; typing before that would press the Add
      // button with every space.
      const second = await tom.page.getByLabel('Agreement 2', { exact: true }).getAttribute('id');
      await expect.poll(() => tom.page.evaluate(() => document.activeElement?.id ?? '')).toBe(second);
      await tom.page.keyboard.type('A line to remove');
      await tom.page.getByRole('button', { name: 'Remove agreement 2' }).click();
      await expect.poll(() => tom.page.getByLabel('Agreement 2', { exact: true }).count()).toBe(0);
      await tom.page.getByRole('button', { name: 'Add a decision' }).click();
      await tom.page.getByLabel('Decision 1', { exact: true }).fill('Tom leads the Q4 migration');
      await tom.page.getByRole('button', { name: 'Add an action item' }).click();
      await tom.page.getByLabel('Action item 1', { exact: true }).fill('Draft the migration plan');
      await tom.page.getByLabel('Owner of action item 1').selectOption({ label: 'Tom Becker' });
      await tom.page.getByLabel('Due date of action item 1').fill('2026-09-10');
      await tom.page.getByLabel('Notes (free text)').fill('Good conversation about priorities.');
      await tom.page.getByRole('button', { name: 'Save draft' }).click();
      await expect
        .poll(() =>
          tom.page
            .getByRole('status')
            .filter({ hasText: /Draft saved/ })
            .count(),
        )
        .toBe(1);

      // Send, with the confirmation saying who receives it and that the deadline starts.
      await tom.page.getByRole('button', { name: 'Send…', exact: true }).click();
      await tom.page.getByRole('dialog').getByRole('button', { name: 'Send to Sofia Alvarez' }).click();
      await expect.poll(() => badge(tom.page).innerText()).toBe('Awaiting confirmation');
      expect(await mainText(tom.page)).toMatch(/Sent to Sofia Alvarez/);
      await tom.page.getByRole('dialog').waitFor({ state: 'detached' });
      expect(await seriousAxeViolations(tom.page), 'after sending').toEqual([]);
      expect(await mainText(tom.page)).toMatch(/Deadline to answer/);
      expect(await mainText(tom.page)).toContain('Draft the migration plan — Tom Becker, due 2026-09-10');

      // Sofia proposes a correction; the reason is required.
      await signIn(sofia.page, DEMO_ACCOUNTS.manager);
      await sofia.page.goto(`/minutes/${minutesId}`);
      await settle(sofia.page);
      expect(await mainText(sofia.page)).toMatch(/What you are asked to confirm/);
      expect(await mainText(sofia.page)).toContain('Report due Friday');
      await sofia.page.getByRole('button', { name: 'Propose a correction' }).click();
      await expect.poll(() => sofia.page.evaluate(() => document.activeElement?.textContent)).toBe('Propose a correction');
      await sofia.page.getByLabel('Agreement 1', { exact: true }).fill('Report due Monday');
      await sofia.page.getByRole('button', { name: 'Send the correction to Tom Becker' }).click();
      await expect.poll(() => mainText(sofia.page)).toMatch(/Say why/);
      await sofia.page.getByRole('textbox', { name: /Why do the minutes need correcting/ }).fill('We agreed Monday');
      await sofia.page.getByRole('button', { name: 'Send the correction to Tom Becker' }).click();
      await expect.poll(() => badge(sofia.page).innerText()).toBe('Correction proposed');

      // Tom sees both versions side by side and declines.
      await tom.page.reload();
      await settle(tom.page);
      expect(await badge(tom.page).innerText()).toBe('Correction proposed');
      expect(await tom.page.getByRole('region', { name: 'As sent by Tom Becker' }).innerText()).toContain('Report due Friday');
      const proposed = await tom.page.getByRole('region', { name: 'Correction proposed by Sofia Alvarez' }).innerText();
      expect(proposed).toContain('Report due Monday');
      expect(proposed).toContain('We agreed Monday');
      await tom.page.getByRole('button', { name: 'Decline the correction…' }).click();
      await tom.page.getByRole('dialog').getByRole('button', { name: 'Decline: the minutes become disputed' }).click();
      await expect.poll(() => badge(tom.page).innerText()).toBe('Disputed');

      // Both see "Disputed" with both versions, and the reason.
      await sofia.page.reload();
      await settle(sofia.page);
      for (const page of [tom.page, sofia.page]) {
        expect(await badge(page).innerText()).toBe('Disputed');
        expect(await page.getByRole('region', { name: "Tom Becker's minutes (as sent)" }).innerText()).toContain(
          'Report due Friday',
        );
        const declined = await page.getByRole('region', { name: "Sofia Alvarez's declined correction" }).innerText();
        expect(declined).toContain('Report due Monday');
        expect(declined).toContain('We agreed Monday');
        expect(await page.getByRole('button', { name: /Confirm/ }).count()).toBe(0);
      }
      // The author may amend after the final state, told that it restarts confirmation.
      expect(await mainText(tom.page)).toMatch(/restarts confirmation/);
      await tom.page.goto(`/series/${seriesId}/minutes`);
      await settle(tom.page);
      expect(await tom.page.locator('main').innerText()).toMatch(/Disputed: \d+/);
      expect(tom.pageErrors).toEqual([]);
      expect(sofia.pageErrors).toEqual([]);
    } finally {
      await tom.context.close();
      await sofia.context.close();
    }
  });

  it('unanswered minutes: a reminder mail first, then "Deemed accepted (no answer)" after the deadline (clock injected); a late answer is told so', async () => {
    const tom = await openPage(browser, server.url, { bypassCSP: true });
    const sofia = await openPage(browser, server.url, { bypassCSP: true });
    try {
      await signIn(tom.page, DEMO_ACCOUNTS.employee);
      await signIn(sofia.page, DEMO_ACCOUNTS.manager);
      const seriesId = await seriesWith(tom.page, 'Sofia Alvarez');
      const meetingId = await closedMeeting(tom.page, seriesId, '2026-09-10T09:00:00.000Z');
      const agreement = 'Ship the billing export by the end of the quarter';
      const id = await sentMinutes(tom.page, meetingId, content(agreement));
      const view = (await (await tom.page.request.get(`/api/minutes/${id}`)).json()) as MinutesView;
      const deadline = new Date(view.deadlineAt as string);

      // Sofia has the minutes open, waiting for her answer.
      await sofia.page.goto(`/minutes/${id}`);
      await settle(sofia.page);
      expect(await badge(sofia.page).innerText()).toBe('Awaiting confirmation');

      await withSweeper(server, async (sweep, db) => {
        // A minute before the deadline: the reminder, once; not yet the deadline.
        const before = await sweep(new Date(deadline.getTime() - 60_000));
        expect(before.reminded).toBeGreaterThanOrEqual(1);
        await sweep(new Date(deadline.getTime() - 30_000));
        const queued = await db
          .selectFrom('mails')
          .select('id')
          .where('to_address', '=', DEMO_ACCOUNTS.manager)
          .where('subject', 'like', 'Reminder%')
          .where('text_body', 'like', `%${agreement}%`)
          .execute();
        expect(queued).toHaveLength(1);
        expect(((await (await tom.page.request.get(`/api/minutes/${id}`)).json()) as MinutesView).state).toBe('sent');
        // The reminder reaches the SMTP server (the app's deliverer polls its outbox) before the deadline passes.
        const reminder = await waitForMail(server, DEMO_ACCOUNTS.manager, /^Reminder/, agreement, 60_000);
        expect(reminder.text).toMatch(/deemed accepted/);
        const received = (await server.mails()).filter(
          (m) => m.to === DEMO_ACCOUNTS.manager && m.subject.startsWith('Reminder') && m.text.includes(agreement),
        );
        expect(received).toHaveLength(1);
        // After the deadline: deemed accepted.
        const after = await sweep(new Date(deadline.getTime() + 60_000));
        expect(after.deemed).toBeGreaterThanOrEqual(1);
      });

      // Sofia answers late from the page she still has open: told someone (the deadline) came first.
      await sofia.page.getByRole('button', { name: 'Confirm…' }).click();
      await sofia.page.getByRole('dialog').getByRole('button', { name: 'Confirm the minutes' }).click();
      await expect.poll(() => sofia.page.getByRole('alert').first().innerText()).toMatch(/Someone answered first/);
      await expect.poll(() => badge(sofia.page).innerText()).toBe('Deemed accepted (no answer)');
      await sofia.page.getByRole('dialog').waitFor({ state: 'detached' });
      expect(await seriousAxeViolations(sofia.page), 'told someone answered first').toEqual([]);

      // Tom reloads: deemed accepted, never shown as confirmed.
      await tom.page.goto(`/minutes/${id}`);
      await settle(tom.page);
      const shown = badge(tom.page);
      expect(await shown.innerText()).toBe('Deemed accepted (no answer)');
      expect(await shown.getAttribute('data-state')).toBe('deemed_accepted');
      expect(await mainText(tom.page)).toMatch(/Nobody confirmed them/);
      expect(await mainText(tom.page)).not.toMatch(/\bConfirmed\b/);
      // Its look differs from "Confirmed": another colour and a dashed border.
      const look = (state: string) =>
        tom.page.evaluate((s) => {
          const probe = document.querySelector(`.minutes-state-badge[data-state="${s}"]`);
          if (!probe) return null;
          const st = getComputedStyle(probe);
          return `${st.color}|${st.borderStyle}`;
        }, state);
      const deemedLook = await look('deemed_accepted');
      await tom.page.goto(`/series/${seriesId}/minutes`);
      await settle(tom.page);
      const confirmedLook = await look('confirmed');
      expect(deemedLook).not.toBeNull();
      expect(confirmedLook).not.toBeNull();
      expect(deemedLook).not.toBe(confirmedLook);
      expect(deemedLook).toMatch(/dashed/);
    } finally {
      await tom.context.close();
      await sofia.context.close();
    }
  });

  it("the mailed link answers signed out, once; a used, forged or someone else's link says so plainly", async () => {
    const tom = await openPage(browser, server.url);
    const anon = await openPage(browser, server.url);
    try {
      await signIn(tom.page, DEMO_ACCOUNTS.employee);
      const seriesId = await seriesWith(tom.page, 'Sofia Alvarez');
      const meetingId = await closedMeeting(tom.page, seriesId, '2026-09-17T09:00:00.000Z');
      const agreement = 'Pair on the API review every Tuesday';
      await sentMinutes(tom.page, meetingId, content(agreement));
      const mail = await waitForMail(server, DEMO_ACCOUNTS.manager, /sent the minutes/, agreement);
      const token = answerToken(mail.text);
      expect(token).not.toBe('');
      const link = `/minutes/answer?token=${encodeURIComponent(token)}`;

      // Signed in as someone else (the author): refused, with who the link is for.
      await tom.page.goto(link);
      await settle(tom.page);
      expect(await tom.page.getByRole('alert').innerText()).toMatch(/This link is for Sofia Alvarez/);

      // Signed out: the minutes, the deadline, and a confirmation.
      await anon.page.goto(link);
      await settle(anon.page);
      expect(await mainText(anon.page)).toContain(agreement);
      expect(await mainText(anon.page)).toMatch(/Answer by/);
      await anon.page.getByRole('button', { name: 'Confirm…' }).click();
      await anon.page.getByRole('dialog').getByRole('button', { name: 'Confirm the minutes' }).click();
      await expect.poll(() => mainText(anon.page)).toMatch(/You confirmed the minutes/);

      // Used: 410, said plainly.
      await anon.page.goto(link);
      await settle(anon.page);
      expect(await anon.page.getByRole('alert').innerText()).toMatch(/can no longer be used[\s\S]*already been used/);
      // Forged: 404.
      await anon.page.goto(`/minutes/answer?token=${encodeURIComponent(`${token.slice(0, -2)}xx`)}`);
      await settle(anon.page);
      expect(await anon.page.getByRole('alert').innerText()).toMatch(/not valid/);
      expect(anon.pageErrors).toEqual([]);
    } finally {
      await tom.context.close();
      await anon.context.close();
    }
  });
});
