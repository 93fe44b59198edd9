import type { Actor } from './actor';

export const canImportPeople = (actor: Actor): boolean => actor.isAdmin;

/** The outbox holds invitation and reset links, so only admins see it, and only their organisation's mail. */
export const canReadOutbox = (actor: Actor): boolean => actor.isAdmin;

/** Which documentation checker categories run in the organisation is the admins' choice. */
export const canManageCheckerSettings = (actor: Actor): boolean => actor.isAdmin;
