import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailDeliverer } from '../../server/emails/deliverer';
import { queueMail } from '../../server/emails/outbox';
import { ENGINES, type TestDatabase, freshDatabase } from '../support/db';
import { startSmtpSink } from '../support/smtp';

describe.each(ENGINES)('mail delivery on %s', (engine) => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    db = await freshDatabase(engine);
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    await db.close();
    await smtp.close();
  });

  it('two deliverers (two app processes) send each queued mail exactly once, over real SMTP', async () => {
    const now = new Date('2026-11-20T10:00:00Z');
    for (let i = 0; i < 30; i++) {
      await queueMail(db.db, {
        orgId: null,
        to: `p${i}@x.test`,
        content: { subject: `Mail ${i}`, text: `Body ${i}`, html: `<p>Body ${i}</p>` },
        smtp: true,
        now,
      });
    }
    const a = new MailDeliverer(db.db, smtp.url, 'OnRecord <o@x.test>', () => now);
    const b = new MailDeliverer(db.db, smtp.url, 'OnRecord <o@x.test>', () => now);
    await Promise.all([a.flush(), b.flush()]);
    await a.stop();
    await b.stop();
    const mails = await smtp.waitFor(30);
    await new Promise((r) => setTimeout(r, 200));
    expect(mails.map((m) => m.subject).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `Mail ${i}`).sort());
    const rows = await db.db.selectFrom('mails').select(['sent_at', 'attempts']).execute();
    expect(rows.every((r) => r.sent_at !== null && r.attempts === 1)).toBe(true);
  });
});
