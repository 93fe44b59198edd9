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

export function pendingSmtpMails(db: Q, limit: number, maxAttempts: number) {
  return db
    .selectFrom('mails')
    .selectAll()
    .where('transport', '=', 'smtp')
    .where('sent_at', 'is', null)
    .where('attempts', '<', maxAttempts)
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

export async function markMailSent(db: Q, id: string, at: string) {
  await db.updateTable('mails').set({ sent_at: at, error: null }).where('id', '=', id).execute();
}

export async function markMailFailed(db: Q, id: string, attempts: number, error: string) {
  await db
    .updateTable('mails')
    .set({ attempts, error: error.slice(0, 500) })
    .where('id', '=', id)
    .execute();
}
