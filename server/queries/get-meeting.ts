import type { MeetingView } from '../../common/api/meetings';
import type { Db } from '../db/database';
import {
  acknowledgedPrivateNotesAt,
  actionsOfMeeting,
  carriedActions,
  findPrivateNote,
  peopleNames,
  pointsWithOrigin,
  previousClosedAt,
} from '../db/repositories/meetings.repository';
import { localDate } from '../domain/dates';
import type { Actor } from '../policies/actor';
import { canCloseMeeting, canEditPoint, canEditSeries } from '../policies/meetings.policy';
import { loadMeeting, settingsOf } from './meeting-access';
import { actionView } from './meeting-views';

/**
 * The meeting page in one call: agenda (with where carried points came from), shared notes, action
 * items of this meeting and those carried in, and the viewer's own private note — selected by
 * (meeting, viewer) and nothing else. Off-the-record text is only here while the meeting is open.
 */
export async function getMeeting(db: Db, opts: { actor: Actor; meetingId: string; now: Date }): Promise<MeetingView> {
  const { actor, now } = opts;
  const { meeting, series, subject } = await loadMeeting(db, actor, opts.meetingId, now);
  const since = await previousClosedAt(db, series.id, meeting.starts_at);
  const [points, own, carried, note, ack, names, settings] = await Promise.all([
    pointsWithOrigin(db, meeting.id),
    actionsOfMeeting(db, meeting.id),
    carriedActions(db, series.id, meeting.id, meeting.starts_at, since),
    findPrivateNote(db, meeting.id, actor.personId),
    acknowledgedPrivateNotesAt(db, actor.personId),
    peopleNames(db, [...new Set([series.manager_id, series.report_id, ...(meeting.closed_by ? [meeting.closed_by] : [])])]),
    settingsOf(db, series.org_id),
  ]);
  const nameOf = new Map(names.map((p) => [p.id, p.name]));
  const ref = (id: string) => ({ id, name: nameOf.get(id) ?? '' });
  const today = localDate(now, actor.timeZone);
  const open = meeting.status === 'scheduled';
  const edit = open && canEditSeries(actor, subject);
  const closed = meeting.status !== 'scheduled';
  return {
    meeting: {
      id: meeting.id,
      seriesId: series.id,
      occurrenceDate: meeting.occurrence_date,
      startsAt: meeting.starts_at,
      durationMinutes: meeting.duration_minutes,
      status: meeting.status,
      adHoc: meeting.occurrence_date === null,
      closedAt: meeting.closed_at,
      closedBy: meeting.closed_by ? ref(meeting.closed_by) : null,
      notes: { text: meeting.notes, version: meeting.notes_version },
    },
    series: {
      id: series.id,
      manager: ref(series.manager_id),
      report: ref(series.report_id),
      timeZone: series.time_zone,
      active: subject.active,
    },
    talkingPoints: points.map((p) => {
      // Defence in depth: an off-the-record point of a closed meeting never shows text, even if a
      // row was somehow not erased.
      const erased = p.off_record === 1 && (closed || p.text === null);
      const mine = canEditPoint(actor, subject, { authorId: p.author_id });
      return {
        id: p.id,
        author: { id: p.author_id, name: p.author_name },
        text: erased ? null : p.text,
        offRecord: p.off_record === 1,
        erased,
        discussed: p.discussed === 1,
        position: p.position,
        notes: { text: erased ? '' : p.notes, version: p.notes_version },
        carriedFrom:
          p.carried_from && p.origin_meeting_id && p.origin_starts_at
            ? { pointId: p.carried_from, meetingId: p.origin_meeting_id, startsAt: p.origin_starts_at }
            : null,
        can: { edit: edit && mine, markOffRecord: edit && mine, delete: edit && mine },
      };
    }),
    actionItems: own.map((a) => actionView(a, today, false)),
    carriedActions: carried.map((a) => actionView(a, today, true)),
    privateNote: note ? { text: note.text, version: note.version } : null,
    privateNotesAcknowledged: ack !== null,
    neverOffRecord: settings.neverOffRecord,
    can: { edit, close: open && canCloseMeeting(actor, subject), reschedule: edit },
  };
}
