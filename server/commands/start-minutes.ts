import { actionsOfMeeting } from '../db/repositories/meetings.repository';
import { insertMinutes, minutesOfMeeting } from '../db/repositories/minutes.repository';
import { iso } from '../domain/dates';
import { conflict, invalid, notFound } from '../domain/errors';
import { newId } from '../domain/ids';
import { emptyContent, newDraft } from '../domain/minutes';
import type { Actor } from '../policies/actor';
import { canWriteMinutes } from '../policies/minutes.policy';
import { objectiveChangesOfMeeting } from '../queries/get-objectives-timeline';
import type { CommandContext } from './context';
import { minutesColumns, seriesOfMeeting } from './support/minutes';

/**
 * Starts (or reopens) the actor's minutes of a closed meeting, pre-filled with its action items
 * and shared notes. Either participant may write minutes; once one has sent theirs, that is the
 * meeting's minutes and the other answers them.
 */
export async function startMinutes(ctx: CommandContext, opts: { actor: Actor; meetingId: string; now: Date }): Promise<string> {
  const { actor, now } = opts;
  return ctx.db.transaction().execute(async (trx) => {
    const { meeting, series } = await seriesOfMeeting(trx, opts.meetingId);
    if (
      !meeting ||
      !series ||
      !canWriteMinutes(actor, { orgId: series.org_id, managerId: series.manager_id, reportId: series.report_id })
    ) {
      throw notFound('This meeting');
    }
    if (meeting.status !== 'closed') throw invalid('Close the meeting first: minutes are written after it.');
    const existing = await minutesOfMeeting(trx, meeting.id);
    const mine = existing.find((m) => m.author_id === actor.personId);
    if (mine) return mine.id;
    if (existing.some((m) => m.state !== 'draft'))
      throw conflict('The other participant already sent minutes for this meeting: confirm them or propose a correction.');
    const recipientId = actor.personId === series.manager_id ? series.report_id : series.manager_id;
    const actions = await actionsOfMeeting(trx, meeting.id);
    // Objective changes made or proposed in this meeting belong in its minutes.
    const objectiveChanges = (await objectiveChangesOfMeeting(trx, { meetingId: meeting.id })).map(
      (c) => `${c.summary}${c.reason ? ` (reason: ${c.reason})` : ''}`,
    );
    const draft = newDraft(actor.personId, recipientId, {
      ...emptyContent(),
      actionItems: actions
        .filter((a) => a.state !== 'dropped')
        .map((a) => ({ text: a.text, ownerId: a.owner_id, due: a.due_on })),
      objectiveChanges,
      freeText: meeting.notes,
    });
    const id = newId();
    await insertMinutes(trx, {
      id,
      org_id: series.org_id,
      meeting_id: meeting.id,
      author_id: actor.personId,
      recipient_id: recipientId,
      ...minutesColumns(draft),
      version: 1,
      created_at: iso(now),
      updated_at: iso(now),
    });
    return id;
  });
}
