// Renders the objectives timeline as an SVG string: the same picture in the browser and in
// exports (a case file, a bundle). Pure: no DOM, no clock. Accessible: a <title> and a <desc>
// that say in words what the picture shows, text labels beside every shape (shape and words, never
// colour alone), and a <title> per marker. Pages pair it with a table of the same events.

export type TimelineSvgKind = 'created' | 'changed' | 'proposed' | 'agreed' | 'accepted' | 'accepted_with_comment' | 'disputed';

export interface TimelineSvgEvent {
  objectiveId: string;
  title: string;
  at: string; // ISO instant
  kind: TimelineSvgKind;
  version: number;
  summary: string;
  actorName: string;
}

export interface TimelineSvgCount {
  period: string;
  created: number;
  changed: number;
  disputed: number;
}

export interface TimelineSvgInput {
  title: string;
  from: string; // YYYY-MM-DD
  to: string; // YYYY-MM-DD
  events: readonly TimelineSvgEvent[];
  counts?: readonly TimelineSvgCount[];
  /** At most this many objectives get a row (the most recently active); the rest are counted in the description. */
  maxRows?: number;
}

export const KIND_WORD: Record<TimelineSvgKind, string> = {
  created: 'created',
  changed: 'changed',
  proposed: 'change proposed',
  agreed: 'agreed',
  accepted: 'accepted',
  accepted_with_comment: 'accepted with comment',
  disputed: 'disputed',
};

/** Short words under a marker: what moved, when the summary says it. */
function shortLabel(e: TimelineSvgEvent): string {
  if (e.kind === 'created' || e.kind === 'agreed' || e.kind === 'accepted' || e.kind === 'disputed') return KIND_WORD[e.kind];
  if (e.kind === 'accepted_with_comment') return 'accepted*';
  const s = e.summary;
  const prefix = e.kind === 'proposed' ? 'proposed: ' : '';
  if (/due date moved earlier/.test(s)) return `${prefix}due earlier`;
  if (/due date moved later/.test(s)) return `${prefix}due later`;
  if (/\bdropped\b/.test(s)) return `${prefix}dropped`;
  if (/measure of success changed/.test(s)) return `${prefix}measure`;
  if (/state /.test(s)) return `${prefix}state`;
  return `${prefix}changed`;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const COLOUR: Record<TimelineSvgKind, string> = {
  created: '#2f6f4f',
  changed: '#1c5d99',
  proposed: '#8a5a00',
  agreed: '#2f6f4f',
  accepted: '#2f6f4f',
  accepted_with_comment: '#2f6f4f',
  disputed: '#b3261e',
};

function marker(kind: TimelineSvgKind, x: number, y: number): string {
  const c = COLOUR[kind];
  switch (kind) {
    case 'created':
      return `<circle cx="${x}" cy="${y}" r="6" fill="${c}"/>`;
    case 'changed':
      return `<rect x="${x - 5}" y="${y - 5}" width="10" height="10" fill="${c}" transform="rotate(45 ${x} ${y})"/>`;
    case 'proposed':
      return `<rect x="${x - 5}" y="${y - 5}" width="10" height="10" fill="#fff" stroke="${c}" stroke-width="2" transform="rotate(45 ${x} ${y})"/>`;
    case 'disputed':
      return `<path d="M${x - 6} ${y - 6}L${x + 6} ${y + 6}M${x + 6} ${y - 6}L${x - 6} ${y + 6}" stroke="${c}" stroke-width="3"/>`;
    default:
      return `<path d="M${x - 6} ${y}L${x - 2} ${y + 5}L${x + 6} ${y - 5}" fill="none" stroke="${c}" stroke-width="3"/>`;
  }
}

const dayMs = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);

/** The SVG document (a string) for the given events. */
export function renderTimelineSvg(input: TimelineSvgInput): string {
  const W = 800;
  const left = 210;
  const right = W - 20;
  const top = 40;
  const rowH = 60;
  const t0 = dayMs(input.from);
  const t1 = Math.max(dayMs(input.to), t0 + 86_400_000);
  const x = (at: string) => left + ((Math.min(Math.max(Date.parse(at), t0), t1) - t0) / (t1 - t0)) * (right - left);

  // Rows: objectives in order of their latest event (most recent first), capped.
  const byObjective = new Map<string, TimelineSvgEvent[]>();
  for (const e of input.events) {
    const list = byObjective.get(e.objectiveId) ?? [];
    list.push(e);
    byObjective.set(e.objectiveId, list);
  }
  const rows = [...byObjective.entries()].sort((a, b) => {
    const la = a[1][a[1].length - 1].at;
    const lb = b[1][b[1].length - 1].at;
    return la < lb ? 1 : la > lb ? -1 : 0;
  });
  const maxRows = input.maxRows ?? 25;
  const shown = rows.slice(0, maxRows);
  const labelEach = input.events.length <= 40;

  const counts = input.counts ?? [];
  const chartTop = top + Math.max(shown.length, 1) * rowH + 30;
  const chartH = counts.length ? 110 : 0;
  const legendTop = chartTop + chartH + (counts.length ? 30 : 0);
  const H = legendTop + 40;

  const parts: string[] = [];
  const changes = input.events.filter((e) => e.kind === 'changed' || e.kind === 'proposed').length;
  const disputes = input.events.filter((e) => e.kind === 'disputed').length;
  const desc =
    `${input.events.length} events on ${byObjective.size} objective${byObjective.size === 1 ? '' : 's'} ` +
    `from ${input.from} to ${input.to}: ${changes} change${changes === 1 ? '' : 's'}, ${disputes} dispute${disputes === 1 ? '' : 's'}.` +
    (rows.length > shown.length ? ` The ${shown.length} most recently active objectives are drawn; the table lists all.` : '') +
    (counts.length ? ` Changes per period: ${counts.map((c) => `${c.period} ${c.changed}`).join(', ')}.` : '');
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" style="min-width:560px" role="img" aria-labelledby="tl-title tl-desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="tl-title">${escapeXml(input.title)}</title>`,
    `<desc id="tl-desc">${escapeXml(desc)}</desc>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
  );

  // Axis: year (or quarter, for short ranges) ticks.
  const years = (t1 - t0) / (365.25 * 86_400_000);
  const ticks: string[] = [];
  const start = new Date(t0);
  for (let y = start.getUTCFullYear(); y <= new Date(t1).getUTCFullYear() + 1; y++) {
    for (const m of years > 3 ? [0] : [0, 3, 6, 9]) {
      const t = Date.UTC(y, m, 1);
      if (t < t0 || t > t1) continue;
      ticks.push(new Date(t).toISOString().slice(0, 10));
    }
  }
  parts.push(`<line x1="${left}" y1="${top - 12}" x2="${right}" y2="${top - 12}" stroke="#666"/>`);
  if (ticks.length === 0)
    parts.push(
      `<text x="${left}" y="${top - 20}" fill="#333">${escapeXml(input.from)}</text>`,
      `<text x="${right}" y="${top - 20}" text-anchor="end" fill="#333">${escapeXml(input.to)}</text>`,
    );
  for (const tk of ticks) {
    const tx = x(`${tk}T00:00:00Z`).toFixed(1);
    const label = years > 3 ? tk.slice(0, 4) : `${tk.slice(0, 4)}-Q${Math.floor(Number(tk.slice(5, 7)) / 3) + 1}`;
    parts.push(
      `<line x1="${tx}" y1="${top - 16}" x2="${tx}" y2="${chartTop - 20}" stroke="#ddd"/>`,
      `<text x="${tx}" y="${top - 20}" text-anchor="middle" fill="#333">${label}</text>`,
    );
  }

  shown.forEach(([, events], i) => {
    const y = top + i * rowH + 24;
    const title = events[events.length - 1].title;
    parts.push(
      `<g><text x="8" y="${y + 4}" fill="#111">${escapeXml(truncate(title, 30))}</text>`,
      `<line x1="${left}" y1="${y}" x2="${right}" y2="${y}" stroke="#bbb" stroke-dasharray="2 3"/>`,
    );
    // Labels go below the line, or above it, or in a second lane below or above, whichever is free
    // first; a label that fits in no lane is left out (the marker's title and the table still carry it).
    const laneEnd = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
    const laneY = [19, -10, 30, -21];
    for (const e of events) {
      const ex = x(e.at);
      const words = `${e.at.slice(0, 10)}: ${e.title}, version ${e.version}: ${e.summary} (${e.actorName})`;
      parts.push(`<g>${marker(e.kind, ex, y)}<title>${escapeXml(words)}</title></g>`);
      if (!labelEach) continue;
      const label = shortLabel(e);
      const width = label.length * 5.6;
      const anchorEnd = ex + width / 2 > W - 4;
      const start = anchorEnd ? ex - width : ex - width / 2;
      const lane = laneEnd.findIndex((end) => start > end + 4);
      if (lane < 0) continue;
      laneEnd[lane] = start + width;
      parts.push(
        `<text x="${ex.toFixed(1)}" y="${y + laneY[lane]}" text-anchor="${anchorEnd ? 'end' : 'middle'}" font-size="10" fill="#333">${escapeXml(label)}</text>`,
      );
    }
    parts.push('</g>');
  });
  if (shown.length === 0)
    parts.push(`<text x="${left}" y="${top + 18}" fill="#333">No changes to objectives in this period.</text>`);

  if (counts.length) {
    const max = Math.max(1, ...counts.map((c) => c.changed));
    const bw = (right - left) / counts.length;
    parts.push(`<text x="8" y="${chartTop + 12}" fill="#111">Changes per period</text>`);
    counts.forEach((c, i) => {
      const h = (c.changed / max) * 70;
      const bx = left + i * bw;
      const by = chartTop + 80 - h;
      parts.push(
        `<g><rect x="${(bx + bw * 0.15).toFixed(1)}" y="${by.toFixed(1)}" width="${(bw * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="#1c5d99"/>`,
        `<title>${escapeXml(`${c.period}: changed ${c.changed} time${c.changed === 1 ? '' : 's'}, ${c.disputed} disputed, ${c.created} created`)}</title>`,
        `<text x="${(bx + bw / 2).toFixed(1)}" y="${(by - 3).toFixed(1)}" text-anchor="middle" font-size="10">${c.changed}</text>`,
        counts.length <= 16 || i % 4 === 0
          ? `<text x="${(bx + bw / 2).toFixed(1)}" y="${chartTop + 96}" text-anchor="middle" font-size="10">${escapeXml(c.period)}</text>`
          : '',
        '</g>',
      );
    });
  }

  const legend: [TimelineSvgKind, string][] = [
    ['created', 'created'],
    ['changed', 'changed'],
    ['proposed', 'proposed, waiting'],
    ['accepted', 'agreed / accepted'],
    ['disputed', 'disputed'],
  ];
  legend.forEach(([k, word], i) => {
    const lx = 20 + i * 150;
    parts.push(marker(k, lx, legendTop), `<text x="${lx + 12}" y="${legendTop + 4}">${word}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
