import type { Db } from '../db/database';
import { findPeopleByEmails, listPeople, openLines } from '../db/repositories/people.repository';
import { notFound } from '../domain/errors';
import { type ExistingPerson, type ImportPlan, parsePeopleCsv, planImport } from '../domain/people-import';
import type { Actor } from '../policies/actor';
import { canImportPeople } from '../policies/admin.policy';

/** Loads what the import needs to know about the organisation and plans it (no writes). */
export async function planPeopleImport(db: Db, opts: { actor: Actor; csv: string; now: Date }): Promise<ImportPlan> {
  if (!canImportPeople(opts.actor)) throw notFound('This page');
  const parsed = parsePeopleCsv(opts.csv);
  // Compare with the open-ended lines, so a transfer already scheduled counts as the manager.
  const [people, lines] = await Promise.all([listPeople(db, opts.actor.orgId), openLines(db, opts.actor.orgId)]);
  const emailOf = new Map(people.map((p) => [p.id, p.email]));
  const managerOf = new Map(lines.map((l) => [l.person_id, emailOf.get(l.manager_id) ?? null]));
  const existing = new Map<string, ExistingPerson>();
  for (const p of people) {
    existing.set(p.email, {
      id: p.id,
      email: p.email,
      name: p.name,
      timeZone: p.time_zone,
      isHr: p.is_hr === 1,
      isAdmin: p.is_admin === 1,
      managerEmail: managerOf.get(p.id) ?? null,
      sameOrg: true,
    });
  }
  const unknownEmails = [...new Set(parsed.rows.flatMap((r) => [r.email, r.managerEmail ?? '']))].filter(
    (e) => e && !existing.has(e),
  );
  for (let i = 0; i < unknownEmails.length; i += 500) {
    for (const p of await findPeopleByEmails(db, unknownEmails.slice(i, i + 500))) {
      existing.set(p.email, {
        id: p.id,
        email: p.email,
        name: p.name,
        timeZone: p.time_zone,
        isHr: false,
        isAdmin: false,
        managerEmail: null,
        sameOrg: false,
      });
    }
  }
  return planImport(parsed, existing);
}
