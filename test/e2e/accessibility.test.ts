import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryResponse } from '../../common/api/people';
import { DEMO_ACCOUNTS } from '../../server/db/seed/demo';
import { startTestServer, type TestServer } from '../support/server';
import { apiGet, DESKTOP, launchBrowser, openPage, PHONE, seriousAxeViolations, settle, signIn } from './browser';

// axe-core on every page of the shell, at desktop and phone width: no serious or critical violations.

const SIGNED_OUT = [
  { path: '/sign-in', title: 'Sign in' },
  { path: '/sign-up', title: 'Sign up' },
  { path: '/forgot-password', title: 'Forgot password' },
  { path: '/reset-password?token=not-a-real-token', title: 'Reset password' },
  { path: '/invitations/accept?token=not-a-real-token', title: 'Accept invitation' },
];

describe('accessibility', () => {
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

  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`signed-out pages have no serious violations (${label})`, async () => {
      const { context, page } = await openPage(browser, server.url, { viewport, bypassCSP: true });
      try {
        for (const { path, title } of SIGNED_OUT) {
          await page.goto(path);
          await settle(page);
          expect(await page.title(), path).toBe(`${title} · OnRecord`);
          expect(await seriousAxeViolations(page), path).toEqual([]);
        }
      } finally {
        await context.close();
      }
    });

    it(`signed-in pages have no serious violations (${label})`, async () => {
      const { context, page } = await openPage(browser, server.url, { viewport, bypassCSP: true });
      try {
        await signIn(page, DEMO_ACCOUNTS.admin);
        const { people } = await apiGet<DirectoryResponse>(page, '/api/people');
        const manager = people.find((p) => p.email === DEMO_ACCOUNTS.manager);
        expect(manager).toBeDefined();
        const pages = [
          { path: '/', title: 'Home' },
          { path: '/people', title: 'People' },
          { path: `/people/${manager?.id}`, title: manager?.name },
          { path: '/admin/import', title: 'Import people' },
          { path: '/admin/outbox', title: 'Outbox' },
          { path: '/admin/invite', title: 'Invite a person' },
        ];
        for (const { path, title } of pages) {
          await page.goto(path);
          await settle(page);
          await expect.poll(() => page.title(), { message: path }).toBe(`${title} · OnRecord`);
          expect(await seriousAxeViolations(page), path).toEqual([]);
          // Landmarks and a skip link on every page.
          expect(await page.locator('header').count(), path).toBeGreaterThan(0);
          expect(await page.getByRole('main').count(), path).toBe(1);
          expect(await page.getByRole('link', { name: 'Skip to main content' }).count(), path).toBe(1);
        }

        // The import page with its problem table shown.
        await page.goto('/admin/import');
        await settle(page);
        await page
          .getByRole('textbox', { name: 'CSV', exact: true })
          .fill('name,email,time_zone,manager_email,roles,effective_from\nX,not-an-email,Mars/Olympus,,boss,');
        await page.getByRole('button', { name: 'Preview' }).click();
        await page.getByRole('table', { name: 'Problems' }).waitFor();
        expect(await seriousAxeViolations(page), 'import with problems').toEqual([]);

        // The outbox with a mail opened.
        await page.goto('/admin/outbox');
        await settle(page);
        const firstMail = page.locator('.mantine-Accordion-control').first();
        if ((await firstMail.count()) > 0) {
          await firstMail.click();
          expect(await seriousAxeViolations(page), 'outbox with a mail open').toEqual([]);
        }
      } finally {
        await context.close();
      }
    });
  }

  it('shows field errors next to their fields, linked with aria-describedby', async () => {
    const { context, page } = await openPage(browser, server.url);
    try {
      await page.goto('/sign-up');
      await settle(page);
      await page.getByLabel('Email').fill('not-an-email');
      await page.getByRole('button', { name: 'Sign up' }).click();
      const email = page.getByLabel('Email');
      await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
      const texts = await Promise.all(
        describedBy
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => page.locator(`[id="${id}"]`).textContent()),
      );
      expect(texts.join(' ')).toMatch(/email address/i);
    } finally {
      await context.close();
    }
  });

  it('can be used from the keyboard: the skip link moves focus to the page', async () => {
    const { context, page } = await openPage(browser, server.url);
    try {
      await page.goto('/sign-in');
      await settle(page);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email');
    } finally {
      await context.close();
    }
  });
});
