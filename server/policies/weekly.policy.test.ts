import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import {
  canAcknowledgeWeeklyUpdate,
  canCommentWeeklyUpdate,
  canReadWeeklyHistory,
  canReadWeeklyUpdate,
  canWriteWeeklyUpdate,
} from './weekly.policy';

const actor = (personId: string, extra: Partial<Actor> = {}): Actor => ({
  personId,
  orgId: 'org',
  name: personId,
  email: `${personId}@x`,
  timeZone: 'UTC',
  isHr: false,
  isAdmin: false,
  ...extra,
});
const sent = { orgId: 'org', authorId: 'tom', managerId: 'sofia', sent: true };
const draft = { ...sent, managerId: null, sent: false };

describe('weekly update policy', () => {
  it('author and the manager it was sent to read it; nobody else', () => {
    expect(canReadWeeklyUpdate(actor('tom'), sent)).toBe(true);
    expect(canReadWeeklyUpdate(actor('sofia'), sent)).toBe(true);
    for (const other of [
      actor('daniel'),
      actor('priya', { isHr: true }),
      actor('grace', { isAdmin: true }),
      actor('tom', { orgId: 'x' }),
    ])
      expect(canReadWeeklyUpdate(other, sent)).toBe(false);
  });

  it('a draft is its author’s alone', () => {
    expect(canReadWeeklyUpdate(actor('tom'), draft)).toBe(true);
    expect(canReadWeeklyUpdate(actor('sofia'), { ...draft, managerId: 'sofia' })).toBe(false);
    expect(canCommentWeeklyUpdate(actor('tom'), draft)).toBe(false);
  });

  it('only the author writes, only the manager acknowledges, both comment', () => {
    expect(canWriteWeeklyUpdate(actor('tom'), sent)).toBe(true);
    expect(canWriteWeeklyUpdate(actor('sofia'), sent)).toBe(false);
    expect(canAcknowledgeWeeklyUpdate(actor('sofia'), sent)).toBe(true);
    expect(canAcknowledgeWeeklyUpdate(actor('tom'), sent)).toBe(false);
    expect(canCommentWeeklyUpdate(actor('tom'), sent)).toBe(true);
    expect(canCommentWeeklyUpdate(actor('sofia'), sent)).toBe(true);
    expect(canCommentWeeklyUpdate(actor('daniel'), sent)).toBe(false);
  });

  it('history: the person and their current manager', () => {
    const p = { orgId: 'org', personId: 'tom', managerId: 'sofia' };
    expect(canReadWeeklyHistory(actor('tom'), p)).toBe(true);
    expect(canReadWeeklyHistory(actor('sofia'), p)).toBe(true);
    expect(canReadWeeklyHistory(actor('daniel'), p)).toBe(false);
    expect(canReadWeeklyHistory(actor('priya', { isHr: true }), p)).toBe(false);
  });
});
