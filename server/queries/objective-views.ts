import type { AGREEMENT, ObjectiveSummary, PeriodCountView, TimelineEventView } from '../../common/api/objectives';
import type { ObjectiveRow } from '../db/objectives.schema';
import type { Objective, ObjectiveFields } from '../domain/objectives/objective';
import { isAgreed } from '../domain/objectives/objective';
import type { PeriodCount, TimelineEvent } from '../domain/objectives/timeline';

// Presenters shared by the objective queries: domain values -> the JSON of common/api/objectives.

export type Agreement = (typeof AGREEMENT)[number];

export function agreementOf(a: { pending: boolean; disputed: boolean; owner: boolean; manager: boolean }): Agreement {
  if (a.pending) return 'proposal_pending';
  if (a.disputed) return 'disputed';
  if (a.owner && a.manager) return 'agreed';
  return a.owner ? 'awaiting_manager' : 'awaiting_owner';
}

export const agreementOfObjective = (o: Objective): Agreement =>
  agreementOf({ pending: o.pending !== null, disputed: o.disputed, owner: o.accepted.owner, manager: o.accepted.manager });

export function summaryOfRow(r: ObjectiveRow): ObjectiveSummary {
  return {
    id: r.id,
    ownerId: r.owner_id,
    title: r.title,
    state: r.state,
    dueDate: r.due_date,
    startDate: r.start_date,
    weight: r.weight === null ? null : Number(r.weight),
    cycle: r.cycle,
    versionNumber: Number(r.version_number),
    latestNumber: Number(r.latest_number),
    pendingVersion: r.pending_number === null ? null : Number(r.pending_number),
    agreement: agreementOf({
      pending: r.pending_number !== null,
      disputed: Number(r.disputed) === 1,
      owner: Number(r.owner_accepted) === 1,
      manager: Number(r.manager_accepted) === 1,
    }),
    noteCount: Number(r.note_count),
    changes: Number(r.latest_number) - 1,
    updatedAt: r.updated_at,
  };
}

/** A summary as a previous manager sees it: the objective as it stood at the end of their time. */
export function summaryOfObjective(
  id: string,
  o: Objective,
  fields: ObjectiveFields,
  extra: { cycle: string | null; latestVisible: number },
): ObjectiveSummary {
  return {
    id,
    ownerId: o.ownerId,
    title: fields.title,
    state: fields.state,
    dueDate: fields.dueDate,
    startDate: fields.startDate,
    weight: fields.weight,
    cycle: extra.cycle,
    versionNumber: o.versionNumber,
    latestNumber: extra.latestVisible,
    pendingVersion: o.pending?.number ?? null,
    agreement: agreementOfObjective(o),
    noteCount: o.noteCount,
    changes: extra.latestVisible - 1,
    updatedAt: o.updatedAt,
  };
}

export { isAgreed };

export function eventView(e: TimelineEvent, names: Map<string, string>): TimelineEventView {
  return {
    objectiveId: e.objectiveId,
    title: e.title,
    at: e.at,
    kind: e.kind,
    version: e.version,
    actor: { id: e.actorId, name: names.get(e.actorId) ?? '', role: e.actorRole },
    moves: e.moves,
    summary: e.summary,
    reason: e.reason,
    comment: e.comment,
  };
}

export const countView = (c: PeriodCount): PeriodCountView => ({ ...c });
