import { findMinutes } from '../db/repositories/minutes.repository';
import { findPersonById } from '../db/repositories/people.repository';
import { deletePendingReceipt, orgsWithPendingReceipts, pendingReceipts } from '../db/repositories/record.repository';
import { formatDay } from '../domain/dates';
import { MINUTES_STATE_LABEL, type MinutesState } from '../domain/minutes';
import { findMeeting } from '../db/repositories/meetings.repository';
import { receiptMail } from '../emails/templates';
import { queueMail } from '../emails/outbox';
import type { CommandContext } from './context';
import { loadTree, signTreeHeadNow } from './sign-tree-heads';

/**
 * When minutes reach a final state, both participants get a receipt: the entry, its inclusion
 * proof and a tree head signed now. Evidence held outside OnRecord that the server cannot take back.
 */
export async function deliverReceipts(ctx: CommandContext, opts: { now: Date }): Promise<number> {
  let sent = 0;
  for (const { org_id } of await orgsWithPendingReceipts(ctx.db)) {
    await ctx.db.transaction().execute(async (trx) => {
      const pending = await pendingReceipts(trx, org_id);
      if (pending.length === 0) return;
      const { tree, entries } = await loadTree({ db: trx }, org_id);
      const { sth } = await signTreeHeadNow({ ...ctx, db: trx }, { orgId: org_id, now: opts.now, tree });
      for (const p of pending) {
        const minutes = await findMinutes(trx, p.minutes_id);
        if (!minutes) continue;
        const meeting = await findMeeting(trx, minutes.meeting_id);
        const receipt = JSON.stringify(
          {
            index: p.idx,
            entry: JSON.parse(entries[p.idx].toString('utf8')),
            inclusionProof: tree.inclusionProof(p.idx, tree.size).map((h) => h.toString('hex')),
            treeHead: sth,
            publicKey: ctx.signingKey.publicKeyPem,
          },
          null,
          1,
        );
        for (const personId of [minutes.author_id, minutes.recipient_id]) {
          const person = await findPersonById(trx, personId);
          if (!person) continue;
          const content = receiptMail({
            name: person.name,
            meetingDate: formatDay(meeting?.starts_at ?? minutes.created_at, person.time_zone),
            state: MINUTES_STATE_LABEL[minutes.state as MinutesState],
            url: `${ctx.publicUrl}/minutes/${minutes.id}`,
            receipt,
          });
          await queueMail(trx, { orgId: org_id, to: person.email, content, smtp: ctx.smtpConfigured, now: opts.now });
          sent++;
        }
        await deletePendingReceipt(trx, p.id);
      }
    });
  }
  if (sent) ctx.onMailQueued?.();
  return sent;
}
