import type { Actor } from './actor';

export interface MinutesSubject {
  orgId: string;
  managerId: string;
  reportId: string;
}

/** The two participants write and answer minutes; nobody else (skip-level, HR, admin) by default. */
export const canWriteMinutes = (actor: Actor, s: MinutesSubject): boolean =>
  actor.orgId === s.orgId && (actor.personId === s.managerId || actor.personId === s.reportId);
