import { describe, expect, it } from 'vitest';
import type { ObjectiveFields } from './objective';
import { countsByPeriod, monthCountsOf, periodOf, timelineEvents } from './timeline';

const f: ObjectiveFields = {
  title: 'Billing',
  description: '',
  measure: 'm',
  startDate: '2026-01-01',
  dueDate: '2026-12-31',
  weight: null,
  state: 'in_progress',
};
const v = (
  n: number,
  seq: number,
  at: string,
  kind: 'created' | 'change' | 'proposal',
  fields: ObjectiveFields,
  prev: ObjectiveFields | null,
) => ({
  objectiveId: 'o1',
  number: n,
  seq,
  kind,
  fields,
  prev,
  reason: kind === 'created' ? null : 'why',
  authorId: 'sofia',
  authorRole: 'manager' as const,
  at,
});

describe('timeline', () => {
  it('says what moved, who answered, oldest first', () => {
    const moved = { ...f, dueDate: '2026-10-31' };
    const events = timelineEvents(
      [v(1, 1, '2026-01-05T10:00:00Z', 'created', f, null), v(2, 3, '2026-08-01T10:00:00Z', 'proposal', moved, f)],
      [
        {
          objectiveId: 'o1',
          title: 'Billing',
          number: 2,
          seq: 4,
          kind: 'dispute',
          comment: 'no',
          personId: 'tom',
          role: 'owner',
          at: '2026-08-02T10:00:00Z',
        },
        {
          objectiveId: 'o1',
          title: 'Billing',
          number: 1,
          seq: 2,
          kind: 'agree',
          comment: null,
          personId: 'tom',
          role: 'owner',
          at: '2026-01-06T10:00:00Z',
        },
      ],
    );
    expect(events.map((e) => [e.kind, e.summary])).toEqual([
      ['created', 'created'],
      ['agreed', 'agreed'],
      ['proposed', 'change proposed: due date moved earlier (2026-12-31 → 2026-10-31)'],
      ['disputed', 'change disputed'],
    ]);
    expect(events[3].comment).toBe('no');
  });

  it('counts per period: "changed 4 times this quarter"', () => {
    expect(periodOf('2026-11-20T10:00:00Z', 'quarter')).toBe('2026-Q4');
    expect(periodOf('2026-03', 'quarter')).toBe('2026-Q1');
    expect(periodOf('2026-03-01', 'year')).toBe('2026');
    const counts = countsByPeriod(
      [
        { month: '2026-10', what: 'change', n: 3 },
        { month: '2026-11', what: 'proposal', n: 1 },
        { month: '2026-11', what: 'dispute', n: 1 },
        { month: '2026-11', what: 'accept_with_comment', n: 2 },
        { month: '2026-02', what: 'created', n: 5 },
        { month: '2026-02', what: 'agree', n: 5 },
      ],
      'quarter',
    );
    expect(counts).toEqual([
      { period: '2026-Q1', created: 5, changed: 0, proposed: 0, acknowledged: 0, disputed: 0 },
      { period: '2026-Q4', created: 0, changed: 4, proposed: 1, acknowledged: 2, disputed: 1 },
    ]);
  });

  it('monthly counts from loaded events agree with the database roll-up', () => {
    const events = timelineEvents(
      [v(1, 1, '2026-01-05T10:00:00Z', 'created', f, null), v(2, 2, '2026-02-01T10:00:00Z', 'change', { ...f, measure: 'x' }, f)],
      [],
    );
    expect(countsByPeriod(monthCountsOf(events), 'quarter')).toEqual([
      { period: '2026-Q1', created: 1, changed: 1, proposed: 0, acknowledged: 0, disputed: 0 },
    ]);
  });
});
