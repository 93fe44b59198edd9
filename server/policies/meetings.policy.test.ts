import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import {
  canCloseMeeting,
  canCreateSeries,
  canEditPoint,
  canEditSeries,
  canManageMeetingSettings,
  canOwnAction,
  canReadPrivateNote,
  canViewSeries,
} from './meetings.policy';

const base: Actor = { personId: 'r', orgId: 'org-a', name: 'R', email: 'r@x.test', timeZone: 'UTC', isHr: false, isAdmin: false };
const roles: Record<string, Actor> = {
  employee: base, // the report
  manager: { ...base, personId: 'm' },
  skipLevel: { ...base, personId: 's' },
  hr: { ...base, personId: 'h', isHr: true },
  admin: { ...base, personId: 'a', isAdmin: true },
  otherOrgAdmin: { ...base, orgId: 'org-b', personId: 'm', isAdmin: true },
};
const series = { orgId: 'org-a', managerId: 'm', reportId: 'r', active: true };

describe('meetings policy', () => {
  it.each(Object.entries(roles))('%s', (role, actor) => {
    const participant = role === 'employee' || role === 'manager';
    expect(canViewSeries(actor, series)).toBe(participant);
    expect(canEditSeries(actor, series)).toBe(participant);
    expect(canCloseMeeting(actor, series)).toBe(participant);
    expect(canEditSeries(actor, { ...series, active: false })).toBe(false);
    expect(canViewSeries(actor, { ...series, active: false })).toBe(participant);
    expect(canCreateSeries(actor, series)).toBe(participant || role === 'admin');
    expect(canCreateSeries(actor, { ...series, active: false })).toBe(false);
    expect(canEditPoint(actor, series, { authorId: actor.personId })).toBe(participant);
    expect(canEditPoint(actor, series, { authorId: 'someone-else' })).toBe(false);
    expect(canReadPrivateNote(actor, { authorId: 'r' })).toBe(actor.personId === 'r' && actor.orgId === 'org-a');
    expect(canManageMeetingSettings(actor)).toBe(role === 'admin' || role === 'otherOrgAdmin');
  });

  it('action items are owned by a participant', () => {
    expect(canOwnAction(series, 'm')).toBe(true);
    expect(canOwnAction(series, 'r')).toBe(true);
    expect(canOwnAction(series, 's')).toBe(false);
  });
});
