import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseDisabledCategories } from './organisation';

const KNOWN = ['protected_characteristic', 'health_speculation', 'absolute_language', 'vague_no_example'];

describe('normaliseDisabledCategories', () => {
  it('keeps each known category once, in the checker order', () => {
    expect(normaliseDisabledCategories(['vague_no_example', 'absolute_language', 'vague_no_example'], KNOWN)).toEqual([
      'absolute_language',
      'vague_no_example',
    ]);
    expect(normaliseDisabledCategories([], KNOWN)).toEqual([]);
  });

  it('never keeps a category the checker does not know', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...KNOWN), fc.string())), (requested) => {
        const out = normaliseDisabledCategories(requested, KNOWN);
        expect(out.every((c) => KNOWN.includes(c) && requested.includes(c))).toBe(true);
        expect(new Set(out).size).toBe(out.length);
      }),
    );
  });
});
