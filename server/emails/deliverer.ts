import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/database';
import { claimMail, markMailFailed, markMailSent, pendingSmtpMails } from '../db/repositories/mails.repository';

const MAX_ATTEMPTS = 8;
/** How long a sender may hold a mail before another process may try it (a crashed sender's lease lapses). */
const LEASE_MS = 2 * 60_000;

/** Delivers queued SMTP mail: woken after commits, and on a timer for retries after failures or restarts. */
export class MailDeliverer {
  private readonly transport: Transporter;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    smtpUrl: string,
    private readonly from: string,
    private readonly clock: () => Date,
  ) {
    // A pooled transport keeps SMTP connections open: a burst of mail does not pay a handshake each.
    const url = new URL(smtpUrl);
    if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
    this.transport = nodemailer.createTransport(url.toString());
  }

  start(intervalMs = 30_000): void {
    this.timer = setInterval(() => this.wake(), intervalMs);
    this.timer.unref();
    this.wake();
  }

  wake(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Resolves when everything queued so far has been tried (tests and shutdown). */
  async flush(): Promise<void> {
    this.wake();
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    this.transport.close();
  }

  private async drain(): Promise<void> {
    for (;;) {
      const now = this.clock();
      const batch = await pendingSmtpMails(this.db, 20, MAX_ATTEMPTS, now.toISOString());
      if (batch.length === 0) return;
      let progressed = false;
      for (const mail of batch) {
        // Several app processes may deliver at once: only the one holding the lease sends.
        if (!(await claimMail(this.db, mail.id, now.toISOString(), new Date(now.getTime() + LEASE_MS).toISOString()))) continue;
        try {
          await this.transport.sendMail({
            from: this.from,
            to: mail.to_address,
            subject: mail.subject,
            text: mail.text_body,
            html: mail.html_body ?? undefined,
            messageId: `<${mail.id}@onrecord>`,
          });
          await markMailSent(this.db, mail.id, this.clock().toISOString());
          progressed = true;
        } catch (e) {
          await markMailFailed(this.db, mail.id, (e as Error).message);
        }
      }
      if (!progressed) return; // all failed: leave them for the timer
    }
  }
}
