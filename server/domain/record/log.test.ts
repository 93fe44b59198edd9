import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalBytes } from './canonical';
import { verifyLog } from './log';
import { EMPTY_ROOT, MerkleTree, leafHash } from './merkle';
import { sampleEntry, seeded } from './testing';
import { type SignedTreeHead, publicKeyPem, signTreeHead } from './tree-head';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const orgId = 'org_demo';
const rnd = seeded(11);
const log = Array.from({ length: 400 }, (_, i) => canonicalBytes(sampleEntry(i, rnd, orgId)));
const leaves = log.map(leafHash);
const tree = MerkleTree.from(leaves);
const sign = (size: number, root = tree.root(size)) =>
  signTreeHead(
    { v: 1, orgId, treeSize: size, rootHash: root.toString('hex'), timestamp: '2026-03-01T00:00:00.000Z' },
    privateKey,
  );
const sizes = [0, 1, 50, 100, 101, 180, 256, 300, 399, 400];
const heads = sizes.map((s) => sign(s));

describe('verifyLog', () => {
  it('accepts an intact log, with heads in any order and a key as PEM', () => {
    expect(verifyLog({ entries: log, treeHeads: heads, publicKey })).toEqual({ ok: true, treeSize: 400, entries: 400 });
    expect(verifyLog({ entries: log, treeHeads: [...heads].reverse(), publicKey: publicKeyPem(publicKey) }).ok).toBe(true);
  });

  it('lets entries appended after the newest head pass, unsigned as yet', () => {
    expect(verifyLog({ entries: log, treeHeads: heads.filter((h) => h.treeSize <= 300), publicKey })).toEqual({
      ok: true,
      treeSize: 300,
      entries: 400,
    });
    expect(verifyLog({ entries: log, treeHeads: [], publicKey })).toEqual({ ok: true, treeSize: 0, entries: 400 });
  });

  it('refuses heads that are forged, of another organisation, of another key, or disagree', () => {
    const other = generateKeyPairSync('ed25519');
    expect(verifyLog({ entries: log, treeHeads: heads, publicKey: other.publicKey })).toMatchObject({
      ok: false,
      error: /invalid signature/,
    });
    const forged = { ...heads[3], treeSize: 99 };
    expect(verifyLog({ entries: log, treeHeads: [...heads, forged], publicKey })).toMatchObject({
      ok: false,
      error: /#10 \(size 99\)/,
    });
    const foreign = signTreeHead(
      { v: 1, orgId: 'org_x', treeSize: 50, rootHash: heads[2].rootHash, timestamp: heads[2].timestamp },
      privateKey,
    );
    expect(verifyLog({ entries: log, treeHeads: [...heads, foreign], publicKey })).toMatchObject({
      ok: false,
      error: /organisation org_x/,
    });
    const split = sign(100, tree.root(99));
    expect(verifyLog({ entries: log, treeHeads: [...heads, split], publicKey })).toMatchObject({
      ok: false,
      error: /two signed tree heads of size 100/,
    });
    const badEmpty = sign(0, tree.root(1));
    expect(verifyLog({ entries: log, treeHeads: [badEmpty], publicKey })).toMatchObject({ ok: false, error: /empty root/ });
    expect(verifyLog({ entries: [], treeHeads: [sign(0, EMPTY_ROOT)], publicKey }).ok).toBe(true);
    expect(verifyLog({ entries: log, treeHeads: heads, publicKey: 'nonsense' })).toMatchObject({
      ok: false,
      error: /public key/,
    });
  });

  it('names the first altered entry when recorded leaf hashes are given, and the range otherwise', () => {
    const altered = [...log];
    altered[120] = Buffer.from(log[120]);
    altered[120][30] ^= 1;
    altered[250] = Buffer.from(log[250]);
    altered[250][3] ^= 1;
    expect(verifyLog({ entries: altered, treeHeads: heads, publicKey, expectedLeafHashes: leaves })).toMatchObject({
      ok: false,
      firstBadIndex: 120,
      range: { from: 101, to: 180 },
      error: 'entry 120 does not match the signed tree head of size 180',
    });
    const r = verifyLog({ entries: altered, treeHeads: heads, publicKey });
    expect(r).toMatchObject({ ok: false, range: { from: 101, to: 180 } });
    expect(r.ok === false && r.firstBadIndex).toBe(undefined);
    // Leaf hashes altered together with the entry cannot point at it; the range still holds.
    const colluding = [...leaves];
    colluding[120] = leafHash(altered[120]);
    expect(verifyLog({ entries: altered, treeHeads: heads, publicKey, expectedLeafHashes: colluding })).toMatchObject({
      ok: false,
      range: { from: 101, to: 180 },
    });
  });

  it('reports a cut tail at the first missing index', () => {
    expect(verifyLog({ entries: log.slice(0, 350), treeHeads: heads, publicKey })).toMatchObject({
      ok: false,
      firstBadIndex: 350,
      error: /removed from its end/,
    });
  });

  it('detects every random byte flip, deletion, swap and truncation, hundreds of times', () => {
    const pick = seeded(99);
    const n = (k: number) => Math.floor(pick() * k);
    const onlyLast = [heads[heads.length - 1]];
    for (let trial = 0; trial < 1200; trial++) {
      const entries = [...log];
      const kind = trial % 4;
      let first = 0;
      if (kind === 0) {
        first = n(entries.length);
        entries[first] = Buffer.from(entries[first]);
        const at = n(entries[first].length);
        entries[first][at] = (entries[first][at] + 1 + n(255)) % 256;
      } else if (kind === 1) {
        first = n(entries.length);
        entries.splice(first, 1);
      } else if (kind === 2) {
        first = n(entries.length - 1);
        const j = first + 1 + n(entries.length - first - 1);
        [entries[first], entries[j]] = [entries[j], entries[first]];
      } else {
        first = entries.length - 1 - n(60);
        entries.length = first;
      }
      const treeHeads: SignedTreeHead[] = trial % 8 < 4 ? heads : onlyLast;
      const r = verifyLog({ entries, treeHeads, publicKey, expectedLeafHashes: kind === 0 ? leaves : undefined });
      expect(r.ok, `tampering #${trial} (kind ${kind}, index ${first}) went unnoticed`).toBe(false);
      if (r.ok) continue;
      if (kind === 0) expect(r.firstBadIndex).toBe(first);
      // The reported range always contains the first entry that changed.
      if (r.range)
        expect(r.range.from <= first && first < r.range.to, `range ${JSON.stringify(r.range)} misses ${first}`).toBe(true);
      if (kind === 3) expect(r.firstBadIndex).toBe(first);
    }
  }, 60_000);
});
