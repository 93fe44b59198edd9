import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WeeklyUpdateView } from '../../common/api/weekly';
import type { CommandContext } from '../../server/commands/context';
import { loadConfig } from '../../server/config/config';
import { loadSecret } from '../../server/config/secret';
import { loadSigningKey } from '../../server/config/signing-key';
import { type DatabaseHandle, openDatabase } from '../../server/db/database';
import { DEMO_ACCOUNTS } from '../../server/db/seed/demo';
import { MailDeliverer } from '../../server/emails/deliverer';
import { runSweep } from '../../server/jobs/sweeper';
import { startSmtpSink } from '../support/smtp';
import { startTestServer, type TestServer } from '../support/server';
import { PHONE, apiGet, horizontalOverflow, launchBrowser, openPage, seriousAxeViolations, settle, signIn } from './browser';

// An employee writes a weekly update with a waiting-on item and an escalation; the manager reads
// it and does not answer; the escalation lands on their next 1:1 agenda; next week's reminder
// reaches a real SMTP server at Friday 15:00 in the employee's zone. The sweeps run from this
// process against the server's own SQLite data directory with an injected clock.

describe('weekly updates in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let handle: DatabaseHandle;
  let ctx: CommandContext;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    browser = await launchBrowser();
    const config = loadConfig({ ONRECORD_DATA_DIR: server.dataDir, PUBLIC_URL: server.url });
    // The server holds the same file; opening sets WAL before the busy timeout, so retry a moment.
    for (let i = 0; ; i++) {
      try {
        handle = openDatabase({ dataDir: server.dataDir });
        await handle.db.selectFrom('people').select('id').limit(1).execute();
        break;
      } catch (e) {
        if (i > 20) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    ctx = {
      db: handle.db,
      engine: 'sqlite',
      secret: loadSecret(config),
      publicUrl: server.url,
      smtpConfigured: true,
      signingKey: loadSigningKey(config),
    };
    sink = await startSmtpSink();
  });

  afterAll(async () => {
    await browser?.close();
    await handle?.close();
    await sink?.close();
    await server?.close();
  });

  it('update → unanswered escalation on the next 1:1 agenda → next week’s reminder by mail at 15:00 local', async () => {
    // ---- Tom writes and sends his update
    const tom = await openPage(browser, server.url, { bypassCSP: true });
    await signIn(tom.page, DEMO_ACCOUNTS.employee);
    await tom.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Weekly update' }).click();
    await tom.page.getByRole('heading', { name: 'Weekly update', level: 1 }).waitFor();
    await settle(tom.page);
    await tom.page.getByLabel('What you got done this week').fill('Finished the CSV importer\nReviewed the audit design');
    await tom.page.getByRole('button', { name: 'Add a waiting-on item' }).click();
    const item = tom.page.getByRole('group', { name: /Waiting-on item/ }).last(); // after any still open from earlier weeks
    await item.getByLabel('What').fill('API keys for the billing sandbox');
    await item.getByLabel('From (team, supplier…)').fill('Platform team');
    await item.getByLabel('I have chased it').check();
    await tom.page.getByRole('button', { name: 'Add an ask' }).click();
    await tom.page.getByLabel('Ask 1').fill('Can you escalate the API keys with Platform?');
    await tom.page.getByLabel('Ask my manager to escalate').check();
    await tom.page.screenshot({ path: '/tmp/weekly-write.png', fullPage: true });
    await tom.page.getByRole('button', { name: /Send to Sofia Alvarez/ }).click();
    await tom.page.waitForURL((u) => u.pathname.startsWith('/weekly/updates/'));
    const updateId = tom.page.url().split('/').pop() as string;
    await tom.page.getByRole('heading', { name: 'My weekly update', level: 1 }).waitFor();
    await expect.poll(() => tom.page.getByText('Not answered yet.').count()).toBe(1);
    expect(JSON.stringify(await seriousAxeViolations(tom.page), null, 1)).toBe('[]');

    // ---- Sofia reads it (from her team week) and does not answer
    const sofia = await openPage(browser, server.url);
    await signIn(sofia.page, DEMO_ACCOUNTS.manager);
    await sofia.page.goto('/weekly/team');
    await settle(sofia.page);
    await sofia.page.screenshot({ path: '/tmp/weekly-team.png', fullPage: true });
    await sofia.page.getByRole('link', { name: 'Sent', exact: true }).click();
    await sofia.page.getByRole('heading', { name: 'Tom Becker’s weekly update', level: 1 }).waitFor();
    await sofia.page.getByText('API keys for the billing sandbox').first().waitFor();
    await expect
      .poll(async () => (await apiGet<WeeklyUpdateView>(tom.page, `/api/weekly/updates/${updateId}`)).readAt)
      .not.toBeNull();
    await sofia.page.screenshot({ path: '/tmp/weekly-detail-manager.png', fullPage: true });

    // ---- next week's reminder: at Tom's Friday 15:00 (Europe/Berlin), once, by real SMTP
    await runSweep(ctx, new Date()); // schedules everyone (the server's own sweeper may have already)
    const deliver = async (at: Date) => {
      const d = new MailDeliverer(handle.db, sink.url, 'OnRecord <onrecord@test.example>', () => at);
      await d.flush();
      await d.stop();
    };
    const tomRow = async () =>
      handle.db
        .selectFrom('people')
        .select(['id', 'next_weekly_reminder_at'])
        .where('email', '=', DEMO_ACCOUNTS.employee)
        .executeTakeFirstOrThrow();
    const sentWeek = (await apiGet<WeeklyUpdateView>(tom.page, `/api/weekly/updates/${updateId}`)).week;
    const reminderMails = () =>
      sink.mails.filter(
        (m) =>
          m.subject?.startsWith('Reminder: your weekly update') && m.to && 'text' in m.to && m.to.text === DEMO_ACCOUNTS.employee,
      );
    let due = new Date((await tomRow()).next_weekly_reminder_at as string);
    for (let guard = 0; guard < 3; guard++) {
      const local = DateTime.fromJSDate(due, { zone: 'Europe/Berlin' });
      expect(local.toFormat('ccc HH:mm')).toBe('Fri 15:00');
      await runSweep(ctx, new Date(due.getTime() - 60_000)); // a minute early: nothing
      await deliver(due);
      expect(reminderMails()).toHaveLength(0);
      await runSweep(ctx, due);
      await runSweep(ctx, new Date(due.getTime() + 60_000)); // and never twice
      await deliver(due);
      if (local.startOf('week').toISODate() !== sentWeek) break; // the week after the sent one
      expect(reminderMails(), 'no reminder for a week already sent').toHaveLength(0);
      due = new Date((await tomRow()).next_weekly_reminder_at as string);
    }
    await sink.waitFor(1);
    const reminders = reminderMails();
    expect(reminders).toHaveLength(1);
    expect(reminders[0].text).toContain(`${server.url}/weekly?week=`);

    // ---- the escalation: still unanswered when the next 1:1 comes near, it goes on its agenda
    let agendaMeetingId: string | null = null;
    for (let t = due.getTime(); t < due.getTime() + 21 * 86_400_000 && !agendaMeetingId; t += 3_600_000) {
      await runSweep(ctx, new Date(t));
      agendaMeetingId = (await apiGet<WeeklyUpdateView>(tom.page, `/api/weekly/updates/${updateId}`)).asks[0].agendaMeetingId;
    }
    expect(agendaMeetingId, 'the escalation was added to a 1:1 agenda').toBeTruthy();
    await sofia.page.goto(`/meetings/${agendaMeetingId}`);
    await settle(sofia.page);
    await sofia.page
      .getByText(/Escalation from my weekly update .*Can you escalate the API keys with Platform\?/)
      .first()
      .waitFor();
    await sofia.page.screenshot({ path: '/tmp/weekly-agenda.png', fullPage: true });
    // The point links to the update by name, not by a raw address, and the link opens it in the app.
    expect(await sofia.page.getByText(`${server.url}/weekly/updates/`).count()).toBe(0);
    const toUpdate = sofia.page.locator(`a[href="/weekly/updates/${updateId}"]`).first();
    expect(await toUpdate.textContent()).toBe('Open the weekly update');
    await toUpdate.click();
    await expect.poll(() => new URL(sofia.page.url()).pathname).toBe(`/weekly/updates/${updateId}`);
    await settle(sofia.page);
    await sofia.page.getByText('Can you escalate the API keys with Platform?').first().waitFor();
    // The update page links to that 1:1.
    await tom.page.reload();
    await tom.page.getByRole('link', { name: 'your next 1:1' }).waitFor();

    // ---- history with the chart, and the phone layout
    await tom.page.goto('/weekly/history');
    await settle(tom.page);
    await tom.page.getByRole('img', { name: /Last 12 weeks: [1-9]\d* sent/ }).waitFor();
    await tom.page.screenshot({ path: '/tmp/weekly-history.png', fullPage: true });
    expect(JSON.stringify(await seriousAxeViolations(tom.page), null, 1)).toBe('[]');
    const phone = await openPage(browser, server.url, { viewport: PHONE });
    await signIn(phone.page, DEMO_ACCOUNTS.employee);
    for (const path of ['/weekly', '/weekly/history', `/weekly/updates/${updateId}`]) {
      await phone.page.goto(path);
      await settle(phone.page);
      expect(await horizontalOverflow(phone.page), `${path} fits a phone`).toBe(0);
    }
    await phone.page.goto('/weekly');
    await settle(phone.page);
    await phone.page.screenshot({ path: '/tmp/weekly-write-phone.png', fullPage: true });
    expect([...tom.pageErrors, ...sofia.pageErrors, ...phone.pageErrors]).toEqual([]);
    await Promise.all([tom.context.close(), sofia.context.close(), phone.context.close()]);
  });
});
