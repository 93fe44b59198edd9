import type { ObjectivesResponse, OverviewResponse } from '../../common/api/objectives';
import {
  type OwnerAccess,
  answerEventOf,
  fieldsOf,
  loadOwnerAccess,
  noteEventOf,
  versionEventOf,
} from '../commands/support/objectives';
import type { Db } from '../db/database';
import {
  historyOfOwner,
  objectivesOfOwner,
  objectivesRevision,
  openCounts,
  reportsEver,
} from '../db/repositories/objectives.repository';
import { localDate } from '../domain/dates';
import { type ObjectiveEvent, replay } from '../domain/objectives/objective';
import type { Actor } from '../policies/actor';
import { canSeeMoment, canWriteObjectives } from '../policies/objectives.policy';
import { summaryOfObjective, summaryOfRow } from './objective-views';
import { cached } from './objectives-cache';

/** A person's objectives, as the person, their manager, or a previous manager (their time only) sees them. */
export async function listObjectives(db: Db, opts: { actor: Actor; personId: string; now: Date }): Promise<ObjectivesResponse> {
  const o = await loadOwnerAccess(db, { actor: opts.actor, ownerId: opts.personId, now: opts.now });
  const partial = o.access.kind === 'previous_manager';
  const objectives = partial ? await partialSummaries(db, o) : (await objectivesOfOwner(db, o.owner.id)).map(summaryOfRow);
  return {
    person: { id: o.owner.id, name: o.owner.name },
    viewerRole: o.access.kind,
    partial,
    abilities: { create: canWriteObjectives(o.access) },
    objectives,
  };
}

/**
 * The same, serialised: the page the objectives list answers most. For the owner and their
 * manager the summaries are cached per revision of the owner's objectives (see objectives-cache).
 */
export async function listObjectivesJson(db: Db, opts: { actor: Actor; personId: string; now: Date }): Promise<string> {
  const o = await loadOwnerAccess(db, { actor: opts.actor, ownerId: opts.personId, now: opts.now });
  if (o.access.kind === 'previous_manager') return JSON.stringify(await listObjectives(db, opts));
  const rev = await objectivesRevision(db, o.owner.id);
  const summaries = await cached(db, `list:${o.owner.id}:${rev}`, async () =>
    JSON.stringify((await objectivesOfOwner(db, o.owner.id)).map(summaryOfRow)),
  );
  const head: Omit<ObjectivesResponse, 'objectives'> = {
    person: { id: o.owner.id, name: o.owner.name },
    viewerRole: o.access.kind,
    partial: false,
    abilities: { create: canWriteObjectives(o.access) },
  };
  return `${JSON.stringify(head).slice(0, -1)},"objectives":${summaries}}`;
}

/**
 * For a previous manager: the objectives with a version written in their time, each as its last
 * version from that time, with the agreement as it stood at the end of it.
 */
async function partialSummaries(db: Db, o: OwnerAccess) {
  const access = o.access;
  const h = await historyOfOwner(db, o.owner.id);
  const byObjective = new Map<string, ObjectiveEvent[]>();
  const add = (id: string, e: ObjectiveEvent) => {
    const list = byObjective.get(id) ?? [];
    list.push(e);
    byObjective.set(id, list);
  };
  for (const v of h.versions) add(v.objective_id, versionEventOf(v));
  for (const a of h.answers) add(a.objective_id, answerEventOf(a));
  for (const n of h.notes) add(n.objective_id, noteEventOf(n));
  const lastVisible = new Map<string, (typeof h.versions)[number]>();
  for (const v of h.versions) if (canSeeMoment(access, v.created_at)) lastVisible.set(v.objective_id, v);
  const out = [];
  for (const [id, v] of lastVisible) {
    const events = (byObjective.get(id) ?? []).sort((a, b) => a.seq - b.seq);
    // Replay up to the end of the reader's time: what they knew when they left.
    const until = events.filter((e) => e.at <= v.created_at || canSeeMoment(access, e.at));
    const prefix: ObjectiveEvent[] = [];
    for (const e of until) {
      if (prefix.length && e.seq !== prefix[prefix.length - 1].seq + 1) break;
      prefix.push(e);
    }
    const state = replay(o.owner.id, prefix);
    out.push(summaryOfObjective(id, state, fieldsOf(v), { cycle: null, latestVisible: v.number }));
  }
  return out.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}

/** Whose objectives the actor can open: their own, their reports', and former reports' (their time). */
export async function objectivesOverview(db: Db, opts: { actor: Actor; now: Date }): Promise<OverviewResponse> {
  const today = localDate(opts.now, opts.actor.timeZone);
  const lines = await reportsEver(db, opts.actor.personId);
  const current = new Map<string, string>();
  const former = new Map<string, string>();
  for (const l of lines) {
    if (l.valid_from <= today && (l.valid_to === null || today < l.valid_to)) current.set(l.id, l.name);
    else if (l.valid_to !== null && l.valid_to <= today) former.set(l.id, l.name);
  }
  for (const id of current.keys()) former.delete(id);
  const ids = [opts.actor.personId, ...current.keys(), ...former.keys()];
  const open = await openCounts(db, [opts.actor.personId, ...current.keys()]);
  return {
    me: { id: opts.actor.personId, name: opts.actor.name },
    people: ids.map((id) => ({
      id,
      name: id === opts.actor.personId ? opts.actor.name : (current.get(id) ?? former.get(id) ?? ''),
      relation: id === opts.actor.personId ? 'self' : current.has(id) ? 'report' : 'former_report',
      open: open.get(id) ?? 0,
    })),
  };
}
