import type { WeeklyUpdateView } from '../../common/api/weekly';
import { loadUpdateFor, presentUpdate } from '../commands/support/weekly';
import type { Db } from '../db/database';
import type { Actor } from '../policies/actor';

/** One update, for its author or the manager it was sent to ("not found" for anybody else). */
export async function getWeeklyUpdate(db: Db, opts: { actor: Actor; updateId: string; now: Date }): Promise<WeeklyUpdateView> {
  const row = await loadUpdateFor(db, opts.actor, opts.updateId);
  return presentUpdate(db, row, opts.actor, opts.now);
}
