import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../server/db/seed/demo';

// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core.

const ROOT = path.resolve(import.meta.dirname, '../..');
const AXE_PATH = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 375, height: 740 } as const;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page, so a test can assert there were none. */
  pageErrors: string[];
}

/**
 * A fresh context (own cookies) and page. `bypassCSP` lets axe-core be injected as a script tag
 * despite the server's Content-Security-Policy (script-src 'self').
 */
export async function openPage(
  browser: Browser,
  baseURL: string,
  opts: { viewport?: { width: number; height: number }; bypassCSP?: boolean } = {},
): Promise<OpenPage> {
  const context = await browser.newContext({
    baseURL,
    viewport: opts.viewport ?? DESKTOP,
    bypassCSP: opts.bypassCSP ?? false,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, pageErrors };
}

/** Sign in through the form, as a person would, and wait for the home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** GET an API route with the page's session cookie. */
export async function apiGet<T>(page: Page, route: string): Promise<T> {
  const response = await page.request.get(route);
  expect(response.status(), `GET ${route}`).toBe(200);
  return (await response.json()) as T;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core on the page and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time, without types in the page
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return (
      result.violations as Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: string[]; failureSummary?: string }>;
      }>
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** How many CSS pixels the page is wider than the viewport (0 when nothing overflows). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Waits until the page has no API requests in flight and its main heading is shown. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('main h1').first().waitFor();
  // Loaders are replaced by content once queries resolve.
  await expect.poll(() => page.locator('main .mantine-Loader-root').count()).toBe(0);
}
