import type { Db } from '../../db/database';
import { findPoint } from '../../db/repositories/meetings.repository';
import { notFound } from '../../domain/errors';
import type { Actor } from '../../policies/actor';
import { loadMeeting } from '../../queries/meeting-access';

/** A talking point and its meeting, for a participant; "not found" for anybody else. */
export async function loadPoint(db: Db, actor: Actor, pointId: string, now: Date) {
  const point = await findPoint(db, pointId);
  if (!point || point.org_id !== actor.orgId) throw notFound('This talking point');
  try {
    return { point, ...(await loadMeeting(db, actor, point.meeting_id, now)) };
  } catch {
    throw notFound('This talking point');
  }
}
