import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObjectiveDetail } from '../../common/api/objectives';
import { DEMO_ACCOUNTS } from '../../server/db/seed/demo';
import { startTestServer, type TestServer } from '../support/server';
import { PHONE, apiGet, horizontalOverflow, launchBrowser, openPage, seriousAxeViolations, settle, signIn } from './browser';

// Issue 5 in the browser: a manager moves an in-progress objective's due date earlier with a
// reason; the employee sees the proposal with both versions and disputes it with a comment; the
// timeline shows the change and the dispute; earlier progress stays under the earlier version.

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A write through the API with the page's session (and its CSRF token). */
async function apiPost<T>(page: Page, route: string, body: unknown): Promise<T> {
  const { token } = (await (await page.request.get('/api/csrf')).json()) as { token: string };
  const r = await page.request.post(route, { data: body, headers: { 'x-csrf-token': token } });
  expect(r.status(), `POST ${route}: ${await r.text()}`).toBe(200);
  return (await r.json()) as T;
}

describe('objectives in the browser', () => {
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

  it('a moved goalpost: proposed by the manager, seen with both versions, disputed; the timeline shows it; earlier work stays credited', async () => {
    const tom = await openPage(browser, server.url, { bypassCSP: true });
    const sofia = await openPage(browser, server.url, { bypassCSP: true });
    try {
      await signIn(tom.page, DEMO_ACCOUNTS.employee);
      await signIn(sofia.page, DEMO_ACCOUNTS.manager);
      const session = await apiGet<{ person: { id: string } }>(tom.page, '/api/auth/session');
      const tomId = session.person.id;
      // Set up: Sofia proposes, Tom accepts, starts and records progress.
      const { id } = await apiPost<{ id: string }>(sofia.page, `/api/people/${tomId}/objectives`, {
        title: 'Launch the partner API',
        description: 'Open the partner API to the first three partners.',
        measure: 'Three partners calling the API in production',
        startDate: day(-40),
        dueDate: day(120),
      });
      await apiPost(tom.page, `/api/objectives/${id}/agree`, {});
      await apiPost(tom.page, `/api/objectives/${id}/changes`, { changes: { state: 'in_progress' } });
      await apiPost(tom.page, `/api/objectives/${id}/notes`, { text: 'Sandbox ready; the first partner is connected.' });

      // The manager moves the due date earlier, with a reason, from the objective's page.
      await sofia.page.goto('/objectives');
      await settle(sofia.page);
      await sofia.page
        .getByLabel('Whose objectives')
        .selectOption({ label: `Tom Becker (${await openCount(sofia.page, tomId)} open)` });
      await sofia.page.getByRole('link', { name: 'Launch the partner API' }).first().click();
      await sofia.page.waitForURL(/\/objectives\/[^/?]+$/);
      await settle(sofia.page);
      await sofia.page.getByRole('button', { name: 'Change this objective' }).click();
      expect(await sofia.page.getByText('This will be a proposal').count()).toBe(1);
      await sofia.page.getByLabel('Due date').fill(day(60));
      await sofia.page.getByLabel('Reason (goes on the record)').fill('The partner contract now starts two months earlier.');
      await sofia.page.getByRole('button', { name: 'Propose the change' }).click();
      await sofia.page.getByRole('heading', { name: 'Proposed change: both versions' }).waitFor();

      // The employee finds it from the list and sees both versions side by side.
      await tom.page.goto('/objectives');
      await settle(tom.page);
      const card = tom.page.getByRole('article', { name: 'Launch the partner API' });
      expect(await card.textContent()).toMatch(/Change proposed, waiting for an answer/i);
      await card.getByRole('link', { name: 'Launch the partner API' }).click();
      await tom.page.getByRole('heading', { name: 'Proposed change: both versions' }).waitFor();
      const inForce = tom.page.getByRole('region', { name: 'Version 2 (in force)' });
      const proposed = tom.page.getByRole('region', { name: 'Version 3 (proposed)' });
      expect(await inForce.textContent()).toContain(day(120));
      expect(await proposed.textContent()).toContain(day(60));
      expect(await proposed.textContent()).toMatch(/Due date \(changed\)/);
      expect(await tom.page.locator('main').textContent()).toMatch(/due date moved earlier/);
      expect(await tom.page.locator('main').textContent()).toContain('The partner contract now starts two months earlier.');
      expect(await seriousAxeViolations(tom.page)).toEqual([]);

      // Disputing without a comment is refused with the server's words; with a comment it is kept.
      await tom.page.getByRole('button', { name: 'Dispute' }).click();
      await expect.poll(() => tom.page.getByRole('alert').first().textContent()).toMatch(/comment/i);
      await tom.page.getByLabel(/^Comment/).fill('Two months of planned work were agreed for the original date.');
      await tom.page.getByRole('button', { name: 'Dispute' }).click();
      await tom.page.getByRole('heading', { name: 'Disputed change: both versions' }).waitFor();
      const main = await tom.page.locator('main').textContent();
      expect(main).toMatch(/Change disputed/i);
      expect(main).toContain('Two months of planned work were agreed for the original date.');

      // Earlier progress stays under version 2.
      const v2 = tom.page.getByRole('article', { name: /^Version 2 / });
      expect(await v2.textContent()).toMatch(/Progress credited under version 2/);
      expect(await v2.textContent()).toContain('Sandbox ready; the first partner is connected.');
      expect(await tom.page.getByRole('article', { name: /^Version 3 / }).textContent()).not.toContain('Sandbox ready');

      // The timeline (picture and table) shows the change and the dispute.
      const figure = tom.page.locator('figure.objective-timeline').first();
      const svgText = await figure.locator('svg').innerHTML();
      // Every marker names its event (labels under markers give way when events crowd together).
      expect(svgText).toMatch(/<title>[^<]*version 3: change proposed: due date moved earlier/);
      expect(svgText).toMatch(/<title>[^<]*version 3: change disputed/);
      await figure.locator('summary').click();
      const table = await figure.getByRole('table').textContent();
      expect(table).toMatch(/change proposed \(version 3\): due date moved earlier/);
      expect(table).toMatch(/disputed \(version 3\)/);
      expect(table).toContain('Two months of planned work');

      // The manager sees the same; the server agrees.
      const d = await apiGet<ObjectiveDetail>(sofia.page, `/api/objectives/${id}`);
      expect(d).toMatchObject({ agreement: 'disputed', dueDate: day(60), versionNumber: 3 });

      // On a phone: nothing overflows; the person's timeline is on the list page.
      await tom.page.setViewportSize(PHONE);
      await settle(tom.page);
      expect(await horizontalOverflow(tom.page)).toBe(0);
      await tom.page.goto('/objectives');
      await settle(tom.page);
      await tom.page.getByRole('heading', { name: 'How the objectives moved' }).waitFor();
      expect(await horizontalOverflow(tom.page)).toBe(0);
      expect(await seriousAxeViolations(tom.page)).toEqual([]);
      expect(tom.pageErrors).toEqual([]);
      expect(sofia.pageErrors).toEqual([]);
    } finally {
      await tom.context.close();
      await sofia.context.close();
    }
  });

  it('objectives are one click away from a 1:1', async () => {
    const sofia = await openPage(browser, server.url);
    try {
      await signIn(sofia.page, DEMO_ACCOUNTS.manager);
      const series = await apiGet<{ series: { id: string; other: { name: string } }[] }>(sofia.page, '/api/series');
      const withTom = series.series.find((s) => s.other.name === 'Tom Becker');
      const { meetingId } = await apiPost<{ meetingId: string }>(sofia.page, `/api/series/${withTom?.id}/meetings`, {
        startsAt: new Date(Date.now() + 3_600_000).toISOString(),
      });
      expect(meetingId).toBeTruthy();
      await sofia.page.goto(`/meetings/${meetingId}`);
      await settle(sofia.page);
      await sofia.page.getByRole('link', { name: 'Objectives of Tom Becker' }).click();
      await sofia.page.getByRole('heading', { name: 'Objectives of Tom Becker' }).waitFor();
      expect(await sofia.page.locator('main').textContent()).toMatch(/From your 1:1/);
      expect(await sofia.page.locator('main').textContent()).toMatch(/Change disputed|Change proposed/i);
    } finally {
      await sofia.context.close();
    }
  });
});

async function openCount(page: Page, personId: string): Promise<number> {
  const o = await apiGet<{ people: { id: string; open: number }[] }>(page, '/api/objectives');
  return o.people.find((p) => p.id === personId)?.open ?? 0;
}
