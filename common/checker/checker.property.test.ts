import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText, clearCheckCache, type Finding } from './index';

// Realistic fragments mixed with arbitrary Unicode give the generator a chance to hit real rules.
const fragment = fc.constantFrom(
  'He is always late.',
  'Lazy.',
  'This is harassment.',
  'Since she filed the grievance her work has gone downhill.',
  'I think he might be depressed',
  'Oh great, another missed deadline!!',
  'Needs to improve.',
  'She is pregnant',
  '"never works"',
  '\n- ',
  ' ',
  '’',
);
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(fc.oneof(fragment, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 12 }).map((a) => a.join('')),
);

function assertWellFormed(t: string, findings: Finding[]): void {
  const lastEnd = new Map<string, number>();
  let prevStart = -1;
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(t.length);
    expect(f.start).toBeGreaterThanOrEqual(prevStart);
    prevStart = f.start;
    expect(f.start).toBeGreaterThanOrEqual(lastEnd.get(f.category) ?? 0);
    lastEnd.set(f.category, f.end);
  }
}

describe('checkText properties', () => {
  it('spans lie within the text, sorted, and never overlap within a category', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, off) => {
        assertWellFormed(t, checkText(t, { offTheRecord: off }));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (t) => {
        expect(() => checkText(t, { offTheRecord: true })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on surrounding whitespace', () => {
    fc.assert(
      fc.property(text, (t) => {
        const shifted = checkText(`  ${t}\n`, { offTheRecord: true }).map((f) => ({ ...f, start: f.start - 2, end: f.end - 2 }));
        expect(shifted).toEqual(checkText(t, { offTheRecord: true }));
      }),
      { numRuns: 300 },
    );
  });

  it('handles the empty string', () => {
    expect(checkText('')).toEqual([]);
  });

  it('checks a 1 MB input in linear time', () => {
    const base = 'He is always late and lazy. Since the grievance his work is poor!! The complaint alleges harassment. ';
    const big = base.repeat(Math.ceil(1_000_000 / base.length));
    const t0 = performance.now();
    const found = checkText(big, { offTheRecord: true });
    const ms = performance.now() - t0;
    assertWellFormed(big, found);
    expect(found.length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  it('stays fast on one 1 MB sentence without punctuation', () => {
    const big = 'always lazy grievance poor harassment never '.repeat(23_000);
    const t0 = performance.now();
    const found = checkText(big);
    expect(performance.now() - t0).toBeLessThan(10_000);
    assertWellFormed(big, found);
  }, 30_000);
});

describe('the window cache', () => {
  // Notes built from labelled texts, so that many sentences recur in different company: every note
  // must get the same findings whether its sentences were kept from other notes or checked afresh.
  // Sentences of the labelled texts, so that sentences that need their neighbours meet new ones.
  const texts = ['dataset', 'dev2', 'unseen-a']
    .flatMap((n) => readFileSync(new URL(`./eval/${n}.jsonl`, import.meta.url), 'utf8').split('\n'))
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l).text as string).split(/(?<=[.!?])\s+/))
    .filter((parts) => parts.length > 1)
    .flat()
    .filter((_, i) => i % 4 === 0);
  const note = fc.tuple(
    fc.array(fc.nat({ max: texts.length - 1 }), { minLength: 1, maxLength: 6 }),
    fc.constantFrom(' ', '\n', '\n- ', '. '),
    fc.boolean(),
  );

  it('gives the same findings as a cold check', () => {
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 20 }), (notes) => {
        const built = notes.map(([picks, sep, otr]) => ({ text: picks.map((i) => texts[i]).join(sep), otr }));
        const warm = built.map((n) => checkText(n.text, { offTheRecord: n.otr }));
        built.forEach((n, k) => {
          clearCheckCache();
          expect(checkText(n.text, { offTheRecord: n.otr })).toEqual(warm[k]);
        });
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
