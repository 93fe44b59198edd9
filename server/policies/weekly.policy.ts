import type { Actor } from './actor';

// Who may do what with weekly updates. An update is its author's and the manager it was sent to:
// nobody else reads it (skip-level managers, HR and admins neither, until a policy says otherwise;
// another organisation never). A denial looks like "not found".

export interface WeeklySubject {
  orgId: string;
  authorId: string;
  /** The manager the update was sent to; null for a draft that was never sent. */
  managerId: string | null;
  sent: boolean;
}

export const isWeeklyAuthor = (actor: Actor, s: WeeklySubject): boolean =>
  actor.orgId === s.orgId && actor.personId === s.authorId;

/** The manager reads an update once it is sent; a draft is its author's alone. */
export const isWeeklyManager = (actor: Actor, s: WeeklySubject): boolean =>
  actor.orgId === s.orgId && s.sent && s.managerId !== null && actor.personId === s.managerId && actor.personId !== s.authorId;

export const canReadWeeklyUpdate = (actor: Actor, s: WeeklySubject): boolean =>
  isWeeklyAuthor(actor, s) || isWeeklyManager(actor, s);

/** Writing and sending: one's own update only. */
export const canWriteWeeklyUpdate = (actor: Actor, s: Pick<WeeklySubject, 'orgId' | 'authorId'>): boolean =>
  actor.orgId === s.orgId && actor.personId === s.authorId;

/** Acknowledging, answering asks: the manager it was sent to. */
export const canAcknowledgeWeeklyUpdate = (actor: Actor, s: WeeklySubject): boolean => isWeeklyManager(actor, s);

/** Comments: either side of a sent update. */
export const canCommentWeeklyUpdate = (actor: Actor, s: WeeklySubject): boolean =>
  s.sent && (isWeeklyAuthor(actor, s) || isWeeklyManager(actor, s));

/** A person's history: the person, or their current manager (who sees the updates sent to them). */
export const canReadWeeklyHistory = (
  actor: Actor,
  person: { orgId: string; personId: string; managerId: string | null },
): boolean => actor.orgId === person.orgId && (actor.personId === person.personId || actor.personId === person.managerId);
