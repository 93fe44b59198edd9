import type { NoteView, ObjectiveDetail, VersionView } from '../../common/api/objectives';
import {
  type LoadedObjective,
  answerEventOf,
  fieldsOf,
  loadObjective,
  noteEventOf,
  versionEventOf,
} from '../commands/support/objectives';
import type { Db } from '../db/database';
import type { ObjectiveVersionRow } from '../db/objectives.schema';
import { peopleNames } from '../db/repositories/objectives.repository';
import { changeIsProposal, describeMove, isAgreed, replay, whatMoved } from '../domain/objectives/objective';
import { type TimelineVersion, timelineEvents } from '../domain/objectives/timeline';
import type { Actor } from '../policies/actor';
import { canSeeMoment, canWriteObjectives } from '../policies/objectives.policy';
import { agreementOfObjective, eventView } from './objective-views';

/** One objective with every version the reader may see, the proposal waiting, notes by version, and its timeline. */
export async function getObjective(db: Db, opts: { actor: Actor; objectiveId: string; now: Date }): Promise<ObjectiveDetail> {
  const l = await loadObjective(db, opts);
  return presentObjective(db, l);
}

export async function presentObjective(db: Db, l: LoadedObjective): Promise<ObjectiveDetail> {
  const a = l.access;
  const o = l.objective;
  const sees = (at: string) => canSeeMoment(a, at);
  const versions = l.versions.filter((v) => sees(v.created_at));
  const answers = l.answers.filter((x) => sees(x.created_at));
  const notes = l.notes.filter((n) => sees(n.created_at));
  const byNumber = new Map(l.versions.map((v) => [v.number, v]));
  const ids = [
    l.owner.id,
    ...(l.managerId ? [l.managerId] : []),
    ...versions.map((v) => v.author_id),
    ...answers.map((x) => x.person_id),
    ...notes.map((n) => n.author_id),
  ];
  const names = new Map((await peopleNames(db, ids)).map((p) => [p.id, p.name]));
  const person = (id: string) => ({ id, name: names.get(id) ?? '' });
  const prevOf = (v: ObjectiveVersionRow) => byNumber.get(v.number - 1);

  const noteViews = notes.map(
    (n): NoteView => ({
      id: n.id,
      author: person(n.author_id),
      text: n.text,
      notedOn: n.noted_on,
      at: n.created_at,
      versionNumber: Number(n.version_number),
    }),
  );
  const versionView = (v: ObjectiveVersionRow): VersionView => {
    const prev = prevOf(v);
    const answer = answers.find((x) => x.kind !== 'agree' && Number(x.number) === Number(v.number));
    return {
      number: Number(v.number),
      kind: v.kind,
      status: o.pending?.number === v.number ? 'pending' : o.versionNumber === v.number ? 'in_force' : 'superseded',
      title: v.title,
      description: v.description,
      measure: v.measure,
      startDate: v.start_date,
      dueDate: v.due_date,
      weight: v.weight === null ? null : Number(v.weight),
      state: v.state,
      reason: v.reason,
      author: { ...person(v.author_id), role: v.author_role },
      at: v.created_at,
      meetingId: v.meeting_id,
      moves: prev ? whatMoved(fieldsOf(prev), fieldsOf(v)).map(describeMove) : [],
      answer: answer
        ? { kind: answer.kind as 'accept' | 'accept_with_comment' | 'dispute', comment: answer.comment, at: answer.created_at }
        : null,
      notes: noteViews.filter((n) => n.versionNumber === Number(v.number)),
    };
  };
  const views = versions.map(versionView);
  const timelineVersions: TimelineVersion[] = versions.map((v) => {
    const prev = prevOf(v);
    return {
      objectiveId: l.row.id,
      number: Number(v.number),
      seq: Number(v.seq),
      kind: v.kind,
      fields: fieldsOf(v),
      prev: prev ? fieldsOf(prev) : null,
      reason: v.reason,
      authorId: v.author_id,
      authorRole: v.author_role,
      at: v.created_at,
    };
  });
  const events = timelineEvents(
    timelineVersions,
    answers.map((x) => ({
      objectiveId: l.row.id,
      title: o.fields.title,
      number: Number(x.number),
      seq: Number(x.seq),
      kind: x.kind,
      comment: x.comment,
      personId: x.person_id,
      role: x.role,
      at: x.created_at,
    })),
  ).map((e) => eventView(e, names));

  const partial = a.kind === 'previous_manager';
  // A previous manager sees the agreement as it stood at the end of their time, not today's.
  const lastSeen = Math.max(
    ...versions.map((v) => Number(v.seq)),
    ...answers.map((x) => Number(x.seq)),
    ...notes.map((n) => Number(n.seq)),
  );
  const asSeen = partial
    ? replay(l.owner.id, [
        ...l.versions.filter((v) => Number(v.seq) <= lastSeen).map(versionEventOf),
        ...l.answers.filter((x) => Number(x.seq) <= lastSeen).map(answerEventOf),
        ...l.notes.filter((n) => Number(n.seq) <= lastSeen).map(noteEventOf),
      ])
    : o;
  // A previous manager sees the objective as their last visible version shows it.
  const shown = partial ? views[views.length - 1] : (views.find((v) => v.status === 'in_force') ?? views[views.length - 1]);
  const write = canWriteObjectives(a);
  const role = write ? a.role : null;
  const open = o.fields.state !== 'dropped';
  return {
    id: l.row.id,
    ownerId: l.owner.id,
    title: shown.title,
    state: shown.state,
    dueDate: shown.dueDate,
    startDate: shown.startDate,
    weight: shown.weight,
    cycle: l.row.cycle,
    description: shown.description,
    measure: shown.measure,
    versionNumber: partial ? shown.number : o.versionNumber,
    latestNumber: partial ? shown.number : o.latestNumber,
    pendingVersion: partial ? null : (o.pending?.number ?? null),
    agreement: agreementOfObjective(asSeen),
    noteCount: noteViews.length,
    changes: views.length - 1,
    updatedAt: partial ? shown.at : o.updatedAt,
    owner: person(l.owner.id),
    manager: l.managerId ? person(l.managerId) : null,
    viewerRole: a.kind,
    partial,
    seq: partial ? 0 : o.seq,
    versions: views,
    pending: partial ? null : (views.find((v) => v.status === 'pending') ?? null),
    accepted: asSeen.accepted,
    events,
    abilities: {
      change: write && open && !o.pending,
      changeIsProposal: role !== null && changeIsProposal(o, role),
      agree: role !== null && open && !o.pending && !o.accepted[role] && isAgreed(o) === false,
      answer: role === 'owner' && o.pending !== null,
      note: write && open,
    },
  };
}
