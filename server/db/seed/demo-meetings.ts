import { DateTime } from 'luxon';
import { v7 as newId } from 'uuid';
import type { Db } from '../database';
import type { NewActionItem, NewMeeting, NewTalkingPoint, SeriesRow } from '../meetings.schema';
import { insertActions, insertMeetings, insertPoints, insertSeries } from '../repositories/meetings.repository';

// Demo 1:1s: every demo manager–report pair gets a weekly series with four closed meetings
// (talking points, notes, action items, points carried over) and an upcoming meeting that already
// holds what carried into it. A transferred report keeps the ended series, read-only.

type Q = Db;

interface Pair {
  managerId: string;
  reportId: string;
  managerName: string;
  reportName: string;
  timeZone: string;
  validFrom: string;
  validTo: string | null;
}

/** Weekly dates at `time` local on `weekday`, the `count` last before `before` and the first after it. */
function weeklyStarts(weekday: number, time: string, zone: string, before: Date, count: number) {
  const [hour, minute] = time.split(':').map(Number);
  let d = DateTime.fromJSDate(before, { zone }).startOf('day');
  d = d.minus({ days: (d.weekday - weekday + 7) % 7 }); // the latest such weekday on or before `before`
  const at = (x: DateTime) => x.set({ hour, minute }).toJSDate().toISOString();
  const dates: Array<{ date: string; startsAt: string }> = [];
  if (at(d) >= before.toISOString()) d = d.minus({ weeks: 1 });
  for (let i = count - 1; i >= -1; i--) {
    const x = d.minus({ weeks: i });
    dates.push({ date: x.toISODate() as string, startsAt: at(x) });
  }
  return dates; // `count` past ones, then the next
}

export async function seedDemoMeetings(db: Q, opts: { orgId: string; now: Date; keepOffRecordFact?: boolean }): Promise<void> {
  const now = opts.now;
  const lines = await db
    .selectFrom('reporting_lines as l')
    .innerJoin('people as m', 'm.id', 'l.manager_id')
    .innerJoin('people as r', 'r.id', 'l.person_id')
    .select(['l.manager_id', 'l.person_id', 'l.valid_from', 'l.valid_to', 'm.name as mname', 'r.name as rname', 'm.time_zone'])
    .where('l.org_id', '=', opts.orgId)
    .orderBy('r.name')
    .execute();
  const pairs: Pair[] = lines.map((l) => ({
    managerId: l.manager_id,
    reportId: l.person_id,
    managerName: l.mname,
    reportName: l.rname,
    timeZone: l.time_zone,
    validFrom: l.valid_from,
    validTo: l.valid_to,
  }));
  const at = now.toISOString();
  const series: SeriesRow[] = [];
  const meetings: NewMeeting[] = [];
  const points: NewTalkingPoint[] = [];
  const actions: NewActionItem[] = [];
  pairs.forEach((p, i) => {
    const weekday = (i % 4) + 1;
    const time = ['09:30', '10:00', '14:00', '15:30'][i % 4];
    const ended = p.validTo !== null && p.validTo <= at.slice(0, 10);
    const until = ended ? new Date(`${p.validTo}T00:00:00Z`) : now;
    const slots = weeklyStarts(weekday, time, p.timeZone, until, 4);
    const s: SeriesRow = {
      id: newId(),
      org_id: opts.orgId,
      manager_id: p.managerId,
      report_id: p.reportId,
      cadence: 'weekly',
      weekday,
      local_time: time,
      time_zone: p.timeZone,
      duration_minutes: 30,
      starts_on: [slots[0].date, p.validFrom].sort()[1],
      created_by: p.managerId,
      created_at: at,
      updated_at: at,
    };
    series.push(s);
    const ids = slots.map(() => newId());
    const M = p.managerId;
    const R = p.reportId;
    const first = p.reportName.split(' ')[0];
    const point = (k: number, author: string, text: string | null, o: Partial<NewTalkingPoint> = {}): string => {
      const id = newId();
      points.push({
        id,
        org_id: opts.orgId,
        meeting_id: ids[k],
        author_id: author,
        text,
        off_record: 0,
        discussed: 1,
        position: points.filter((x) => x.meeting_id === ids[k]).length,
        notes: '',
        notes_version: 0,
        carried_from: null,
        created_at: slots[k].startsAt,
        updated_at: slots[k].startsAt,
        ...o,
      });
      return id;
    };
    const action = (
      k: number,
      owner: string,
      text: string,
      dueOn: string,
      state: 'open' | 'done' | 'dropped',
      resolvedK?: number,
    ) =>
      actions.push({
        id: newId(),
        org_id: opts.orgId,
        series_id: s.id,
        meeting_id: ids[k],
        text,
        owner_id: owner,
        due_on: dueOn,
        state,
        resolved_at: resolvedK === undefined ? null : slots[resolvedK].startsAt,
        created_by: M,
        created_at: slots[k].startsAt,
        updated_at: slots[k].startsAt,
      });
    const closedAt = (k: number) => new Date(new Date(slots[k].startsAt).getTime() + 30 * 60_000).toISOString();
    slots.forEach((slot, k) => {
      const upcoming = k === slots.length - 1 && !ended;
      if (k === slots.length - 1 && ended) return;
      meetings.push({
        id: ids[k],
        org_id: opts.orgId,
        series_id: s.id,
        occurrence_date: slot.date,
        starts_at: slot.startsAt,
        duration_minutes: 30,
        status: upcoming ? 'scheduled' : 'closed',
        notes: upcoming
          ? ''
          : [
              `Agreed priorities for the week with ${first}:\n- finish the **reporting module** review\n- pair with the new joiner on Thursday`,
              'Reviewed progress against the objectives; nothing blocked.',
              `${first} is waiting on the platform team for a design review; ${p.managerName.split(' ')[0]} to follow up.`,
              'Went through the draft objectives for next quarter.',
            ][k],
        notes_version: upcoming ? 0 : 1,
        closed_at: upcoming ? null : closedAt(k),
        closed_by: upcoming ? null : k % 2 ? R : M,
        created_at: slot.startsAt,
        updated_at: slot.startsAt,
      });
    });
    // Meeting 0
    point(0, R, 'Progress on my current project', { notes: 'On track; demo next Thursday.', notes_version: 1 });
    point(0, M, 'Expectations for this quarter', {
      notes: 'Ship the reporting module; mentor the new joiner.',
      notes_version: 1,
    });
    const budget = point(0, R, 'Training budget for a conference', { discussed: 0 });
    action(0, R, 'Send the conference proposal with costs', slots[1].date, 'done', 1);
    // Meeting 1: the budget point carried in and discussed
    point(1, R, 'Training budget for a conference', { carried_from: budget, notes: 'Approved in principle.', notes_version: 1 });
    point(1, M, 'Feedback on the release retrospective', {
      notes: 'Clear write-up; next time include the timeline.',
      notes_version: 1,
    });
    action(1, M, 'Ask finance to confirm the training budget', slots[2].date, 'open');
    // Meeting 2: an off-the-record point (erased at close, only the fact kept) and one not reached
    if (opts.keepOffRecordFact !== false) point(2, R, null, { off_record: 1, discussed: 1 });
    point(2, R, 'Workload over the next sprint', { notes: 'Two on-call weeks in a row; swap one.', notes_version: 1 });
    const objectives = point(2, M, 'Objectives for next quarter', { discussed: 0 });
    action(2, M, 'Swap one of the on-call weeks', slots[3].date, 'done', 3);
    // Meeting 3: objectives carried again, not reached again
    point(3, M, 'Objectives for next quarter', { carried_from: objectives, discussed: 0 });
    point(3, R, 'Waiting on design review from the platform team', {
      notes: 'Escalate if no answer by Friday.',
      notes_version: 1,
    });
    const due = DateTime.fromISO(slots[3].date).plus({ days: 10 }).toISODate() as string;
    action(3, R, 'Draft objectives for next quarter', due, 'open');
    if (!ended) {
      // The upcoming meeting: what carried over, and a new point from the report.
      point(4, M, 'Objectives for next quarter', {
        carried_from: objectives,
        discussed: 0,
        created_at: closedAt(3),
        updated_at: closedAt(3),
      });
      point(4, R, 'Feedback on my presentation to the leadership team', { discussed: 0, created_at: at, updated_at: at });
    }
  });
  await insertSeries(db, series);
  await insertMeetings(db, meetings);
  // Origins first, so that carried_from references exist when inserted.
  await insertPoints(
    db,
    points.filter((p) => !p.carried_from),
  );
  await insertPoints(
    db,
    points.filter((p) => p.carried_from),
  );
  await insertActions(db, actions);
}
