import type { ChangeManagerBody } from '../../common/api/people';
import {
  bumpPeopleVersion,
  closeLine,
  currentLines,
  deleteLine,
  findPersonById,
  insertLines,
  linesOfPerson,
} from '../db/repositories/people.repository';
import { iso } from '../domain/dates';
import { invalid, notFound } from '../domain/errors';
import { newId } from '../domain/ids';
import { findCycle, planManagerChange } from '../domain/reporting';
import type { Actor } from '../policies/actor';
import { canChangeReportingLine } from '../policies/people.policy';
import type { CommandContext } from './context';

/** A transfer to another manager (or to none): the old line ends, history stays. */
export async function changeManager(
  ctx: CommandContext,
  opts: { actor: Actor; personId: string; input: ChangeManagerBody; now: Date },
) {
  const { actor, personId, input, now } = opts;
  await ctx.db.transaction().execute(async (trx) => {
    const person = await findPersonById(trx, personId);
    if (!person || !canChangeReportingLine(actor, { orgId: person.org_id })) throw notFound('This person');
    if (input.managerId) {
      const manager = await findPersonById(trx, input.managerId);
      if (!manager || manager.org_id !== person.org_id) throw invalid('managerId: the manager is not in your organisation.');
      if (manager.status === 'deactivated') throw invalid('managerId: the manager is deactivated.');
      const managerOf = new Map<string, string | null>(
        (await currentLines(trx, person.org_id, input.effectiveFrom)).map((l) => [l.person_id, l.manager_id]),
      );
      managerOf.set(personId, input.managerId);
      if (findCycle(managerOf).length > 0) {
        throw invalid(`managerId: ${manager.name} reports (directly or not) to ${person.name}; that would make a cycle.`);
      }
    }
    const lines = await linesOfPerson(trx, personId);
    const change = planManagerChange(
      personId,
      lines.map((l) => ({
        id: l.id,
        personId: l.person_id,
        managerId: l.manager_id,
        validFrom: l.valid_from,
        validTo: l.valid_to,
      })),
      input.managerId,
      input.effectiveFrom,
    );
    await bumpPeopleVersion(trx, person.org_id);
    if (change.close) await closeLine(trx, change.close.id, change.close.validTo);
    if (change.remove) await deleteLine(trx, change.remove);
    if (change.open) {
      await insertLines(trx, [
        {
          id: newId(),
          org_id: person.org_id,
          person_id: personId,
          manager_id: change.open.managerId,
          valid_from: change.open.validFrom,
          valid_to: null,
          created_at: iso(now),
        },
      ]);
    }
  });
}
