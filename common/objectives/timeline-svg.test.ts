import { describe, expect, it } from 'vitest';
import { renderTimelineSvg } from './timeline-svg';

describe('timeline SVG', () => {
  it('is an accessible SVG with words for every shape, and escapes text', () => {
    const svg = renderTimelineSvg({
      title: 'Objectives of Tom <Becker>',
      from: '2026-01-01',
      to: '2026-12-31',
      events: [
        {
          objectiveId: 'o1',
          title: 'Ship & run',
          at: '2026-02-01T10:00:00Z',
          kind: 'created',
          version: 1,
          summary: 'created',
          actorName: 'Sofia',
        },
        {
          objectiveId: 'o1',
          title: 'Ship & run',
          at: '2026-08-01T10:00:00Z',
          kind: 'proposed',
          version: 2,
          summary: 'change proposed: due date moved earlier (2026-12-31 → 2026-10-31)',
          actorName: 'Sofia',
        },
        {
          objectiveId: 'o1',
          title: 'Ship & run',
          at: '2026-08-02T10:00:00Z',
          kind: 'disputed',
          version: 2,
          summary: 'change disputed',
          actorName: 'Tom',
        },
      ],
      counts: [{ period: '2026-Q3', created: 0, changed: 1, disputed: 1 }],
    });
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="tl-title tl-desc"/);
    expect(svg).toContain('<title id="tl-title">Objectives of Tom &lt;Becker&gt;</title>');
    expect(svg).toContain('3 events on 1 objective from 2026-01-01 to 2026-12-31: 1 change, 1 dispute.');
    expect(svg).toContain('Ship &amp; run');
    expect(svg).toContain('>proposed: due earlier<');
    expect(svg).toContain('>disputed<');
    expect(svg).toContain('2026-Q3: changed 1 time, 1 disputed');
    expect(svg).not.toContain('NaN');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('says so when nothing happened', () => {
    expect(renderTimelineSvg({ title: 't', from: '2026-01-01', to: '2026-01-01', events: [] })).toContain(
      'No changes to objectives in this period.',
    );
  });
});
