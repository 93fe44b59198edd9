import type { Transaction } from 'kysely';
import {
  actionsOfMeeting,
  carriedActions,
  deletePoints,
  erasePoints,
  pointsOfMeeting,
  previousClosedAt,
  updateMeeting,
} from '../db/repositories/meetings.repository';
import type { Database } from '../db/schema';
import { iso } from '../domain/dates';
import { notFound } from '../domain/errors';
import { assertAgendaOpen, planClose } from '../domain/meetings/agenda';
import type { Actor } from '../policies/actor';
import { canCloseMeeting } from '../policies/meetings.policy';
import { loadMeeting, settingsOf } from '../queries/meeting-access';
import type { CommandContext } from './context';
import { findingsIgnored } from './support/checker';
import { appendRecordEntry } from './support/record';
import { meetingClosedEntry } from './support/record-meeting';
import { carryPoints, followingMeeting, pointState } from './support/meetings';

/**
 * What a closed meeting leaves for the shared record: the shared notes, the talking points that
 * were on the record, and the action items. Never private notes, never off-the-record text.
 * This is where the minutes start from.
 */
export interface ClosedMeetingSnapshot {
  meetingId: string;
  seriesId: string;
  orgId: string;
  managerId: string;
  reportId: string;
  startsAt: string;
  closedAt: string;
  closedBy: string;
  notes: string;
  talkingPoints: Array<{ id: string; authorId: string; text: string; notes: string; discussed: boolean }>;
  /** Off-the-record points that existed (their text is erased), when the organisation keeps that fact. */
  offRecordPointCount: number;
  actionItems: Array<{ id: string; text: string; ownerId: string; dueOn: string | null; state: string; carried: boolean }>;
  /** The meeting the undiscussed points went to, if any. */
  carriedInto: string | null;
}

/**
 * Extension point for the minutes: runs inside the closing transaction with the snapshot, so that
 * whatever it appends (a minutes draft, a record entry) commits or rolls back with the close.
 */
export type AfterClose = (trx: Transaction<Database>, snapshot: ClosedMeetingSnapshot) => Promise<void>;

/**
 * Either participant closes a meeting: off-the-record text is erased (UPDATE to NULL, not archived;
 * deleted outright if the organisation keeps no trace), the agenda freezes, undiscussed points
 * carry into the next meeting. One transaction.
 */
export async function closeMeeting(
  ctx: CommandContext,
  opts: { actor: Actor; meetingId: string; now: Date; afterClose?: AfterClose },
): Promise<ClosedMeetingSnapshot> {
  const { actor, now } = opts;
  return ctx.db.transaction().execute(async (trx) => {
    const { meeting, series, subject, schedule } = await loadMeeting(trx, actor, opts.meetingId, now);
    if (!canCloseMeeting(actor, subject)) throw notFound('This meeting');
    assertAgendaOpen({ status: meeting.status });
    const settings = await settingsOf(trx, series.org_id);
    const points = (await pointsOfMeeting(trx, meeting.id)).map(pointState);
    const plan = planClose(points, { keepOffRecordFact: settings.keepOffRecordFact });
    const at = iso(now);
    await erasePoints(trx, plan.erase, at);
    await deletePoints(trx, plan.remove);
    await updateMeeting(trx, meeting.id, { status: 'closed', closed_at: at, closed_by: actor.personId, updated_at: at });
    let carriedInto: string | null = null;
    if (plan.carry.length > 0 && subject.active) {
      const next = await followingMeeting(trx, series, schedule, meeting, now);
      if (next) {
        await carryPoints(trx, next, plan.carry, now);
        carriedInto = next.id;
      }
    }
    const since = await previousClosedAt(trx, series.id, meeting.starts_at);
    const [own, carried] = await Promise.all([
      actionsOfMeeting(trx, meeting.id),
      carriedActions(trx, series.id, meeting.id, meeting.starts_at, since),
    ]);
    const snapshot: ClosedMeetingSnapshot = {
      meetingId: meeting.id,
      seriesId: series.id,
      orgId: series.org_id,
      managerId: series.manager_id,
      reportId: series.report_id,
      startsAt: meeting.starts_at,
      closedAt: at,
      closedBy: actor.personId,
      notes: meeting.notes,
      talkingPoints: points
        .filter((p) => !p.offRecord)
        .map((p) => ({ id: p.id, authorId: p.authorId, text: p.text ?? '', notes: p.notes, discussed: p.discussed })),
      offRecordPointCount: plan.erase.length,
      actionItems: [...carried.map((a) => ({ a, carried: true })), ...own.map((a) => ({ a, carried: false }))].map(
        ({ a, carried: c }) => ({
          id: a.id,
          text: a.text,
          ownerId: a.owner_id,
          dueOn: a.due_on,
          state: a.state,
          carried: c,
        }),
      ),
      carriedInto,
    };
    // The shared part of the meeting goes on the record in the same transaction as the close, with the
    // number of checker findings still in the notes the editors checked (the meeting's and each point's).
    const checkerFindingsIgnored = findingsIgnored([snapshot.notes, ...snapshot.talkingPoints.map((p) => p.notes)], settings);
    await appendRecordEntry(trx, meetingClosedEntry({ ...snapshot, checkerFindingsIgnored }));
    if (opts.afterClose) await opts.afterClose(trx, snapshot);
    return snapshot;
  });
}
