import { type WeeklyContentInput, type WeeklyEditorView, emptyWeeklyContent } from '../../common/api/weekly';
import { parseContent, presentUpdate, presentWaiting } from '../commands/support/weekly';
import type { Db } from '../db/database';
import {
  findUpdateOfWeek,
  managerOn,
  namesOf,
  openWaitingOf,
  peopleOfOrg,
  reminderOf,
} from '../db/repositories/weekly.repository';
import { localDate } from '../domain/dates';
import { MAX_PAST_WEEKS, assertWritableWeek, plusWeeks, weekName, weekOf, weekRange } from '../domain/weekly';
import type { Actor } from '../policies/actor';
import { objectivesForWeeklyUpdate } from './objectives-for-weekly-update';

/**
 * The author's editor for a week: their update (draft or sent), and the content to start from —
 * the working copy, plus waiting-on items still open from earlier weeks (closed ones drop out),
 * and, for a new update, the objectives table filled in from their objectives.
 */
export async function getWeeklyEditor(db: Db, opts: { actor: Actor; week?: string; now: Date }): Promise<WeeklyEditorView> {
  const { actor, now } = opts;
  const current = weekOf(now, actor.timeZone);
  const week = opts.week ?? current;
  assertWritableWeek(week, now, actor.timeZone);
  const today = localDate(now, actor.timeZone);
  const [row, manager, open, people, reminder] = await Promise.all([
    findUpdateOfWeek(db, actor.personId, week),
    managerOn(db, actor.personId, today),
    openWaitingOf(db, actor.personId),
    peopleOfOrg(db, actor.orgId),
    reminderOf(db, actor.personId),
  ]);
  const extra = open.map((w) => w.from_person_id).filter((x): x is string => !!x && !people.some((p) => p.id === x));
  const names = new Map([...people, ...(await namesOf(db, extra))].map((p) => [p.id, p.name]));
  const nameOf = (id: string) => names.get(id) ?? 'someone';
  const openIds = new Set(open.map((w) => w.id));
  const asItem = (w: (typeof open)[number]): WeeklyContentInput['waitingOn'][number] => ({
    id: w.id,
    what: w.what,
    fromPersonId: w.from_person_id,
    fromText: w.from_text,
    since: w.since,
    chased: w.chased === 1,
  });

  let content: WeeklyContentInput;
  let autoFilled = false;
  if (row) {
    const saved = parseContent(row.content);
    const kept = saved.waitingOn.filter((w) => w.id === null || openIds.has(w.id));
    const present = new Set(kept.map((w) => w.id));
    content = { ...saved, waitingOn: [...kept, ...open.filter((w) => !present.has(w.id)).map(asItem)] };
  } else {
    const objectives = await objectivesForWeeklyUpdate(db, { personId: actor.personId, now });
    autoFilled = true;
    content = {
      ...emptyWeeklyContent(),
      waitingOn: open.map(asItem),
      objectives: objectives.map((o) => ({ objectiveId: o.id, title: o.title, state: o.state, dueDate: o.dueDate, note: '' })),
    };
  }
  return {
    week,
    weekName: weekName(week),
    weekRange: weekRange(week),
    currentWeek: current,
    earliestWeek: plusWeeks(current, -MAX_PAST_WEEKS),
    manager: manager ? { id: manager.id, name: manager.name } : null,
    update: row ? await presentUpdate(db, row, actor, now) : null,
    content,
    openWaiting: open.map((w) => presentWaiting(w, today, nameOf)),
    people: people.filter((p) => p.id !== actor.personId).slice(0, 2000),
    objectivesAutoFilled: autoFilled,
    reminderAt: reminder,
  };
}
