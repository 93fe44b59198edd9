import { answerMinutes } from '../commands/answer-minutes';
import type { CommandContext } from '../commands/context';
import { resolveMinutesCorrection } from '../commands/resolve-minutes-correction';
import { saveMinutesDraft } from '../commands/save-minutes-draft';
import { sendMinutes } from '../commands/send-minutes';
import { signTreeHeadNow } from '../commands/sign-tree-heads';
import { startMinutes } from '../commands/start-minutes';
import { appendRecordEntry } from '../commands/support/record';
import { meetingClosedEntry } from '../commands/support/record-meeting';
import { sweepMinutes } from '../commands/sweep-minutes';
import { closedMeetingsOfOrg } from '../db/repositories/demo.repository';
import { actionsOfMeeting, pointsOfMeeting } from '../db/repositories/meetings.repository';
import { findPersonById } from '../db/repositories/people.repository';
import type { MinutesContent } from '../domain/minutes';
import type { Actor } from '../policies/actor';

// Demo history for the record: every closed demo meeting goes on the record, and its minutes are
// taken through the real commands into every state (draft, sent, confirmed, corrected, disputed,
// deemed accepted), with the clock set to when each step would have happened.

const HOUR = 3600_000;
type Plan = 'confirmed' | 'corrected' | 'disputed' | 'deemed_accepted' | 'sent' | 'draft';
// Row = how long ago the meeting was (oldest first); column = the pair. Recent minutes cannot be
// deemed accepted yet (their deadline has not passed), so those rows hold answered or open ones.
const PLANS: Plan[][] = [
  ['confirmed', 'deemed_accepted', 'corrected', 'disputed'],
  ['corrected', 'disputed', 'deemed_accepted', 'confirmed'],
  ['disputed', 'confirmed', 'confirmed', 'corrected'],
  ['sent', 'draft', 'sent', 'confirmed'],
];

export async function seedDemoRecord(ctx: CommandContext, opts: { orgId: string; now: Date }): Promise<void> {
  const meetings = await closedMeetingsOfOrg(ctx.db, opts.orgId);
  const actors = new Map<string, Actor>();
  const actor = async (id: string): Promise<Actor> => {
    const cached = actors.get(id);
    if (cached) return cached;
    const p = await findPersonById(ctx.db, id);
    if (!p) throw new Error(`demo person ${id} is missing`);
    const a = {
      personId: p.id,
      orgId: p.org_id,
      name: p.name,
      email: p.email,
      timeZone: p.time_zone,
      isHr: p.is_hr === 1,
      isAdmin: p.is_admin === 1,
    };
    actors.set(id, a);
    return a;
  };
  const pairIndex = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const m of meetings) {
    const points = await pointsOfMeeting(ctx.db, m.id);
    const actions = await actionsOfMeeting(ctx.db, m.id);
    await ctx.db.transaction().execute((trx) =>
      appendRecordEntry(
        trx,
        meetingClosedEntry({
          meetingId: m.id,
          seriesId: m.series_id,
          orgId: opts.orgId,
          managerId: m.manager_id,
          reportId: m.report_id,
          closedAt: m.closed_at as string,
          closedBy: m.closed_by as string,
          notes: m.notes,
          talkingPoints: points
            .filter((p) => p.off_record === 0)
            .map((p) => ({ text: p.text ?? '', notes: p.notes, discussed: p.discussed === 1 })),
          offRecordPointCount: points.filter((p) => p.off_record === 1).length,
          actionItems: actions.map((a) => ({ id: a.id, text: a.text, ownerId: a.owner_id, dueOn: a.due_on, state: a.state })),
        }),
      ),
    );

    if (!pairIndex.has(m.series_id)) pairIndex.set(m.series_id, pairIndex.size);
    const k = seen.get(m.series_id) ?? 0;
    seen.set(m.series_id, k + 1);
    const plan = PLANS[Math.min(k, PLANS.length - 1)][(pairIndex.get(m.series_id) ?? 0) % 4];
    const closed = Date.parse(m.closed_at as string);
    const at = (hours: number) => new Date(closed + hours * HOUR);
    if (at(30).getTime() > opts.now.getTime()) continue; // too recent to have minutes yet
    const authorId = k % 2 === 0 ? m.report_id : m.manager_id;
    const author = await actor(authorId);
    const recipient = await actor(authorId === m.report_id ? m.manager_id : m.report_id);
    const minutesId = await startMinutes(ctx, { actor: author, meetingId: m.id, now: at(1) });
    const discussed = points.filter((p) => p.off_record === 0 && p.discussed === 1 && p.text).map((p) => p.text as string);
    const content: MinutesContent = {
      agreements: discussed.slice(0, 2).map((t) => `${t}: agreed next steps recorded in the action items`),
      decisions: ['Keep the weekly 1:1 slot'],
      actionItems: actions
        .filter((a) => a.state !== 'dropped')
        .map((a) => ({ text: a.text, ownerId: a.owner_id, due: a.due_on })),
      objectiveChanges: [],
      feedback: [],
      freeText: m.notes,
    };
    await saveMinutesDraft(ctx, { actor: author, minutesId, content, now: at(1) });
    if (plan === 'draft') continue;
    await sendMinutes(ctx, { actor: author, minutesId, now: at(2) });
    if (plan === 'sent') continue;
    if (plan === 'deemed_accepted') {
      await sweepMinutes(ctx, { now: at(24 * 9) });
      continue;
    }
    if (plan === 'confirmed') {
      await answerMinutes(ctx, { actor: recipient, minutesId, input: { answer: 'confirm' }, now: at(26) });
      continue;
    }
    const corrected = { ...content, decisions: ['Keep the weekly 1:1 slot', 'Move the slot to Thursdays from next month'] };
    await answerMinutes(ctx, {
      actor: recipient,
      minutesId,
      input: { answer: 'correct', content: corrected, reason: 'We also agreed to move the slot to Thursdays.' },
      now: at(26),
    });
    await resolveMinutesCorrection(ctx, { actor: author, minutesId, accept: plan === 'corrected', now: at(28) });
  }
  await signTreeHeadNow(ctx, { orgId: opts.orgId, now: opts.now });
}
