import type { PersonDetail, PersonSummary } from '../../common/api/people';
import type { Db } from '../db/database';
import { currentLines, findPersonById, linesOfPerson, listPeople, reportsOn } from '../db/repositories/people.repository';
import type { PersonRow } from '../db/schema';
import { localDate } from '../domain/dates';
import { notFound } from '../domain/errors';
import type { Actor } from '../policies/actor';
import { canViewDirectory, canViewPerson } from '../policies/people.policy';

// Serialised directories per organisation, keyed by the organisation's people version (bumped in
// the transaction of every change to people or lines, so every process sees a change at once) and
// the date (lines start and end on dates). Bounded: one entry per organisation, at most 500.
const directoryCache = new Map<string, { key: string; json: Buffer }>();

/** The directory as UTF-8 JSON bytes, served from the cache while nothing changed (encoded once). */
export async function directoryJson(db: Db, opts: { actor: Actor; now: Date }): Promise<Buffer> {
  const { actor } = opts;
  if (!canViewDirectory(actor, actor.orgId)) throw notFound('This page');
  const key = `${actor.orgPeopleVersion ?? 'none'}|${localDate(opts.now, actor.timeZone)}`;
  const hit = directoryCache.get(actor.orgId);
  if (hit && hit.key === key && actor.orgPeopleVersion !== undefined) return hit.json;
  const json = Buffer.from(JSON.stringify({ people: await listDirectory(db, opts) }));
  if (directoryCache.size >= 500) directoryCache.delete(directoryCache.keys().next().value as string);
  directoryCache.set(actor.orgId, { key, json });
  return json;
}

/** The organisation's directory with each person's current manager and number of reports. */
export async function listDirectory(db: Db, opts: { actor: Actor; now: Date }): Promise<PersonSummary[]> {
  const { actor } = opts;
  if (!canViewDirectory(actor, actor.orgId)) throw notFound('This page');
  const today = localDate(opts.now, actor.timeZone);
  const [people, lines] = await Promise.all([listPeople(db, actor.orgId), currentLines(db, actor.orgId, today)]);
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const managerOf = new Map<string, string>();
  const reportCount = new Map<string, number>();
  for (const l of lines) {
    managerOf.set(l.person_id, l.manager_id);
    reportCount.set(l.manager_id, (reportCount.get(l.manager_id) ?? 0) + 1);
  }
  return people.map((p) => summary(p, managerOf.get(p.id), nameOf, reportCount.get(p.id) ?? 0));
}

export async function getPerson(db: Db, opts: { actor: Actor; personId: string; now: Date }): Promise<PersonDetail> {
  const person = await findPersonById(db, opts.personId);
  if (!person || !canViewPerson(opts.actor, { orgId: person.org_id })) throw notFound('This person');
  const today = localDate(opts.now, opts.actor.timeZone);
  const [lines, reports] = await Promise.all([linesOfPerson(db, person.id), reportsOn(db, person.id, today)]);
  const managerIds = [...new Set(lines.map((l) => l.manager_id))];
  const managers = await Promise.all(managerIds.map((id) => findPersonById(db, id)));
  const nameOf = new Map(managers.filter((m): m is PersonRow => !!m).map((m) => [m.id, m.name]));
  const current = lines.find((l) => l.valid_from <= today && (l.valid_to === null || today < l.valid_to));
  return {
    ...summary(person, current?.manager_id, nameOf, reports.length),
    reports: reports.map((r) => ({ id: r.id, name: r.name })),
    managerHistory: lines
      .map((l) => ({
        manager: { id: l.manager_id, name: nameOf.get(l.manager_id) ?? '' },
        validFrom: l.valid_from,
        validTo: l.valid_to,
      }))
      .reverse(),
  };
}

function summary(p: PersonRow, managerId: string | undefined, nameOf: Map<string, string>, reportCount: number): PersonSummary {
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    timeZone: p.time_zone,
    status: p.status,
    isHr: p.is_hr === 1,
    isAdmin: p.is_admin === 1,
    manager: managerId ? { id: managerId, name: nameOf.get(managerId) ?? '' } : null,
    reportCount,
  };
}
