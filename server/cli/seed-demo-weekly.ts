import { DateTime } from 'luxon';
import type { WeeklyContentInput } from '../../common/api/weekly';
import { acknowledgeWeeklyUpdate } from '../commands/acknowledge-weekly-update';
import { answerWeeklyAsk } from '../commands/answer-weekly-ask';
import { closeWaitingItem } from '../commands/close-waiting-item';
import { commentWeeklyUpdate } from '../commands/comment-weekly-update';
import type { CommandContext } from '../commands/context';
import { markWeeklyUpdateRead } from '../commands/mark-weekly-update-read';
import { sendWeeklyUpdate } from '../commands/send-weekly-update';
import { findPersonByEmail } from '../db/repositories/people.repository';
import type { Actor } from '../policies/actor';
import { getWeeklyEditor } from '../queries/get-weekly-editor';
import { getWeeklyUpdate } from '../queries/get-weekly-update';

// Demo weekly updates: the last three weeks of Sofia's and Marcus's reports, sent through the real
// commands with the clock set to each Friday afternoon — one week missed, a waiting-on item that
// stays open for weeks, an escalation answered and one left unanswered, acknowledgements and a
// comment. The current week is left for the visitor to write.

const DOMAIN = 'harbourpine.example';

interface Week {
  progress: string[];
  waiting?: { what: string; from: string; chased: boolean }[];
  asks?: { text: string; escalation: boolean }[];
  closeWaiting?: boolean;
}

const PLAN: Record<string, (Week | null)[]> = {
  // Oldest first: three weeks ago, two weeks ago, last week. null = not sent.
  'tom.becker': [
    {
      progress: ['Finished the CSV import for the billing data', 'Fixed the two failing reconciliation reports'],
      waiting: [
        { what: 'API keys for the billing sandbox', from: 'Platform team', chased: false },
        { what: 'Sign-off on the data retention wording', from: 'Legal', chased: false },
      ],
      asks: [{ text: 'Could you ask Platform when the sandbox keys will be ready?', escalation: true }],
    },
    {
      progress: ['Migrated the first 40 customers to the new billing engine', 'Paired with Aisha on the test plan'],
      asks: [{ text: 'Can I take Friday 18 December off?', escalation: false }],
      closeWaiting: true,
    },
    {
      progress: ['Migrated another 120 customers', 'Wrote the runbook for the cut-over'],
      asks: [
        {
          text: 'The sandbox keys are still missing after three weeks: are you able to escalate with Platform?',
          escalation: true,
        },
      ],
    },
  ],
  'aisha.khan': [
    { progress: ['Drafted the regression test plan', 'Reviewed the billing migration design'] },
    null,
    {
      progress: ['Automated 60% of the regression suite'],
      waiting: [{ what: 'Test accounts for the payment provider', from: 'Finance', chased: true }],
    },
  ],
  'lucas.moreau': [null, null, { progress: ['Onboarding: set up the development environment', 'First pull request merged'] }],
  'chloe.nguyen': [
    { progress: ['Shipped the new onboarding emails'] },
    { progress: ['A/B test of the onboarding emails started'] },
    {
      progress: ['A/B test results: +8% activation'],
      asks: [{ text: 'Can we present the results at the all-hands?', escalation: false }],
    },
  ],
};

export async function seedDemoWeekly(ctx: CommandContext, opts: { now: Date }): Promise<void> {
  const actorOf = async (local: string): Promise<Actor> => {
    const p = await findPersonByEmail(ctx.db, `${local}@${DOMAIN}`);
    if (!p) throw new Error(`demo person ${local} is missing`);
    return {
      personId: p.id,
      orgId: p.org_id,
      name: p.name,
      email: p.email,
      timeZone: p.time_zone,
      isHr: p.is_hr === 1,
      isAdmin: p.is_admin === 1,
    };
  };
  const sofia = await actorOf('sofia.alvarez');
  const marcus = await actorOf('marcus.bell');
  for (const [local, weeks] of Object.entries(PLAN)) {
    const author = await actorOf(local);
    const manager = local === 'chloe.nguyen' ? marcus : sofia;
    const thisWeek = DateTime.fromJSDate(opts.now, { zone: author.timeZone }).startOf('week');
    for (let i = 0; i < weeks.length; i++) {
      const w = weeks[i];
      if (!w) continue;
      const monday = thisWeek.minus({ weeks: weeks.length - i });
      const at = monday.plus({ days: 4 }).set({ hour: 16 }).toJSDate();
      const week = monday.toISODate() as string;
      const editor = await getWeeklyEditor(ctx.db, { actor: author, week, now: at });
      if (w.closeWaiting && editor.content.waitingOn[1]?.id) {
        await closeWaitingItem(ctx, { actor: author, itemId: editor.content.waitingOn[1].id, now: at });
      }
      const open = w.closeWaiting ? editor.content.waitingOn.slice(0, 1) : editor.content.waitingOn;
      const since = monday.minus({ days: 3 }).toISODate() as string;
      const content: WeeklyContentInput = {
        ...editor.content,
        progress: w.progress,
        waitingOn: [
          ...open.map((x) => ({ ...x, chased: true })),
          ...(w.waiting ?? []).map((x) => ({
            id: null,
            what: x.what,
            fromPersonId: null,
            fromText: x.from,
            since,
            chased: x.chased,
          })),
        ],
        asks: (w.asks ?? []).map((a) => ({ id: null, ...a })),
      };
      const id = await sendWeeklyUpdate(ctx, { actor: author, week, content, now: at });
      // The manager reads the older ones, acknowledges most, answers the first escalation only.
      const later = new Date(at.getTime() + 18 * 3_600_000);
      if (i < weeks.length - 1 || local === 'chloe.nguyen') {
        await markWeeklyUpdateRead(ctx, { actor: manager, updateId: id, now: later });
        await acknowledgeWeeklyUpdate(ctx, { actor: manager, updateId: id, now: later });
      }
      if (local === 'tom.becker' && i === 0) {
        const view = await getWeeklyUpdate(ctx.db, { actor: manager, updateId: id, now: later });
        await answerWeeklyAsk(ctx, {
          actor: manager,
          askId: view.asks[0].id,
          text: 'I asked their lead today; they promised the keys by the end of next week.',
          now: later,
        });
      }
      if (local === 'tom.becker' && i === 1)
        await commentWeeklyUpdate(ctx, { actor: manager, updateId: id, text: 'Good progress. Yes to the 18th.', now: later });
    }
  }
}
