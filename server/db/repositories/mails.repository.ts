import type { Kysely } from 'kysely';
import type { Database, MailsTable } from '../schema';

type Q = Kysely<Database>;

export async function insertMail(
  db: Q,
  m: {
    id: string;
    orgId: string | null;
    to: string;
    subject: string;
    text: string;
    html: string | null;
    transport: MailsTable['transport'];
    createdAt: string;
  },
) {
  await db
    .insertInto('mails')
    .values({
      id: m.id,
      org_id: m.orgId,
      to_address: m.to,
      subject: m.subject,
      text_body: m.text,
      html_body: m.html,
      transport: m.transport,
      created_at: m.createdAt,
      sent_at: null,
      attempts: 0,
      error: null,
    })
    .execute();
}

export function listMails(db: Q, orgId: string, limit = 200) {
  return db
    .selectFrom('mails')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export function pendingSmtpMails(db: Q, limit: number, maxAttempts: number, now: string) {
  return db
    .selectFrom('mails')
    .selectAll()
    .where('transport', '=', 'smtp')
    .where('sent_at', 'is', null)
    .where('attempts', '<', maxAttempts)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

export async function markMailSent(db: Q, id: string, at: string) {
  await db.updateTable('mails').set({ sent_at: at, error: null }).where('id', '=', id).execute();
}

export async function markMailFailed(db: Q, id: string, error: string) {
  // The attempt was counted when the lease was taken; releasing the lease lets the timer retry.
  await db
    .updateTable('mails')
    .set({ error: error.slice(0, 500), locked_until: null })
    .where('id', '=', id)
    .execute();
}

/** Takes a lease on a mail before sending it; false when another sender holds it or sent it. */
export async function claimMail(db: Q, id: string, now: string, until: string): Promise<boolean> {
  const r = await db
    .updateTable('mails')
    .set((eb) => ({ locked_until: until, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
