import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { MinutesContentInput } from '../../common/api/minutes';
import { commandContext } from '../../server/cli/boot';
import { loadConfig } from '../../server/config/config';
import { type DatabaseHandle, openDatabase } from '../../server/db/database';
import { runSweep } from '../../server/jobs/sweeper';
import type { TestServer } from '../support/server';

// Helpers of the minutes browser tests: API calls with the page's session, and the sweeper driven
// from the test process with an injected clock, against the server's own SQLite file.

/** A write to the API with the page's session cookie and a CSRF token, as the SPA does. */
export async function apiSend<T>(page: Page, method: 'POST' | 'PUT', route: string, body: unknown = {}): Promise<T> {
  const { token } = (await (await page.request.get('/api/csrf')).json()) as { token: string };
  const response = await page.request.fetch(route, { method, data: body, headers: { 'x-csrf-token': token } });
  expect(response.status(), `${method} ${route}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

/** The id of the signed-in person's 1:1 series with `otherName`. */
export async function seriesWith(page: Page, otherName: string): Promise<string> {
  const response = await page.request.get('/api/series');
  const { series } = (await response.json()) as { series: Array<{ id: string; other: { name: string } }> };
  const found = series.find((s) => s.other.name === otherName);
  expect(found, `a series with ${otherName}`).toBeDefined();
  return found?.id as string;
}

/** An ad-hoc meeting of the series at `startsAt`, opened and closed through the meetings API. */
export async function closedMeeting(page: Page, seriesId: string, startsAt: string): Promise<string> {
  const { meetingId } = await apiSend<{ meetingId: string }>(page, 'POST', `/api/series/${seriesId}/meetings`, { startsAt });
  await apiSend(page, 'POST', `/api/meetings/${meetingId}/close`);
  return meetingId;
}

export const content = (agreement: string, extra: Partial<MinutesContentInput> = {}): MinutesContentInput => ({
  agreements: [agreement],
  decisions: [],
  actionItems: [],
  objectiveChanges: [],
  feedback: [],
  freeText: '',
  ...extra,
});

/** Writes and sends minutes of a closed meeting through the API; returns the minutes' id. */
export async function sentMinutes(page: Page, meetingId: string, body: MinutesContentInput): Promise<string> {
  const { id } = await apiSend<{ id: string }>(page, 'POST', `/api/meetings/${meetingId}/minutes`);
  await apiSend(page, 'PUT', `/api/minutes/${id}/draft`, { content: body });
  await apiSend(page, 'POST', `/api/minutes/${id}/send`);
  return id;
}

/**
 * The server's background work (reminders, deadlines, receipts) run from the test at an injected
 * time, on the same data directory. Queued mail is left to the server's own deliverer (it polls
 * the outbox), which sends it to the real SMTP server: a second deliverer here could race it.
 */
export async function withSweeper<T>(
  server: TestServer,
  use: (sweep: (now: Date) => Promise<Awaited<ReturnType<typeof runSweep>>>, db: DatabaseHandle['db']) => Promise<T>,
): Promise<T> {
  const config = loadConfig({ ONRECORD_DATA_DIR: server.dataDir, SMTP_URL: server.smtpUrl, PUBLIC_URL: server.url });
  const handle = openDatabase({ dataDir: config.dataDir });
  const ctx = commandContext(config, handle);
  try {
    return await use((now) => runSweep(ctx, now), handle.db);
  } finally {
    await handle.close();
  }
}

/** Waits for a mail to `to` whose subject matches (and whose text holds `body`), and returns it. */
export async function waitForMail(server: TestServer, to: string, subject: RegExp, body?: string, timeout = 60_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const found = (await server.mails()).find((m) => m.to === to && subject.test(m.subject) && (!body || m.text.includes(body)));
    if (found) return found;
    if (Date.now() > until) throw new Error(`no mail to ${to} about ${subject} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The token of the answer link in a minutes mail. */
export function answerToken(text: string): string {
  return decodeURIComponent((text.match(/\/minutes\/answer\?token=([^\s&]+)/) ?? [])[1] ?? '');
}
