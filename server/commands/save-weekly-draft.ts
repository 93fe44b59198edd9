import type { WeeklyContentInput } from '../../common/api/weekly';
import type { Db } from '../db/database';
import { findUpdateOfWeek, insertUpdateIfAbsent, updateUpdate } from '../db/repositories/weekly.repository';
import type { WeeklyUpdateRow } from '../db/weekly.schema';
import { iso } from '../domain/dates';
import { conflict } from '../domain/errors';
import { newId } from '../domain/ids';
import { assertWritableWeek } from '../domain/weekly';
import type { Actor } from '../policies/actor';
import type { CommandContext } from './context';

/** The author's row for a week, created as an empty draft on first use (idempotent under races). */
export async function updateRowOfWeek(db: Db, actor: Actor, week: string, content: WeeklyContentInput, now: Date) {
  const existing = await findUpdateOfWeek(db, actor.personId, week);
  if (existing) return existing;
  const at = iso(now);
  await insertUpdateIfAbsent(db, {
    id: newId(),
    org_id: actor.orgId,
    author_id: actor.personId,
    manager_id: null,
    week_of: week,
    state: 'draft',
    version: 0,
    content: JSON.stringify(content),
    text: '',
    sent_at: null,
    read_at: null,
    acknowledged_at: null,
    lock: 0,
    created_at: at,
    updated_at: at,
  });
  return (await findUpdateOfWeek(db, actor.personId, week)) as WeeklyUpdateRow;
}

/** Saves the author's draft of a week's update. Nothing is shared until it is sent. */
export async function saveWeeklyDraft(
  ctx: CommandContext,
  opts: { actor: Actor; week: string; content: WeeklyContentInput; now: Date },
): Promise<string> {
  assertWritableWeek(opts.week, opts.now, opts.actor.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateRowOfWeek(trx, opts.actor, opts.week, opts.content, opts.now);
    // A sent update keeps what was sent; changes go out as a new version (send again).
    if (row.state === 'sent')
      throw conflict('This week’s update is already sent. Change it and send it again: that makes a new version.');
    const ok = await updateUpdate(trx, row.id, row.lock, { content: JSON.stringify(opts.content), updated_at: iso(opts.now) });
    if (!ok) throw conflict('This update changed a moment ago (in another tab?). Reload to see the latest.');
    return row.id;
  });
}
