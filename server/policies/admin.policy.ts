import type { Actor } from './actor';

export const canImportPeople = (actor: Actor): boolean => actor.isAdmin;

/** The outbox holds invitation and reset links, so only admins see it, and only their organisation's mail. */
export const canReadOutbox = (actor: Actor): boolean => actor.isAdmin;
