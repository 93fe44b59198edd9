import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CompactRange,
  EMPTY_ROOT,
  MerkleTree,
  consistencyProof,
  inclusionProof,
  leafHash,
  nodeHash,
  rootOf,
  verifyConsistency,
  verifyInclusion,
} from './merkle';

// A reference written straight from RFC 9162 §2.1, recursive and slow, sharing no code with
// merkle.ts (not even its hash helpers).
const sha = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const refLeaf = (d: Buffer) => sha(Buffer.from([0]), d);
function k(n: number): number {
  let p = 1;
  while (p * 2 < n) p *= 2;
  return p;
}
function mth(d: Buffer[]): Buffer {
  if (d.length === 0) return sha();
  if (d.length === 1) return refLeaf(d[0]);
  const s = k(d.length);
  return sha(Buffer.from([1]), mth(d.slice(0, s)), mth(d.slice(s)));
}
function path(m: number, d: Buffer[]): Buffer[] {
  if (d.length <= 1) return [];
  const s = k(d.length);
  return m < s ? [...path(m, d.slice(0, s)), mth(d.slice(s))] : [...path(m - s, d.slice(s)), mth(d.slice(0, s))];
}
function subproof(m: number, d: Buffer[], b: boolean): Buffer[] {
  if (m === d.length) return b ? [] : [mth(d)];
  const s = k(d.length);
  return m <= s
    ? [...subproof(m, d.slice(0, s), b), mth(d.slice(s))]
    : [...subproof(m - s, d.slice(s), false), mth(d.slice(0, s))];
}
const proof = (m: number, d: Buffer[]) => (m === 0 || m === d.length ? [] : subproof(m, d, true));

const data = Array.from({ length: 72 }, (_, i) => Buffer.from(`entry ${i}: ${'x'.repeat(i % 7)}`));
const leaves = data.map(leafHash);
const tree = MerkleTree.from(leaves);
const flip = (b: Buffer, byte = 0) => {
  const c = Buffer.from(b);
  c[byte] ^= 1;
  return c;
};

describe('hashes', () => {
  it('match the RFC definitions, and known sha256 values', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(leafHash(Buffer.alloc(0)).toString('hex')).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    for (const d of data.slice(0, 5)) expect(leafHash(d)).toEqual(refLeaf(d));
    expect(nodeHash(leaves[0], leaves[1])).toEqual(sha(Buffer.from([1]), leaves[0], leaves[1]));
    expect(() => nodeHash(leaves[0], Buffer.alloc(31))).toThrow(/32-byte/);
  });

  it('hash entries larger than the scratch buffer', () => {
    const big = Buffer.alloc(50_000, 7);
    expect(leafHash(big)).toEqual(refLeaf(big));
    expect(leafHash(data[3])).toEqual(refLeaf(data[3]));
  });
});

describe('roots', () => {
  it('rootOf, CompactRange and MerkleTree agree with MTH at every size up to 72', () => {
    const range = new CompactRange();
    expect(range.root()).toEqual(EMPTY_ROOT);
    for (let n = 0; n <= data.length; n++) {
      const want = mth(data.slice(0, n));
      expect(rootOf(leaves, n)).toEqual(want);
      expect(tree.root(n)).toEqual(want);
      expect(range.size).toBe(n);
      expect(range.root()).toEqual(want);
      if (n < data.length) range.append(leaves[n]);
    }
  });

  it('refuses sizes outside the tree', () => {
    expect(() => tree.root(73)).toThrow(RangeError);
    expect(() => rootOf(leaves, -1)).toThrow(RangeError);
    expect(() => tree.leaf(72)).toThrow(RangeError);
  });
});

describe('inclusion proofs', () => {
  it('equal PATH(m, D[n]) and verify, for every index of every size up to 72', () => {
    for (let n = 1; n <= data.length; n++) {
      const root = mth(data.slice(0, n));
      for (let m = 0; m < n; m++) {
        const p = tree.inclusionProof(m, n);
        expect(p).toEqual(path(m, data.slice(0, n)));
        expect(verifyInclusion(leaves[m], m, n, p, root)).toBe(true);
      }
    }
    expect(inclusionProof(leaves, 5, 9)).toEqual(path(5, data.slice(0, 9)));
  }, 30_000);

  it('fail for another leaf, index, size, root or a changed or truncated proof', () => {
    for (let n = 2; n <= 40; n++) {
      const root = tree.root(n);
      for (let m = 0; m < n; m++) {
        const p = tree.inclusionProof(m, n);
        expect(verifyInclusion(leaves[(m + 1) % n], m, n, p, root)).toBe(false);
        expect(verifyInclusion(leaves[m], (m + 1) % n, n, p, root)).toBe(false);
        expect(verifyInclusion(leaves[m], m, n, p, tree.root(n - 1))).toBe(false);
        expect(verifyInclusion(leaves[m], m, n, p.slice(0, -1), root)).toBe(false);
        expect(verifyInclusion(leaves[m], m, n, [...p, leaves[0]], root)).toBe(false);
        for (let i = 0; i < p.length; i++)
          expect(
            verifyInclusion(
              leaves[m],
              m,
              n,
              p.map((h, j) => (j === i ? flip(h) : h)),
              root,
            ),
          ).toBe(false);
      }
    }
  }, 30_000);

  it('reject malformed input without throwing', () => {
    const p = tree.inclusionProof(3, 10);
    const root = tree.root(10);
    expect(verifyInclusion(leaves[3], 10, 10, p, root)).toBe(false);
    expect(verifyInclusion(leaves[3], -1, 10, p, root)).toBe(false);
    expect(verifyInclusion(leaves[3], 3.5, 10, p, root)).toBe(false);
    expect(verifyInclusion(leaves[3], 3, 10, [...p.slice(0, -1), Buffer.alloc(31)], root)).toBe(false);
    expect(verifyInclusion(leaves[3].subarray(1), 3, 10, p, root)).toBe(false);
    expect(verifyInclusion(leaves[0], 0, 1, [], tree.root(1))).toBe(true);
    // A path that ends before reaching the top of the claimed size (sn ≠ 0) is refused, even
    // though the hashes it folds do give the root of a smaller tree.
    expect(verifyInclusion(leaves[0], 0, 3, tree.inclusionProof(0, 2), tree.root(2))).toBe(false);
    expect(verifyInclusion(leaves[5], 5, 12, tree.inclusionProof(5, 8), tree.root(8))).toBe(false);
    expect(() => tree.inclusionProof(10, 10)).toThrow(RangeError);
    expect(() => tree.inclusionProof(0, 73)).toThrow(RangeError);
  });
});

describe('consistency proofs', () => {
  it('equal PROOF(m, D[n]) and verify, for every pair m ≤ n ≤ 45', () => {
    for (let n = 0; n <= 45; n++) {
      const newRoot = mth(data.slice(0, n));
      for (let m = 0; m <= n; m++) {
        const p = tree.consistencyProof(m, n);
        expect(p).toEqual(proof(m, data.slice(0, n)));
        expect(verifyConsistency(m, n, mth(data.slice(0, m)), newRoot, p)).toBe(true);
      }
    }
    expect(consistencyProof(leaves, 3, 7)).toEqual(proof(3, data.slice(0, 7)));
  }, 30_000);

  it('fail for a rewritten old tree, a wrong new root, swapped sizes or a changed proof', () => {
    // A log that differs from the real one at one index: every old size that covers it must fail.
    const forged = MerkleTree.from(leaves.map((l, i) => (i === 4 ? flip(l) : l)));
    for (let n = 2; n <= 45; n++) {
      for (let m = 1; m < n; m++) {
        const p = tree.consistencyProof(m, n);
        const oldRoot = tree.root(m);
        const newRoot = tree.root(n);
        if (m > 4) expect(verifyConsistency(m, n, forged.root(m), newRoot, p)).toBe(false);
        if (n > 4) expect(verifyConsistency(m, n, oldRoot, forged.root(n), p)).toBe(false);
        expect(verifyConsistency(m, n, oldRoot, flip(newRoot), p)).toBe(false);
        expect(verifyConsistency(n, m, newRoot, oldRoot, p)).toBe(false);
        expect(verifyConsistency(m, n, oldRoot, newRoot, p.slice(0, -1))).toBe(false);
        expect(verifyConsistency(m, n, oldRoot, newRoot, [...p, leaves[0]])).toBe(false);
        for (let i = 0; i < p.length; i++)
          expect(
            verifyConsistency(
              m,
              n,
              oldRoot,
              newRoot,
              p.map((h, j) => (j === i ? flip(h, 31) : h)),
            ),
          ).toBe(false);
        if (m < n - 1) expect(verifyConsistency(m + 1, n, tree.root(m + 1), newRoot, p)).toBe(false);
      }
    }
  }, 30_000);

  it('treat the edge cases as Trillian does', () => {
    const r5 = tree.root(5);
    expect(verifyConsistency(5, 5, r5, r5, [])).toBe(true);
    expect(verifyConsistency(5, 5, r5, tree.root(6), [])).toBe(false);
    expect(verifyConsistency(5, 5, r5, r5, [r5])).toBe(false);
    expect(verifyConsistency(0, 5, EMPTY_ROOT, r5, [])).toBe(true);
    expect(verifyConsistency(0, 5, r5, r5, [])).toBe(false);
    expect(verifyConsistency(3, 5, tree.root(3), r5, [])).toBe(false);
    expect(() => tree.consistencyProof(6, 5)).toThrow(RangeError);
  });
});

describe('properties', () => {
  const big = Array.from({ length: 1500 }, (_, i) => leafHash(Buffer.from(`e${i}`)));
  const bigTree = MerkleTree.from(big);

  it('any inclusion proof verifies against the root of its size, and only there', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: big.length }).chain((n) => fc.tuple(fc.constant(n), fc.nat(n - 1))),
        ([n, m]) => {
          const root = rootOf(big, n);
          const p = bigTree.inclusionProof(m, n);
          expect(verifyInclusion(big[m], m, n, p, root)).toBe(true);
          expect(verifyInclusion(big[m], m, n, p, bigTree.root(n === 1 ? 2 : n - 1))).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any consistency proof verifies, and fails once any one leaf of the old tree changes', () => {
    const sizes = fc
      .tuple(fc.integer({ min: 1, max: big.length }), fc.integer({ min: 1, max: big.length }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)]);
    fc.assert(
      fc.property(sizes, fc.nat(), ([m, n], at) => {
        const p = bigTree.consistencyProof(m, n);
        expect(verifyConsistency(m, n, rootOf(big, m), bigTree.root(n), p)).toBe(true);
        const i = at % m;
        const altered = big.slice(0, m);
        altered[i] = flip(altered[i]);
        if (m < n) expect(verifyConsistency(m, n, rootOf(altered, m), bigTree.root(n), p)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a tree grown by appends equals one built at once, at every size', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 0, maxLength: 40 }), { maxLength: 200 }), (items) => {
        const hs = items.map((d) => leafHash(d));
        const t = new MerkleTree();
        const r = new CompactRange();
        for (const h of hs) {
          t.append(h);
          r.append(h);
        }
        expect(t.root()).toEqual(mth(items.map((d) => Buffer.from(d))));
        expect(r.root()).toEqual(t.root());
      }),
      { numRuns: 100 },
    );
  });
});
