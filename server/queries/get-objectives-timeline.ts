import type { MeetingObjectiveChange, TimelineResponse } from '../../common/api/objectives';
import { renderTimelineSvg } from '../../common/objectives/timeline-svg';
import { type OwnerAccess, fieldsOf, loadOwnerAccess } from '../commands/support/objectives';
import type { Db } from '../db/database';
import {
  answersWithTitleOfOwner,
  monthlyCounts,
  objectivesRevision,
  peopleNames,
  versionsOfMeeting,
  versionsWithPrevOfOwner,
} from '../db/repositories/objectives.repository';
import { invalid } from '../domain/errors';
import { describeMove, whatMoved } from '../domain/objectives/objective';
import {
  type MonthCount,
  type TimelineEvent,
  type TimelineVersion,
  countsByPeriod,
  monthCountsOf,
  timelineEvents,
} from '../domain/objectives/timeline';
import type { Actor } from '../policies/actor';
import { canSeeMoment } from '../policies/objectives.policy';
import { loadMeeting } from './meeting-access';
import { countView, eventView } from './objective-views';
import { cached } from './objectives-cache';

const DAY = 86_400_000;
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/**
 * How a person's objectives moved between `from` and `to` (dates, `to` inclusive; by default the
 * last twelve months), with counts per quarter over the whole history the reader may see.
 */
export async function getObjectivesTimeline(
  db: Db,
  opts: { actor: Actor; personId: string; from?: string; to?: string; now: Date },
): Promise<TimelineResponse> {
  const o = await loadOwnerAccess(db, { actor: opts.actor, ownerId: opts.personId, now: opts.now });
  const to = opts.to ?? o.today;
  const from = opts.from ?? addDays(to, -365);
  if (from > to) throw invalid('The timeline starts after it ends: choose a "from" date before the "to" date.');
  if (Date.parse(to) - Date.parse(from) > 20 * 366 * DAY) throw invalid('Choose a period of at most 20 years.');
  const a = o.access;
  const partial = a.kind === 'previous_manager';
  const events = await loadEvents(db, o, `${from}T00:00:00.000Z`, `${addDays(to, 1)}T00:00:00.000Z`);
  const authors = new Set<string>([o.owner.id]);
  for (const e of events) authors.add(e.actorId);
  const names = new Map((await peopleNames(db, [...authors])).map((p) => [p.id, p.name]));

  // Counts over the whole history: aggregated by the database, or (for a previous manager) from
  // the events of their own time.
  let months: MonthCount[];
  if (a.kind === 'previous_manager') {
    const first = a.windows.map((w) => w.from).sort()[0];
    const last = a.windows.map((w) => w.to).sort()[a.windows.length - 1];
    months = monthCountsOf(await loadEvents(db, o, `${first}T00:00:00.000Z`, `${last}T00:00:00.000Z`));
  } else {
    months = (await monthlyCounts(db, o.owner.id)) as MonthCount[];
  }
  return {
    person: { id: o.owner.id, name: o.owner.name },
    from,
    to,
    partial,
    events: events.map((e) => eventView(e, names)),
    counts: countsByPeriod(months, 'quarter').map(countView),
  };
}

/**
 * The timeline, serialised. For the owner and their current manager it is the same picture, cached
 * per revision of the owner's objectives and the organisation's people version (names).
 */
export async function getObjectivesTimelineJson(
  db: Db,
  opts: { actor: Actor; personId: string; from?: string; to?: string; now: Date },
): Promise<string> {
  const o = await loadOwnerAccess(db, { actor: opts.actor, ownerId: opts.personId, now: opts.now });
  if (o.access.kind === 'previous_manager') return JSON.stringify(await getObjectivesTimeline(db, opts));
  const rev = await objectivesRevision(db, o.owner.id);
  const key = `timeline:${o.owner.id}:${rev}:${opts.actor.orgPeopleVersion ?? 'x'}:${opts.from ?? ''}:${opts.to ?? o.today}`;
  return cached(db, key, async () => JSON.stringify(await getObjectivesTimeline(db, opts)));
}

/** The timeline as a standalone SVG document (the picture of the page, for exports). */
export async function getObjectivesTimelineSvg(
  db: Db,
  opts: { actor: Actor; personId: string; from?: string; to?: string; now: Date },
): Promise<string> {
  const t = await getObjectivesTimeline(db, opts);
  return renderTimelineSvg({
    title: `Objectives of ${t.person.name}: changes from ${t.from} to ${t.to}${t.partial ? ' (the reader’s time as manager only)' : ''}`,
    from: t.from,
    to: t.to,
    events: t.events.map((e) => ({ ...e, actorName: e.actor.name })),
    counts: t.counts.slice(-8),
    maxRows: 40,
  });
}

/** The events of a person's objectives in [fromIso, toIso) that the reader may see. */
async function loadEvents(db: Db, o: OwnerAccess, fromIso: string, toIso: string): Promise<TimelineEvent[]> {
  const a = o.access;
  const [vRows, aRows] = await Promise.all([
    versionsWithPrevOfOwner(db, o.owner.id, fromIso, toIso),
    answersWithTitleOfOwner(db, o.owner.id, fromIso, toIso),
  ]);
  const versions: TimelineVersion[] = [];
  for (const v of vRows) {
    if (!canSeeMoment(a, v.created_at)) continue;
    versions.push({
      objectiveId: v.objective_id,
      number: Number(v.number),
      seq: Number(v.seq),
      kind: v.kind,
      fields: fieldsOf(v),
      prev: prevFields(v),
      reason: v.reason,
      authorId: v.author_id,
      authorRole: v.author_role,
      at: v.created_at,
    });
  }
  const answers = aRows
    .filter((x) => canSeeMoment(a, x.created_at))
    .map((x) => ({
      objectiveId: x.objective_id,
      title: x.title,
      number: Number(x.number),
      seq: Number(x.seq),
      kind: x.kind,
      comment: x.comment,
      personId: x.person_id,
      role: x.role,
      at: x.created_at,
    }));
  return timelineEvents(versions, answers);
}

type WithPrev = {
  p_title: string | null;
  p_description: string | null;
  p_measure: string | null;
  p_start_date: string | null;
  p_due_date: string | null;
  p_weight: number | null;
  p_state: string | null;
};

const prevFields = (v: WithPrev) =>
  v.p_title === null
    ? null
    : fieldsOf({
        title: v.p_title,
        description: v.p_description ?? '',
        measure: v.p_measure ?? '',
        start_date: v.p_start_date ?? '',
        due_date: v.p_due_date,
        weight: v.p_weight,
        state: v.p_state as TimelineVersion['fields']['state'],
      });

/**
 * Objective changes proposed or made in a meeting (versions written with its id), for the minutes
 * of that meeting. No authorization here: the caller has loaded the meeting for a participant.
 */
export async function objectiveChangesOfMeeting(db: Db, opts: { meetingId: string }): Promise<MeetingObjectiveChange[]> {
  const rows = await versionsOfMeeting(db, opts.meetingId);
  if (rows.length === 0) return [];
  const out: MeetingObjectiveChange[] = [];
  for (const r of rows) {
    const prev = prevFields(r);
    const moves = prev ? whatMoved(prev, fieldsOf(r)).map(describeMove) : [];
    out.push({
      objectiveId: r.objective_id,
      ownerId: r.owner_id,
      title: r.title,
      version: Number(r.number),
      kind: r.kind,
      summary:
        r.kind === 'created'
          ? `New objective proposed: ${r.title}`
          : `${r.kind === 'proposal' ? 'Change proposed' : 'Changed'}: ${r.title}: ${moves.join('; ')}`,
      reason: r.reason,
      authorId: r.author_id,
      at: r.created_at,
    });
  }
  return out;
}

/** The same, for a participant of the meeting (anyone else: "not found"). */
export async function objectiveChangesForMeeting(
  db: Db,
  opts: { actor: Actor; meetingId: string; now: Date },
): Promise<MeetingObjectiveChange[]> {
  await loadMeeting(db, opts.actor, opts.meetingId, opts.now);
  return objectiveChangesOfMeeting(db, { meetingId: opts.meetingId });
}
