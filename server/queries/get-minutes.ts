import { MINUTES_STATE_LABEL, type MinutesView } from '../../common/api/minutes';
import type { Db } from '../db/database';
import { findSeries } from '../db/repositories/meetings.repository';
import { minutesOfMeeting, seriesMinutesTimeline } from '../db/repositories/minutes.repository';
import { isFinal } from '../domain/minutes';
import { type LoadedMinutes, loadMinutes, seriesOfMeeting, textOf } from '../commands/support/minutes';
import { notFound } from '../domain/errors';
import type { Actor } from '../policies/actor';
import { canWriteMinutes } from '../policies/minutes.policy';

/** Minutes as a participant sees them, with what they may do next (the UI shows exactly that). */
export function presentMinutes(l: LoadedMinutes, viewerId: string): MinutesView {
  const m = l.minutes;
  const author = viewerId === m.authorId;
  const recipient = viewerId === m.recipientId;
  const version = (v: NonNullable<typeof m.correction>) => ({
    content: v.content,
    text: textOf(l, v.content),
    reason: v.reason,
    proposedAt: v.proposedAt,
  });
  return {
    id: l.row.id,
    meetingId: l.row.meeting_id,
    seriesId: l.seriesId,
    state: m.state,
    stateLabel: MINUTES_STATE_LABEL[m.state],
    revision: m.revision,
    author: { id: m.authorId, name: l.names.get(m.authorId) ?? '' },
    recipient: { id: m.recipientId, name: l.names.get(m.recipientId) ?? '' },
    content: m.content,
    text: textOf(l),
    sentAt: m.sentAt,
    deadlineAt: m.deadlineAt,
    finalAt: m.finalAt,
    correction: m.correction ? version(m.correction) : null,
    disputedVersion: m.disputedVersion ? version(m.disputedVersion) : null,
    abilities: {
      edit: author && m.state === 'draft',
      send: author && m.state === 'draft',
      confirm: recipient && m.state === 'sent',
      proposeCorrection: recipient && m.state === 'sent',
      resolveCorrection: author && m.state === 'correction_proposed',
      amend: author && isFinal(m.state),
    },
  };
}

export async function getMinutes(db: Db, opts: { actor: Actor; minutesId: string }): Promise<MinutesView> {
  const l = await loadMinutes(db, { minutesId: opts.minutesId, personId: opts.actor.personId, orgId: opts.actor.orgId });
  return presentMinutes(l, opts.actor.personId);
}

/** The minutes of a meeting that the actor may see: sent ones, and their own draft. */
export async function minutesOfMeetingFor(db: Db, opts: { actor: Actor; meetingId: string }): Promise<MinutesView[]> {
  const { series } = await seriesOfMeeting(db, opts.meetingId);
  if (
    !series ||
    !canWriteMinutes(opts.actor, { orgId: series.org_id, managerId: series.manager_id, reportId: series.report_id })
  ) {
    throw notFound('This meeting');
  }
  const rows = await minutesOfMeeting(db, opts.meetingId);
  const visible = rows.filter((r) => r.state !== 'draft' || r.author_id === opts.actor.personId);
  return Promise.all(visible.map((r) => getMinutes(db, { actor: opts.actor, minutesId: r.id })));
}

/** Every meeting of a series with its minutes' state: the series timeline. */
export async function minutesTimeline(db: Db, opts: { actor: Actor; seriesId: string }) {
  const series = await findSeries(db, opts.seriesId);
  if (
    !series ||
    !canWriteMinutes(opts.actor, { orgId: series.org_id, managerId: series.manager_id, reportId: series.report_id })
  ) {
    throw notFound('This 1:1 series');
  }
  const rows = await seriesMinutesTimeline(db, opts.seriesId, opts.actor.personId);
  return rows.map((r) => ({
    meetingId: r.meetingId,
    startsAt: r.startsAt,
    meetingStatus: r.meetingStatus,
    minutesId: r.minutesId,
    minutesState: r.minutesState as MinutesView['state'] | null,
    stateLabel: r.minutesState ? MINUTES_STATE_LABEL[r.minutesState as MinutesView['state']] : null,
    authorId: r.authorId,
    deadlineAt: r.deadlineAt,
  }));
}
