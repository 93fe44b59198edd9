import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSweep } from '../../server/jobs/sweeper';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/db/seed/demo';
import { exportBundle } from '../../server/commands/export-bundle';
import { verifyBundle } from '../../server/domain/record';
import { verifyRecord } from '../../server/queries/verify-record';
import { Agent, type TestApp, testApp } from '../support/app';
import { ENGINES } from '../support/db';
import { startSmtpSink } from '../support/smtp';

const content = (agreement: string) => ({
  agreements: [agreement],
  decisions: ['Tom leads the Q1 migration'],
  actionItems: [],
  objectiveChanges: [],
  feedback: [],
  freeText: 'Good conversation about priorities.',
});
const linkToken = (text: string) => decodeURIComponent((text.match(/\/minutes\/answer\?token=([^\s&]+)/) ?? [])[1] ?? '');

describe.each(ENGINES)('minutes and the record on %s', (engine) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let tom: Agent; // the report (author here)
  let sofia: Agent; // the manager (recipient)
  let seriesId: string;
  const closedMeeting = async (startsAt: string) => {
    const opened = await tom.post(`/api/series/${seriesId}/meetings`, { startsAt });
    expect(opened.statusCode, opened.body).toBe(200);
    const meetingId = opened.json().meetingId as string;
    expect((await tom.post(`/api/meetings/${meetingId}/close`)).statusCode).toBe(200);
    return meetingId;
  };
  const mailsTo = (who: string) => smtp.mails.filter((m) => (m.to && 'text' in m.to ? m.to.text : '') === who);

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await testApp(engine, { smtpUrl: smtp.url, demo: true });
    tom = new Agent(t.app);
    await tom.signIn(DEMO_ACCOUNTS.employee, DEMO_PASSWORD);
    sofia = new Agent(t.app);
    await sofia.signIn(DEMO_ACCOUNTS.manager, DEMO_PASSWORD);
    const series = (await tom.get('/api/series')).json().series as { id: string; other: { name: string } }[];
    seriesId = series.find((s) => s.other.name === 'Sofia Alvarez')?.id as string;
    expect(seriesId).toBeTruthy();
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('draft → sent → correction proposed → declined: disputed, both versions kept, on the record', async () => {
    const meetingId = await closedMeeting('2026-11-19T09:00:00.000Z');
    const draft = (await tom.post(`/api/meetings/${meetingId}/minutes`)).json();
    expect(draft).toMatchObject({ state: 'draft', abilities: { edit: true, send: true } });
    // A draft is private to its author.
    expect((await sofia.get(`/api/minutes/${draft.id}`)).statusCode).toBe(404);
    expect((await sofia.get(`/api/meetings/${meetingId}/minutes`)).json().minutes).toEqual([]);
    // Sending an empty draft is refused.
    const emptied = await tom.put(`/api/minutes/${draft.id}/draft`, {
      content: { ...content(''), agreements: [], decisions: [], freeText: '' },
    });
    expect(emptied.statusCode).toBe(200);
    const empty = await tom.post(`/api/minutes/${draft.id}/send`);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toMatch(/empty/);
    await tom.put(`/api/minutes/${draft.id}/draft`, { content: content('Report due Friday') });
    const sent = await tom.post(`/api/minutes/${draft.id}/send`);
    expect(sent.json()).toMatchObject({
      state: 'sent',
      stateLabel: 'Awaiting confirmation',
      deadlineAt: '2026-11-27T10:00:00.000Z',
    });
    await t.app.mailer?.flush();
    const mail = (await smtp.waitFor(1)).find((m) => m.subject?.includes('sent the minutes'));
    expect(mail?.text).toContain('Report due Friday');
    expect(mail?.text).toMatch(/deemed accepted/);

    const asSofia = (await sofia.get(`/api/minutes/${draft.id}`)).json();
    expect(asSofia.abilities).toMatchObject({ confirm: true, proposeCorrection: true, edit: false });
    const noReason = await sofia.post(`/api/minutes/${draft.id}/corrections`, {
      content: content('Report due Monday'),
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    const proposed = await sofia.post(`/api/minutes/${draft.id}/corrections`, {
      content: content('Report due Monday'),
      reason: 'We agreed Monday',
    });
    expect(proposed.json().state).toBe('correction_proposed');
    // Sofia cannot resolve her own correction; Tom declines.
    expect((await sofia.post(`/api/minutes/${draft.id}/corrections/resolve`, { accept: false })).statusCode).toBe(400);
    const disputed = (await tom.post(`/api/minutes/${draft.id}/corrections/resolve`, { accept: false })).json();
    expect(disputed.state).toBe('disputed');
    expect(disputed.text).toContain('Report due Friday');
    expect(disputed.disputedVersion.text).toContain('Report due Monday');
    // Confirming after the dispute is refused, with a pointer to amendments.
    const late = await sofia.post(`/api/minutes/${draft.id}/confirm`);
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toMatch(/disputed/);
    // The record holds closing, sending, correction and dispute for both people.
    const types = (await t.db.db.selectFrom('record_entries').select('type').orderBy('idx').execute()).map((r) => r.type);
    expect(types).toEqual(
      expect.arrayContaining(['meeting.closed', 'minutes.sent', 'minutes.correction_proposed', 'minutes.disputed']),
    );
    // Receipts go to both when a tree head covers the final state.
    await runSweep(t.app.ctx, t.clock.now);
    await t.app.mailer?.flush();
    await smtp.waitFor(4);
    expect(mailsTo(DEMO_ACCOUNTS.employee).some((m) => m.subject?.startsWith('Receipt'))).toBe(true);
    expect(
      mailsTo(DEMO_ACCOUNTS.manager).some((m) => m.subject?.startsWith('Receipt') && m.text?.includes('"inclusionProof"')),
    ).toBe(true);
  });

  it('unanswered minutes get one reminder, then are deemed accepted after 5 working days (clock injected, survives restarts)', async () => {
    const meetingId = await closedMeeting('2026-11-12T09:00:00.000Z');
    const id = (await tom.post(`/api/meetings/${meetingId}/minutes`)).json().id;
    await tom.put(`/api/minutes/${id}/draft`, { content: content('Ship v2 in December') });
    await tom.post(`/api/minutes/${id}/send`); // Fri 20 Nov 10:00 UTC → deadline Fri 27 Nov, reminder Thu 26 Nov
    const saved = t.clock.now;
    const remindersBefore = mailsTo(DEMO_ACCOUNTS.manager).filter((m) => m.subject?.startsWith('Reminder')).length;
    await runSweep(t.app.ctx, new Date('2026-11-26T09:59:00Z'));
    expect((await sofia.get(`/api/minutes/${id}`)).json().state).toBe('sent');
    const r1 = await runSweep(t.app.ctx, new Date('2026-11-26T10:00:00Z'));
    const r2 = await runSweep(t.app.ctx, new Date('2026-11-26T15:00:00Z'));
    expect(r1.reminded).toBe(1);
    expect(r2.reminded).toBe(0);
    await t.app.mailer?.flush();
    await smtp.waitFor(smtp.mails.length);
    expect(mailsTo(DEMO_ACCOUNTS.manager).filter((m) => m.subject?.startsWith('Reminder')).length).toBe(remindersBefore + 1);
    const r3 = await runSweep(t.app.ctx, new Date('2026-11-27T10:00:00Z'));
    expect(r3.deemed).toBe(1);
    const deemed = (await tom.get(`/api/minutes/${id}`)).json();
    expect(deemed).toMatchObject({ state: 'deemed_accepted', stateLabel: 'Deemed accepted (no answer)' });
    expect(deemed.stateLabel).not.toMatch(/^Confirmed/);
    t.clock.now = saved;
  });

  it('answers through the mailed link: forged, reused, other person and expired links are refused', async () => {
    const meetingId = await closedMeeting('2026-11-05T09:00:00.000Z');
    const id = (await tom.post(`/api/meetings/${meetingId}/minutes`)).json().id;
    await tom.put(`/api/minutes/${id}/draft`, { content: content('Pair on the API review') });
    await tom.post(`/api/minutes/${id}/send`);
    await t.app.mailer?.flush();
    await smtp.waitFor(smtp.mails.length);
    const mail = [...mailsTo(DEMO_ACCOUNTS.manager)].reverse().find((m) => m.text?.includes('Pair on the API review'));
    const token = linkToken(mail?.text ?? '');
    expect(token).not.toBe('');
    const anon = new Agent(t.app);
    expect((await anon.get(`/api/minutes/answer/${encodeURIComponent(`${token.slice(0, -2)}xx`)}`)).statusCode).toBe(404);
    // Signed in as someone else (Tom, the author): refused, and nothing changes.
    const other = await tom.post('/api/minutes/answer', { token, answer: 'confirm' });
    expect(other.statusCode).toBe(400);
    expect(other.json().message).toMatch(/This link is for Sofia Alvarez/);
    const shown = await anon.get(`/api/minutes/answer/${encodeURIComponent(token)}`);
    expect(shown.json()).toMatchObject({ state: 'sent', abilities: { confirm: true } });
    // Two confirmations racing: exactly one wins.
    const [a, b] = await Promise.all([
      anon.post('/api/minutes/answer', { token, answer: 'confirm' }),
      sofia.post(`/api/minutes/${id}/confirm`),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual(engine === 'sqlite' ? [200, 409] : [200, 409]);
    expect((await tom.get(`/api/minutes/${id}`)).json().state).toBe('confirmed');
    expect((await anon.post('/api/minutes/answer', { token, answer: 'confirm' })).statusCode).toBeGreaterThanOrEqual(400);
    // An amendment restarts confirmation with a new link; the old one stays dead.
    const amended = await tom.post(`/api/minutes/${id}/amendments`, {
      content: content('Pair on the API review, twice'),
      reason: 'Forgot the second session',
    });
    expect(amended.json()).toMatchObject({ state: 'sent', revision: 2 });
    const saved = t.clock.now;
    t.clock.now = new Date('2027-01-01T00:00:00Z');
    await t.app.mailer?.flush();
    await smtp.waitFor(smtp.mails.length);
    const newest = [...mailsTo(DEMO_ACCOUNTS.manager)].reverse().find((m) => m.subject?.includes('amended'));
    const expired = await anon.post('/api/minutes/answer', { token: linkToken(newest?.text ?? ''), answer: 'confirm' });
    t.clock.now = saved;
    expect(expired.statusCode).toBe(410);
    expect(expired.json().message).toMatch(/expired/);
  });

  it('objective changes made in a meeting are pre-filled in its minutes', async () => {
    const opened = await tom.post(`/api/series/${seriesId}/meetings`, { startsAt: '2026-10-22T09:00:00.000Z' });
    const meetingId = opened.json().meetingId as string;
    const tomId = (await tom.get('/api/auth/session')).json().person.id;
    const created = await sofia.post(`/api/people/${tomId}/objectives`, {
      title: 'Cut the API p99 to 50 ms',
      measure: 'p99 under 50 ms for a week',
      startDate: '2026-10-22',
      dueDate: '2026-12-18',
      meetingId,
    });
    expect(created.statusCode, created.body).toBe(200);
    await tom.post(`/api/meetings/${meetingId}/close`);
    const draft = (await tom.post(`/api/meetings/${meetingId}/minutes`)).json();
    expect(draft.content.objectiveChanges.join('\n')).toContain('Cut the API p99 to 50 ms');
  });

  it('nobody but the two participants sees minutes', async () => {
    const meetingId = await closedMeeting('2026-10-29T09:00:00.000Z');
    const id = (await tom.post(`/api/meetings/${meetingId}/minutes`)).json().id;
    await tom.put(`/api/minutes/${id}/draft`, { content: content('Visible to two') });
    await tom.post(`/api/minutes/${id}/send`);
    for (const who of [DEMO_ACCOUNTS.skipLevel, DEMO_ACCOUNTS.hr, DEMO_ACCOUNTS.admin]) {
      const a = new Agent(t.app);
      await a.signIn(who, DEMO_PASSWORD);
      expect((await a.get(`/api/minutes/${id}`)).statusCode, who).toBe(404);
      expect((await a.post(`/api/minutes/${id}/confirm`)).statusCode, who).toBe(404);
      expect((await a.get(`/api/meetings/${meetingId}/minutes`)).statusCode, who).toBe(404);
      expect((await a.get(`/api/series/${seriesId}/minutes-timeline`)).statusCode, who).toBe(404);
    }
    expect((await new Agent(t.app).get(`/api/minutes/${id}`)).statusCode).toBe(401);
    const timeline = (await tom.get(`/api/series/${seriesId}/minutes-timeline`)).json().meetings;
    expect(timeline.find((m: { minutesId: string }) => m.minutesId === id)?.stateLabel).toBe('Awaiting confirmation');
  });

  it("a person's bundle verifies offline; the database verifies; a changed byte fails both", async () => {
    const bundle = await exportBundle(t.app.ctx, {
      personId: (await tom.get('/api/auth/session')).json().person.id,
      now: t.clock.now,
    });
    expect(bundle.entries.length).toBeGreaterThan(5);
    expect(verifyBundle(JSON.parse(JSON.stringify(bundle)))).toMatchObject({ ok: true });
    const tampered = JSON.parse(JSON.stringify(bundle));
    tampered.entries[1].entry = tampered.entries[1].entry.replace('Friday', 'Fridai');
    expect(verifyBundle(tampered).ok).toBe(false);
    const download = await tom.get('/api/record/bundle');
    expect(download.headers['content-disposition']).toMatch(/attachment/);
    expect(verifyBundle(download.json()).ok).toBe(true);

    const pub = t.app.ctx.signingKey.publicKeyPem;
    expect((await verifyRecord(t.db.db, { publicKeyPem: pub })).every((r) => r.ok)).toBe(true);
    const row = await t.db.db
      .selectFrom('record_entries')
      .select(['org_id', 'idx', 'entry'])
      .where('type', '=', 'minutes.sent')
      .orderBy('idx')
      .executeTakeFirstOrThrow();
    await t.db.db
      .updateTable('record_entries')
      .set({ entry: row.entry.replace('Friday', 'Monday') })
      .where('org_id', '=', row.org_id)
      .where('idx', '=', row.idx)
      .execute();
    const after = await verifyRecord(t.db.db, { publicKeyPem: pub });
    expect(after.find((r) => r.orgId === row.org_id)).toMatchObject({ ok: false, firstBadIndex: Number(row.idx) });
  });
});
