import type { MeetingView } from '../../common/api/meetings';
import type { Db } from '../db/database';
import { linesOfPair, meetingPageActions, meetingPageHead, pointsWithOrigin } from '../db/repositories/meetings.repository';
import { notFound, unauthenticated } from '../domain/errors';
import { todayIn } from '../domain/meetings/cadence';
import { parseOrganisationSettings } from '../domain/organisation';
import type { Actor } from '../policies/actor';
import { type SeriesSubject, canCloseMeeting, canEditPoint, canEditSeries, canViewSeries } from '../policies/meetings.policy';
import { sessionIdOf } from '../commands/support/sessions';
import { resolveActor } from './get-session';
import { actionView } from './meeting-views';

type Shared = {
  key: string;
  points: Awaited<ReturnType<typeof pointsWithOrigin>>;
  actions: Awaited<ReturnType<typeof meetingPageActions>>;
  lines: Awaited<ReturnType<typeof linesOfPair>>;
};

// The shared part of meeting pages (agenda, actions, the pair's reporting lines), per meeting, kept
// while the series' revision (bumped by database triggers on every write to its meetings, points
// and actions), the organisation's people version (names, lines) and the previous close hold. Both
// are read on every request, so a change made by any process shows at once. Nothing per viewer
// is kept here: the private note and its acknowledgement are read fresh each time. Bounded.
const sharedCache = new Map<string, Shared>();
const SHARED_CACHE_MAX = 2000;

async function sharedPart(db: Db, m: NonNullable<Awaited<ReturnType<typeof meetingPageHead>>>): Promise<Shared> {
  const key = `${m.series_revision}|${m.people_version}|${m.previous_closed_at ?? ''}`;
  const hit = sharedCache.get(m.id);
  if (hit?.key === key) {
    // Most recently used last: the oldest entry is the first to go.
    sharedCache.delete(m.id);
    sharedCache.set(m.id, hit);
    return hit;
  }
  const [lines, points, actions] = await Promise.all([
    linesOfPair(db, m.manager_id, m.report_id),
    pointsWithOrigin(db, m.id),
    meetingPageActions(db, m, m.previous_closed_at),
  ]);
  const shared = { key, points, actions, lines };
  sharedCache.delete(m.id);
  if (sharedCache.size >= SHARED_CACHE_MAX) sharedCache.delete(sharedCache.keys().next().value as string);
  sharedCache.set(m.id, shared);
  return shared;
}

/**
 * The meeting page in one call: agenda (with where carried points came from), shared notes, action
 * items of this meeting and those carried in, and the viewer's own private note — selected by
 * (meeting, viewer) and nothing else. Off-the-record text is only here while the meeting is open.
 * One query for the head row, the viewer included (from the session); the agenda, actions and lines come from the cache while the series
 * has not changed (three more queries when it has).
 */
export async function getMeeting(
  db: Db,
  opts: { sessionToken: string | undefined; meetingId: string; now: Date },
): Promise<MeetingView> {
  const { now } = opts;
  const sessionId = opts.sessionToken ? sessionIdOf(opts.sessionToken) : '';
  const m = sessionId ? await meetingPageHead(db, opts.meetingId, sessionId, now.toISOString()) : undefined;
  if (!m) {
    // No row: no such meeting, or no live session — which one decides 404 or 401.
    if (!opts.sessionToken || !(await resolveActor(db, { sessionToken: opts.sessionToken, now }))) throw unauthenticated();
    throw notFound('This meeting');
  }
  const actor: Actor = {
    personId: m.viewer_id,
    orgId: m.viewer_org_id,
    name: m.viewer_name,
    email: m.viewer_email,
    timeZone: m.viewer_time_zone,
    isHr: m.viewer_is_hr === 1,
    isAdmin: m.viewer_is_admin === 1,
  };
  const participant = m.org_id === actor.orgId && (actor.personId === m.manager_id || actor.personId === m.report_id);
  if (!participant) throw notFound('This meeting');
  const { points, actions, lines } = await sharedPart(db, m);
  const seriesToday = todayIn(m.time_zone, now);
  const active = lines.some((l) => l.valid_from <= seriesToday && (l.valid_to === null || l.valid_to > seriesToday));
  const subject: SeriesSubject = { orgId: m.series_org_id, managerId: m.manager_id, reportId: m.report_id, active };
  if (!canViewSeries(actor, subject)) throw notFound('This meeting');
  const settings = parseOrganisationSettings(m.org_settings);
  const nameOf = new Map([
    [m.manager_id, m.manager_name],
    [m.report_id, m.report_name],
  ]);
  const ref = (id: string) => ({ id, name: nameOf.get(id) ?? '' });
  const today = todayIn(actor.timeZone, now);
  const open = m.status === 'scheduled';
  const edit = open && canEditSeries(actor, subject);
  const closed = !open;
  return {
    meeting: {
      id: m.id,
      seriesId: m.series_id,
      occurrenceDate: m.occurrence_date,
      startsAt: m.starts_at,
      durationMinutes: m.duration_minutes,
      status: m.status,
      adHoc: m.occurrence_date === null,
      closedAt: m.closed_at,
      closedBy: m.closed_by ? { id: m.closed_by, name: m.closed_by_name ?? '' } : null,
      notes: { text: m.notes, version: m.notes_version },
    },
    series: {
      id: m.series_id,
      manager: ref(m.manager_id),
      report: ref(m.report_id),
      timeZone: m.time_zone,
      active,
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
    actionItems: actions.filter((a) => a.meeting_id === m.id).map((a) => actionView(a, today, false)),
    carriedActions: actions.filter((a) => a.meeting_id !== m.id).map((a) => actionView(a, today, true)),
    privateNote:
      m.private_text !== null && m.private_version !== null ? { text: m.private_text, version: m.private_version } : null,
    privateNotesAcknowledged: m.acknowledged_at !== null,
    neverOffRecord: settings.neverOffRecord,
    can: { edit, close: open && canCloseMeeting(actor, subject), reschedule: edit },
  };
}
