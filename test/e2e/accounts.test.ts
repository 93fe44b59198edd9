import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { launchBrowser, openPage, settle, signIn } from './browser';

// Sign-up of a new organisation, an invitation accepted from its email, and a password reset by email.

function linkIn(text: string, route: string): string {
  const match = text.match(new RegExp(`https?://\\S+${route.replace('/', '\\/')}\\?token=[^\\s>"')]+`));
  if (!match) throw new Error(`no ${route} link in mail:\n${text}`);
  return match[0];
}

async function waitForMail(server: TestServer, to: string, subject: RegExp) {
  for (let i = 0; i < 100; i++) {
    const mail = (await server.mails()).find((m) => m.to.includes(to) && subject.test(m.subject));
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}

describe('accounts in the browser', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ demo: false });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs up an organisation, invites a person who accepts, and resets a password', async () => {
    const admin = await openPage(browser, server.url);
    try {
      const page = admin.page;
      await page.goto('/sign-up');
      await settle(page);
      // The time zone defaults to the browser's.
      const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      expect(await page.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe(zone);
      await page.getByLabel('Organisation name').fill('Kestrel Labs');
      await page.getByLabel('Your name').fill('Irene Vasquez');
      await page.getByLabel('Email').fill('irene@kestrel.example');
      await page.getByLabel('Password', { exact: true }).fill('short');
      await page.getByRole('button', { name: 'Sign up' }).click();
      await expect.poll(() => page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      await page.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
      await page.getByRole('button', { name: 'Sign up' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Irene');
      expect(await page.locator('header').textContent()).toContain('Kestrel Labs');

      // Invite a report.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invite' }).click();
      await page.waitForURL((url) => url.pathname === '/admin/invite');
      await page.getByLabel('Name').fill('Jun Park');
      await page.getByLabel('Email').fill('jun@kestrel.example');
      await page.getByRole('combobox', { name: 'Manager' }).click();
      await page.getByRole('option', { name: /Irene Vasquez/ }).click();
      await page.getByRole('button', { name: 'Send invitation' }).click();
      await page.getByRole('status').filter({ hasText: 'Invitation sent' }).waitFor();
    } finally {
      await admin.context.close();
    }

    const invitation = await waitForMail(server, 'jun@kestrel.example', /invit/i);
    const invitee = await openPage(browser, server.url);
    try {
      const page = invitee.page;
      await page.goto(linkIn(invitation.text, '/invitations/accept'));
      await page.getByLabel('New password').waitFor();
      expect(await page.locator('main').textContent()).toContain('Kestrel Labs');
      await page.getByLabel('New password').fill('juns-own-password');
      await page.getByLabel('Confirm password').fill('juns-own-password');
      await page.getByRole('button', { name: 'Accept invitation' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      const managerSection = page.getByRole('region', { name: 'Your manager' });
      await managerSection.getByRole('link', { name: 'Irene Vasquez' }).waitFor();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();

      // Forgot the password: the page says the same whether or not the account exists.
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.getByLabel('Email').fill('jun@kestrel.example');
      await page.getByRole('button', { name: 'Send reset link' }).click();
      await page.getByRole('status').filter({ hasText: 'If an account exists' }).waitFor();
      const reset = await waitForMail(server, 'jun@kestrel.example', /password/i);
      await page.goto(linkIn(reset.text, '/reset-password'));
      await page.getByLabel('New password').fill('juns-newer-password');
      await page.getByLabel('Confirm password').fill('juns-newer-password');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page.getByRole('status').filter({ hasText: 'Password changed' }).waitFor();
      await signIn(page, 'jun@kestrel.example', 'juns-newer-password');
      expect(invitee.pageErrors).toEqual([]);
    } finally {
      await invitee.context.close();
    }
  });
});
