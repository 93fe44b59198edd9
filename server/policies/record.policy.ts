import type { Actor } from './actor';

/** A person can always export their own record; nobody exports someone else's through the app. */
export const canExportRecord = (actor: Actor, subject: { personId: string; orgId: string }): boolean =>
  actor.orgId === subject.orgId && actor.personId === subject.personId;

/** Who read my record: only I see my access log. */
export const canViewAccessLog = (actor: Actor, subject: { personId: string; orgId: string }): boolean =>
  actor.orgId === subject.orgId && actor.personId === subject.personId;
