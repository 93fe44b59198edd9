import type { Actor } from './actor';

// Who may do what with 1:1 series and meetings. Only the two participants — the manager and the
// report of the series — see anything of it. Skip-level managers, HR and admins see no meeting
// content by default; another organisation sees nothing. A denial looks like "not found".

export interface SeriesSubject {
  orgId: string;
  managerId: string;
  reportId: string;
  /** The reporting line between them is in force today. When it ends the series is read-only. */
  active: boolean;
}

export interface PointSubject {
  authorId: string;
}

export const isParticipant = (actor: Actor, s: SeriesSubject): boolean =>
  actor.orgId === s.orgId && (actor.personId === s.managerId || actor.personId === s.reportId);

export const canViewSeries = (actor: Actor, s: SeriesSubject): boolean => isParticipant(actor, s);

/** Editing the agenda, notes, actions or schedule: participants of a series whose line is current. */
export const canEditSeries = (actor: Actor, s: SeriesSubject): boolean => isParticipant(actor, s) && s.active;

/** Closing only removes (off-the-record text), so it stays possible after the line ended. */
export const canCloseMeeting = (actor: Actor, s: SeriesSubject): boolean => isParticipant(actor, s);

/** Starting a series: either participant of a current line, or an admin of the organisation. */
export const canCreateSeries = (actor: Actor, s: SeriesSubject): boolean =>
  actor.orgId === s.orgId && s.active && (actor.personId === s.managerId || actor.personId === s.reportId || actor.isAdmin);

/** Only the author changes a talking point's text, marks it off the record, or deletes it. */
export const canEditPoint = (actor: Actor, s: SeriesSubject, p: PointSubject): boolean =>
  canEditSeries(actor, s) && actor.personId === p.authorId;

/** Action items are owned by one of the participants. */
export const canOwnAction = (s: SeriesSubject, ownerId: string): boolean => ownerId === s.managerId || ownerId === s.reportId;

/** Private notes: their author only, never anyone else (not the other participant, HR or admins). */
export const canReadPrivateNote = (actor: Actor, note: { authorId: string }): boolean => actor.personId === note.authorId;

/** Organisation-wide templates and the off-the-record policy. */
export const canManageMeetingSettings = (actor: Actor): boolean => actor.isAdmin;
