import type { Db } from '../db/database';
import { insertMail } from '../db/repositories/mails.repository';
import { iso } from '../domain/dates';
import { newId } from '../domain/ids';
import type { MailContent } from './templates';

/**
 * Queues a mail in the same transaction as the change that causes it (transactional outbox):
 * a rolled-back change sends nothing, a committed one is delivered even after a crash.
 * Without SMTP the row stays in the in-app outbox for admins to read.
 */
export async function queueMail(
  db: Db,
  opts: { orgId: string | null; to: string; content: MailContent; smtp: boolean; now: Date },
): Promise<void> {
  await insertMail(db, {
    id: newId(),
    orgId: opts.orgId,
    to: opts.to,
    subject: opts.content.subject,
    text: opts.content.text,
    html: opts.content.html,
    transport: opts.smtp ? 'smtp' : 'outbox',
    createdAt: iso(opts.now),
  });
}
