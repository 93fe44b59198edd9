import type { Actor } from './actor';

// Who may do what with people and reporting lines. Everything stays inside one organisation:
// a subject of another organisation is treated as if it did not exist.

export interface PersonSubject {
  orgId: string;
}

export const canViewDirectory = (actor: Actor, orgId: string): boolean => actor.orgId === orgId;

export const canViewPerson = (actor: Actor, person: PersonSubject): boolean => actor.orgId === person.orgId;

export const canInvitePeople = (actor: Actor): boolean => actor.isAdmin;

export const canChangeReportingLine = (actor: Actor, person: PersonSubject): boolean =>
  actor.isAdmin && actor.orgId === person.orgId;
