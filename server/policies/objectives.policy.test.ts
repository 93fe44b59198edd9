import { describe, expect, it } from 'vitest';
import type { Line } from '../domain/reporting';
import type { Actor } from './actor';
import { canSeeMoment, canWriteObjectives, currentManagerId, objectivesAccess } from './objectives.policy';

const base: Actor = {
  personId: 'tom',
  orgId: 'org-a',
  name: 'Tom',
  email: 't@x.test',
  timeZone: 'UTC',
  isHr: false,
  isAdmin: false,
};
// Tom reported to Ravi until 2026-06-01, then to Sofia; Sofia reports to Daniel (skip-level for Tom).
const lines: Line[] = [
  { id: 'l1', personId: 'tom', managerId: 'ravi', validFrom: '2024-01-01', validTo: '2026-06-01' },
  { id: 'l2', personId: 'tom', managerId: 'sofia', validFrom: '2026-06-01', validTo: null },
];
const subject = { orgId: 'org-a', ownerId: 'tom', lines };
const today = '2026-11-20';

const roles: Record<string, { actor: Actor; expected: string | null }> = {
  owner: { actor: base, expected: 'owner' },
  currentManager: { actor: { ...base, personId: 'sofia' }, expected: 'manager' },
  previousManager: { actor: { ...base, personId: 'ravi' }, expected: 'previous_manager' },
  skipLevel: { actor: { ...base, personId: 'daniel' }, expected: null },
  hr: { actor: { ...base, personId: 'priya', isHr: true }, expected: null },
  admin: { actor: { ...base, personId: 'grace', isAdmin: true }, expected: null },
  colleague: { actor: { ...base, personId: 'aisha' }, expected: null },
  ownerInOtherOrg: { actor: { ...base, orgId: 'org-b' }, expected: null },
  managerInOtherOrg: { actor: { ...base, personId: 'sofia', orgId: 'org-b', isAdmin: true }, expected: null },
};

describe('objectives policy', () => {
  it.each(Object.entries(roles))('%s', (_, { actor, expected }) => {
    const a = objectivesAccess(actor, subject, today);
    expect(a?.kind ?? null).toBe(expected);
    expect(canWriteObjectives(a)).toBe(expected === 'owner' || expected === 'manager');
  });

  it('a previous manager sees the moments of their own time only', () => {
    const a = objectivesAccess({ ...base, personId: 'ravi' }, subject, today);
    if (!a) throw new Error('expected access');
    expect(canSeeMoment(a, '2023-12-31T23:00:00Z')).toBe(false);
    expect(canSeeMoment(a, '2024-01-01T00:00:00Z')).toBe(true);
    expect(canSeeMoment(a, '2026-05-31T23:59:00Z')).toBe(true);
    expect(canSeeMoment(a, '2026-06-01T00:00:00Z')).toBe(false);
    const owner = objectivesAccess(base, subject, today);
    if (!owner) throw new Error('expected access');
    expect(canSeeMoment(owner, '2001-01-01')).toBe(true);
  });

  it('the manager of the day is the current one; a transfer hands writes over on its date', () => {
    expect(currentManagerId(lines, '2026-05-31')).toBe('ravi');
    expect(currentManagerId(lines, today)).toBe('sofia');
    expect(objectivesAccess({ ...base, personId: 'ravi' }, subject, '2026-05-31')?.kind).toBe('manager');
    expect(objectivesAccess({ ...base, personId: 'sofia' }, subject, '2026-05-31')).toBeNull();
    expect(currentManagerId([], today)).toBeNull();
  });

  it('a manager who manages again is a current manager (full access)', () => {
    const again: Line[] = [
      ...lines.slice(0, 1),
      { ...lines[1], validTo: '2026-09-01' },
      { id: 'l3', personId: 'tom', managerId: 'ravi', validFrom: '2026-09-01', validTo: null },
    ];
    expect(objectivesAccess({ ...base, personId: 'ravi' }, { ...subject, lines: again }, today)?.kind).toBe('manager');
    expect(objectivesAccess({ ...base, personId: 'sofia' }, { ...subject, lines: again }, today)?.kind).toBe('previous_manager');
  });
});
