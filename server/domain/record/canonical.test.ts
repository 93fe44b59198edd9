import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalJson } from './canonical';

// Any JSON value with finite numbers and well-formed strings (any Unicode, combining marks too).
const jsonValue = fc.jsonValue({ stringUnit: 'grapheme' });

// Two keys of one object with the same NFC form are refused (tested above), so properties skip them.
function keysCollideInNfc(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(keysCollideInNfc);
  if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    return new Set(keys.map((k) => k.normalize('NFC'))).size !== keys.length || Object.values(v).some(keysCollideInNfc);
  }
  return false;
}

function shuffleKeys(v: unknown, rnd: () => number): unknown {
  if (Array.isArray(v)) return v.map((x) => shuffleKeys(x, rnd));
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).sort(() => rnd() - 0.5);
    return Object.fromEntries(keys.map((k) => [k, shuffleKeys((v as Record<string, unknown>)[k], rnd)]));
  }
  return v;
}

function toNfd(v: unknown): unknown {
  if (typeof v === 'string') return v.normalize('NFD');
  if (Array.isArray(v)) return v.map(toNfd);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.normalize('NFD'), toNfd(x)]));
  return v;
}

describe('canonicalJson', () => {
  it('sorts keys, drops whitespace and undefined, prints numbers in shortest form', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined })).toBe('{"a":[true,null,"x"],"b":1}');
    expect(canonicalJson({ n: [1.0, -0, 1e21, 1e-7, 0.1 + 0.2, 100] })).toBe('{"n":[1,0,1e+21,1e-7,0.30000000000000004,100]}');
    expect(canonicalJson('line\nquote"back\\\u0001')).toBe('"line\\nquote\\"back\\\\\\u0001"');
    expect(canonicalBytes({ a: 'é' })).toEqual(Buffer.from('{"a":"é"}', 'utf8'));
  });

  it('orders keys by UTF-16 code units, as RFC 8785 does', () => {
    // RFC 8785 §3.2.3's example keys. One difference, on purpose: U+FB33 is a composition
    // exclusion, so NFC turns it into U+05D3 U+05BC, which sorts before the Euro sign.
    const v = {
      '\u20ac': 'Euro',
      '\r': 'CR',
      '\ufb33': 'Dalet',
      '1': 'One',
      '\ud83d\ude00': 'Grinning',
      '\u0080': 'Control',
      '\u00f6': 'o',
    };
    const keys = [...canonicalJson(v).matchAll(/"((?:[^"\\]|\\.)*)":/g)].map((m) => JSON.parse(`"${m[1]}"`));
    expect(keys).toEqual(['\r', '1', '\u0080', '\u00f6', '\u05d3\u05bc', '\u20ac', '\ud83d\ude00']);
    expect(canonicalJson({ b: 1, a: 2, B: 3, aa: 4, '': 5 })).toBe('{"":5,"B":3,"a":2,"aa":4,"b":1}');
  });

  it('writes text in NFC, for values and keys', () => {
    const nfd = 'Le\u0301a'; // "Léa" with a combining accent
    expect(canonicalJson({ [nfd]: nfd })).toBe(canonicalJson({ 'L\u00e9a': 'L\u00e9a' }));
    expect(canonicalJson(nfd)).toBe('"L\u00e9a"');
  });

  it('refuses what JSON cannot carry faithfully, saying what and where', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/NaN is not a JSON number at \$\.a/);
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow(/Infinity/);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/not a plain object \(Date\) at \$\.d/);
    expect(() => canonicalJson(new Map())).toThrow(/plain object/);
    expect(() => canonicalJson(Buffer.from('x'))).toThrow(/plain object/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
    expect(() => canonicalJson(10n)).toThrow(/bigint/);
    expect(() => canonicalJson(undefined)).toThrow(/undefined/);
    expect(() => canonicalJson([1, undefined])).toThrow(/undefined array item at \$\[1\]/);
    expect(() => canonicalJson('\ud800')).toThrow(/lone surrogate/);
    expect(() => canonicalJson({ 'L\u00e9a': 1, 'Le\u0301a': 2 })).toThrow(/duplicate key/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
  });

  it('accepts shared (non-cyclic) references and null-prototype objects', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const bare = Object.create(null);
    bare.k = 'v';
    expect(canonicalJson(bare)).toBe('{"k":"v"}');
  });

  it('is valid JSON that parses back to the same value (NFC), and is idempotent', () => {
    fc.assert(
      fc.property(jsonValue, (v) => {
        fc.pre(!keysCollideInNfc(v));
        const c = canonicalJson(v);
        expect(canonicalJson(JSON.parse(c))).toBe(c);
        expect(JSON.parse(c)).toEqual(JSON.parse(JSON.stringify(v).normalize('NFC')));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on key order, whitespace or normalisation form of the input', () => {
    fc.assert(
      fc.property(jsonValue, fc.integer(), (v, seed) => {
        fc.pre(!keysCollideInNfc(v));
        let s = seed;
        const rnd = () => {
          s = (s * 1103515245 + 12345) % 2147483648;
          return s / 2147483648;
        };
        const c = canonicalJson(v);
        expect(canonicalJson(shuffleKeys(v, rnd))).toBe(c);
        expect(canonicalJson(JSON.parse(JSON.stringify(v, null, 2)))).toBe(c);
        expect(canonicalJson(toNfd(v))).toBe(c);
      }),
      { numRuns: 300 },
    );
  });
});
