import { describe, expect, it } from 'vitest';
import { abilitiesFor } from './abilities';
import type { Actor } from './actor';
import { canImportPeople, canManageCheckerSettings, canReadOutbox } from './admin.policy';
import { canChangeReportingLine, canInvitePeople, canViewDirectory, canViewPerson } from './people.policy';

const base: Actor = { personId: 'p', orgId: 'org-a', name: 'A', email: 'a@x.test', timeZone: 'UTC', isHr: false, isAdmin: false };
const roles: Record<string, Actor> = {
  employee: base,
  manager: { ...base, personId: 'm' }, // managers are employees with reports: no extra powers here
  skipLevel: { ...base, personId: 's' },
  hr: { ...base, isHr: true },
  admin: { ...base, isAdmin: true },
  otherOrgAdmin: { ...base, orgId: 'org-b', isAdmin: true },
};

describe('people and admin policies', () => {
  it.each(Object.entries(roles))('%s', (role, actor) => {
    const sameOrg = actor.orgId === 'org-a';
    expect(canViewDirectory(actor, 'org-a')).toBe(sameOrg);
    expect(canViewPerson(actor, { orgId: 'org-a' })).toBe(sameOrg);
    const admin = role === 'admin' || role === 'otherOrgAdmin';
    expect(canInvitePeople(actor)).toBe(admin);
    expect(canImportPeople(actor)).toBe(admin);
    expect(canReadOutbox(actor)).toBe(admin);
    expect(canManageCheckerSettings(actor)).toBe(admin);
    expect(canChangeReportingLine(actor, { orgId: 'org-a' })).toBe(role === 'admin');
    expect(abilitiesFor(actor)).toEqual({
      viewDirectory: true,
      administer: admin,
      importPeople: admin,
      readOutbox: admin,
      invitePeople: admin,
    });
  });
});
