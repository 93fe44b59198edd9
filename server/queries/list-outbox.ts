import type { OutboxResponse } from '../../common/api/admin';
import type { Db } from '../db/database';
import { listMails } from '../db/repositories/mails.repository';
import { notFound } from '../domain/errors';
import type { Actor } from '../policies/actor';
import { canReadOutbox } from '../policies/admin.policy';

/**
 * The organisation's mail. Bodies are shown only for mail kept in the in-app outbox (no SMTP):
 * once mail really goes out, its links belong to the recipient alone.
 */
export async function listOutbox(db: Db, opts: { actor: Actor; smtpConfigured: boolean }): Promise<OutboxResponse> {
  if (!canReadOutbox(opts.actor)) throw notFound('This page');
  const mails = await listMails(db, opts.actor.orgId);
  return {
    smtpConfigured: opts.smtpConfigured,
    mails: mails.map((m) => ({
      id: m.id,
      to: m.to_address,
      subject: m.subject,
      text: m.transport === 'outbox' ? m.text_body : null,
      createdAt: m.created_at,
      sentAt: m.sent_at,
      transport: m.transport,
      error: m.error,
    })),
  };
}
