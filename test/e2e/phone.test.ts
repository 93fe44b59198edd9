import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/db/seed/demo';
import { startTestServer, type TestServer } from '../support/server';
import { horizontalOverflow, launchBrowser, openPage, PHONE, settle, signIn } from './browser';

describe('at phone width (375px)', () => {
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

  it('collapses the navigation into a working menu button, and nothing overflows sideways', async () => {
    const { context, page, pageErrors } = await openPage(browser, server.url, { viewport: PHONE });
    try {
      for (const path of ['/sign-in', '/sign-up', '/forgot-password']) {
        await page.goto(path);
        await settle(page);
        expect(await horizontalOverflow(page), path).toBe(0);
      }

      await signIn(page, DEMO_ACCOUNTS.admin);
      const menu = page.getByRole('button', { name: 'Menu' });
      const nav = page.getByRole('navigation', { name: 'Main', includeHidden: true });
      // Closed: the links are hidden, the button says so.
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await nav.isVisible()).toBe(false);

      // Open it, go to People: the menu closes on arrival.
      await menu.click();
      const close = page.getByRole('button', { name: 'Close menu' });
      expect(await close.getAttribute('aria-expanded')).toBe('true');
      expect(await nav.isVisible()).toBe(true);
      await nav.getByRole('link', { name: 'People' }).click();
      await page.waitForURL((url) => url.pathname === '/people');
      await settle(page);
      expect(await nav.isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');

      // The directory is a card list on a phone, not a wide table.
      expect(await page.getByRole('table').count()).toBe(0);
      expect(await page.getByRole('list', { name: 'People' }).getByRole('listitem').count()).toBeGreaterThan(3);

      // Escape closes the menu and gives focus back to the button.
      await page.getByRole('button', { name: 'Menu' }).click();
      expect(await nav.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await nav.isVisible()).toBe(false);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('main-nav');

      for (const path of ['/', '/people', '/admin/import', '/admin/outbox', '/admin/invite']) {
        await page.goto(path);
        await settle(page);
        expect(await horizontalOverflow(page), path).toBe(0);
      }
      await page.goto('/people');
      await settle(page);
      const firstPerson = page.locator('main a[href^="/people/"]').first();
      await firstPerson.click();
      await page.getByRole('heading', { name: 'Manager history' }).waitFor();
      expect(await horizontalOverflow(page), 'person page').toBe(0);

      // Sign out from the menu.
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
