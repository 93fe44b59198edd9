import type { Role } from '../domain/objectives/objective';
import { type Line, lineOn } from '../domain/reporting';
import type { Actor } from './actor';

/** Whose objectives, and who managed them when (the owner's reporting lines, with dates). */
export interface ObjectivesSubject {
  orgId: string;
  ownerId: string;
  lines: readonly Line[];
}

/** A span of dates [from, to) (YYYY-MM-DD, `to` exclusive). */
export interface Window {
  from: string;
  to: string;
}

export type ObjectivesAccess =
  | { kind: 'owner'; role: Role }
  | { kind: 'manager'; role: Role }
  /** A previous manager reads what was written while they managed the owner, nothing after. */
  | { kind: 'previous_manager'; windows: Window[] };

/**
 * Who sees a person's objectives: the person, their current manager, and a previous manager for
 * their own time only. Nobody else (skip-level, HR, admin, another organisation): null, which the
 * caller turns into "not found".
 */
export function objectivesAccess(actor: Actor, s: ObjectivesSubject, today: string): ObjectivesAccess | null {
  if (actor.orgId !== s.orgId) return null;
  if (actor.personId === s.ownerId) return { kind: 'owner', role: 'owner' };
  if (lineOn(s.lines, today)?.managerId === actor.personId) return { kind: 'manager', role: 'manager' };
  const windows = s.lines
    .filter((l) => l.managerId === actor.personId && l.validTo !== null && l.validFrom < l.validTo)
    .map((l) => ({ from: l.validFrom, to: l.validTo as string }));
  return windows.length ? { kind: 'previous_manager', windows } : null;
}

/** Writes (propose, change, agree, answer, note) are for the owner and their current manager only. */
export const canWriteObjectives = (a: ObjectivesAccess | null): a is Extract<ObjectivesAccess, { role: Role }> =>
  a !== null && a.kind !== 'previous_manager';

/** Whether something that happened at `at` (an ISO instant or date) is within the reader's sight. */
export function canSeeMoment(a: ObjectivesAccess, at: string): boolean {
  if (a.kind !== 'previous_manager') return true;
  const d = at.slice(0, 10);
  return a.windows.some((w) => w.from <= d && d < w.to);
}

/** The current manager on `today`, if any: the other side of every objective of the owner. */
export const currentManagerId = (lines: readonly Line[], today: string): string | null => lineOn(lines, today)?.managerId ?? null;

/** Organisation-wide objective settings (review cycles): admins only. */
export const canManageObjectiveSettings = (actor: Actor): boolean => actor.isAdmin;
