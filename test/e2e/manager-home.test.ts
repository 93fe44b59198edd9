import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryResponse } from '../../common/api/people';
import type { SessionResponse } from '../../common/api/auth';
import { DEMO_ACCOUNTS } from '../../server/db/seed/demo';
import { startTestServer, type TestServer } from '../support/server';
import { apiGet, launchBrowser, openPage, signIn } from './browser';

describe('a demo manager', () => {
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

  it('signs in and sees all their reports on the home page', async () => {
    const { context, page, pageErrors } = await openPage(browser, server.url);
    try {
      // Signed out, any page leads to the sign-in form.
      await page.goto('/people');
      await page.waitForURL((url) => url.pathname === '/sign-in');

      await signIn(page, DEMO_ACCOUNTS.manager);
      const session = await apiGet<SessionResponse>(page, '/api/auth/session');
      const { people } = await apiGet<DirectoryResponse>(page, '/api/people');
      const reports = people.filter((p) => p.manager?.id === session.person.id && p.status !== 'deactivated');
      expect(reports.length, 'the demo manager has several reports').toBeGreaterThanOrEqual(2);

      await expect.poll(() => page.title()).toBe('Home · OnRecord');
      const firstName = session.person.name.split(' ')[0];
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(firstName);

      const section = page.getByRole('region', { name: /Your reports/ });
      await section.waitFor();
      expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe(`Your reports (${reports.length})`);
      for (const report of reports) {
        await expect.poll(() => section.getByRole('link', { name: report.name, exact: true }).count()).toBe(1);
      }
      // Their own manager is shown too.
      const me = people.find((p) => p.id === session.person.id);
      if (me?.manager) {
        const managerSection = page.getByRole('region', { name: 'Your manager' });
        await expect.poll(() => managerSection.getByRole('link', { name: me.manager?.name }).count()).toBe(1);
      }

      // A manager is not an admin: no admin links in the navigation.
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link', { name: 'Import' }).count()).toBe(0);

      // Signing out returns to the sign-in page, and the session is gone.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
      expect((await page.request.get('/api/auth/session')).status()).toBe(401);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is told plainly when the password is wrong', async () => {
    const { context, page } = await openPage(browser, server.url);
    try {
      await page.goto('/sign-in');
      await page.getByLabel('Email').fill(DEMO_ACCOUNTS.manager);
      await page.getByLabel('Password', { exact: true }).fill('not-the-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/could not sign in/i);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
    } finally {
      await context.close();
    }
  });
});
