import type { Db } from '../db/database';
import { openOrRecentObjectives } from '../db/repositories/objectives.repository';

export type WeeklyObjectiveState = 'not_started' | 'in_progress' | 'completed' | 'at_risk' | 'dropped';

export interface WeeklyUpdateObjective {
  id: string;
  title: string;
  state: WeeklyObjectiveState;
  dueDate: string | null;
}

/** How far back a completed or dropped objective still counts as "recently changed". */
export const RECENT_DAYS = 14;

/**
 * A person's objectives for their weekly update: every open one (not completed, not dropped) and
 * the closed ones that changed in the last two weeks, with the state in force (a pending proposal
 * is not in force). No authorization here: the caller writes the update of `personId`, its owner.
 */
export async function objectivesForWeeklyUpdate(db: Db, opts: { personId: string; now: Date }): Promise<WeeklyUpdateObjective[]> {
  const since = new Date(opts.now.getTime() - RECENT_DAYS * 86_400_000).toISOString();
  const rows = await openOrRecentObjectives(db, opts.personId, since);
  return rows.map((r) => ({ id: r.id, title: r.title, state: r.state, dueDate: r.due_date }));
}

const STATE_WORDS: Record<WeeklyObjectiveState, string> = {
  not_started: 'not started',
  in_progress: 'in progress',
  completed: 'completed',
  at_risk: 'at risk',
  dropped: 'dropped',
};

/**
 * Talking points for the quarterly objectives review: one per open objective of the person, with
 * its state and due date. The caller has authorised the meeting (the person is its report).
 */
export async function objectivesReviewPoints(db: Db, opts: { personId: string; now: Date }): Promise<string[]> {
  const list = await objectivesForWeeklyUpdate(db, opts);
  return list
    .filter((o) => o.state !== 'completed' && o.state !== 'dropped')
    .map((o) => `Objective: ${o.title} (${STATE_WORDS[o.state]}${o.dueDate ? `, due ${o.dueDate}` : ''})`);
}
