import type { NewPerson, ReportingLineRow } from '../db/schema';
import {
  bumpPeopleVersion,
  closeLine,
  deleteLine,
  findOrganisation,
  insertLines,
  insertPeople,
  linesOfPerson,
  updatePerson,
} from '../db/repositories/people.repository';
import { invitationMail } from '../emails/templates';
import { queueMail } from '../emails/outbox';
import { iso, localDate } from '../domain/dates';
import { DomainError, notFound } from '../domain/errors';
import { newId } from '../domain/ids';
import { planManagerChange } from '../domain/reporting';
import type { Actor } from '../policies/actor';
import { planPeopleImport } from '../queries/preview-import';
import type { CommandContext } from './context';
import { issueLink } from './support/links';

export class ImportRejected extends DomainError {
  constructor(readonly errors: { line: number; message: string }[]) {
    super('invalid_import', `The file has ${errors.length} bad row(s); nothing was imported. Fix them and try again.`, 400, {
      errors,
    });
  }
}

/**
 * Imports people and reporting lines all-or-nothing: the plan is re-checked inside the
 * transaction, and any bad row rejects the whole file.
 */
export async function importPeople(ctx: CommandContext, opts: { actor: Actor; csv: string; invite: boolean; now: Date }) {
  const { actor, now } = opts;
  const result = await ctx.db.transaction().execute(async (trx) => {
    const plan = await planPeopleImport(trx, { actor, csv: opts.csv, now });
    if (plan.errors.length > 0) throw new ImportRejected(plan.errors);
    const org = await findOrganisation(trx, actor.orgId);
    if (!org) throw notFound('The organisation');
    const idOf = new Map<string, string>();
    const existingPeople = await trx.selectFrom('people').select(['id', 'email']).where('org_id', '=', actor.orgId).execute();
    for (const p of existingPeople) idOf.set(p.email, p.id);

    const created: NewPerson[] = [];
    for (const row of plan.rows.filter((r) => r.action === 'create')) {
      const id = newId();
      idOf.set(row.email, id);
      created.push({
        id,
        org_id: actor.orgId,
        name: row.name,
        email: row.email,
        time_zone: row.timeZone,
        is_hr: row.roles.includes('hr') ? 1 : 0,
        is_admin: row.roles.includes('admin') ? 1 : 0,
        status: 'invited',
        password_hash: null,
        created_at: iso(now),
        updated_at: iso(now),
      });
    }
    await insertPeople(trx, created);

    const newLines: ReportingLineRow[] = [];
    for (const row of plan.rows) {
      const personId = idOf.get(row.email) as string;
      if (row.action === 'update') {
        await updatePerson(trx, personId, {
          name: row.name,
          time_zone: row.timeZone,
          is_hr: row.roles.includes('hr') ? 1 : 0,
          is_admin: row.roles.includes('admin') ? 1 : 0,
          updated_at: iso(now),
        });
      }
      if (!row.managerChanged) continue;
      const managerId = row.managerEmail ? (idOf.get(row.managerEmail) as string) : null;
      const effectiveFrom = row.effectiveFrom ?? localDate(now, row.timeZone);
      const lines = row.action === 'create' ? [] : await linesOfPerson(trx, personId);
      let change: ReturnType<typeof planManagerChange>;
      try {
        change = planManagerChange(
          personId,
          lines.map((l) => ({
            id: l.id,
            personId: l.person_id,
            managerId: l.manager_id,
            validFrom: l.valid_from,
            validTo: l.valid_to,
          })),
          managerId,
          effectiveFrom,
        );
      } catch (e) {
        throw new ImportRejected([{ line: row.line, message: (e as Error).message }]);
      }
      if (change.close) await closeLine(trx, change.close.id, change.close.validTo);
      if (change.remove) await deleteLine(trx, change.remove);
      if (change.open) {
        newLines.push({
          id: newId(),
          org_id: actor.orgId,
          person_id: personId,
          manager_id: change.open.managerId,
          valid_from: change.open.validFrom,
          valid_to: null,
          created_at: iso(now),
        });
      }
    }
    await insertLines(trx, newLines);
    await bumpPeopleVersion(trx, actor.orgId);

    if (opts.invite) {
      for (const p of created) {
        const link = await issueLink(trx, { ...ctx, kind: 'invitation', orgId: actor.orgId, personId: p.id, now });
        await queueMail(trx, {
          orgId: actor.orgId,
          to: p.email,
          content: invitationMail({
            name: p.name,
            orgName: org.name,
            inviter: actor.name,
            url: link.url,
            expiresAt: link.expiresAt,
          }),
          smtp: ctx.smtpConfigured,
          now,
        });
      }
    }
    const count = (a: string) => plan.rows.filter((r) => r.action === a).length;
    return { created: count('create'), updated: count('update'), unchanged: count('unchanged') };
  });
  if (opts.invite && result.created > 0) ctx.onMailQueued?.();
  return result;
}
