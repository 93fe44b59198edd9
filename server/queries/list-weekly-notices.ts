import type { NoticeView } from '../../common/api/weekly';
import type { Db } from '../db/database';
import { noticesOf } from '../db/repositories/weekly.repository';
import type { Actor } from '../policies/actor';

/** The actor's own weekly-update notices (reminders, updates received, acknowledgements), newest first. */
export async function listWeeklyNotices(db: Db, opts: { actor: Actor }): Promise<NoticeView[]> {
  const rows = await noticesOf(db, opts.actor.personId, 30);
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    text: n.text,
    updateId: n.update_id,
    week: n.week_of,
    at: n.created_at,
    readAt: n.read_at,
  }));
}
