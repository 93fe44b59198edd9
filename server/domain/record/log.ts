import type { KeyObject } from 'node:crypto';
import { CompactRange, EMPTY_ROOT, leafHash } from './merkle';
import { type SignedTreeHead, toPublicKey, verifyTreeHead } from './tree-head';

export type VerifyLogResult =
  | { ok: true; treeSize: number; entries: number }
  | { ok: false; error: string; firstBadIndex?: number; range?: { from: number; to: number } };

export interface VerifyLogInput {
  /** Canonical bytes of every entry of one organisation's log, in index order. */
  entries: readonly Uint8Array[];
  /** Every tree head signed for that organisation, in any order. */
  treeHeads: readonly SignedTreeHead[];
  publicKey: KeyObject | string;
  /**
   * Leaf hashes recorded when the entries were appended (a column beside each entry, say). Not
   * trusted: they only help point at the first altered entry once a signed head has failed.
   */
  expectedLeafHashes?: readonly Uint8Array[];
}

/**
 * `onrecord verify` over a database: rebuilds the tree in one pass (O(log n) memory) and compares
 * its root at every signed head's size. Entries after the newest head are not covered by any
 * signature yet and pass as they are; a log shorter than a signed head has lost its tail.
 *
 * The first failing head bounds the first altered entry: the previous head matched, so it lies in
 * [previous size, failing size). Without a trusted leaf list that range is all the signatures can
 * tell; with recorded leaf hashes, the first leaf in it that differs is named.
 */
export function verifyLog({ entries, treeHeads, publicKey, expectedLeafHashes }: VerifyLogInput): VerifyLogResult {
  let key: KeyObject;
  try {
    key = toPublicKey(publicKey);
  } catch (e) {
    return { ok: false, error: `public key: ${(e as Error).message}` };
  }
  for (const [i, h] of treeHeads.entries()) {
    if (!verifyTreeHead(h, key))
      return { ok: false, error: `tree head #${i} (size ${h?.treeSize}) has an invalid signature or form` };
    if (h.orgId !== treeHeads[0].orgId)
      return { ok: false, error: `tree head #${i} belongs to organisation ${h.orgId}, not ${treeHeads[0].orgId}` };
  }
  const heads = [...treeHeads].sort((a, b) => a.treeSize - b.treeSize);
  for (let i = 1; i < heads.length; i++) {
    if (heads[i].treeSize === heads[i - 1].treeSize && heads[i].rootHash !== heads[i - 1].rootHash) {
      // Two signed roots for one size: the server signed two different histories.
      return { ok: false, error: `two signed tree heads of size ${heads[i].treeSize} with different roots` };
    }
  }

  const range = new CompactRange();
  let j = 0;
  let verified = 0;
  const limit = Math.min(entries.length, heads.length ? heads[heads.length - 1].treeSize : 0);
  while (j < heads.length && heads[j].treeSize === 0) {
    if (!EMPTY_ROOT.equals(Buffer.from(heads[j].rootHash, 'hex')))
      return { ok: false, error: 'the signed head of size 0 is not the empty root' };
    j++;
  }
  for (let i = 0; i < limit; i++) {
    range.appendEntry(entries[i]);
    if (heads[j].treeSize !== i + 1) continue;
    const root = range.root().toString('hex');
    for (; j < heads.length && heads[j].treeSize === i + 1; j++) {
      if (heads[j].rootHash !== root) return locate(entries, verified, i + 1, expectedLeafHashes);
    }
    verified = i + 1;
  }
  if (j < heads.length) {
    return {
      ok: false,
      error: `the log has ${entries.length} entries but a tree head was signed at size ${heads[heads.length - 1].treeSize}: entries were removed from its end`,
      firstBadIndex: entries.length,
    };
  }
  return { ok: true, treeSize: verified, entries: entries.length };
}

function locate(entries: readonly Uint8Array[], from: number, to: number, expected?: readonly Uint8Array[]): VerifyLogResult {
  if (expected) {
    for (let i = from; i < to && i < expected.length; i++) {
      if (!leafHash(entries[i]).equals(expected[i])) {
        return {
          ok: false,
          error: `entry ${i} does not match the signed tree head of size ${to}`,
          firstBadIndex: i,
          range: { from, to },
        };
      }
    }
  }
  return {
    ok: false,
    error: `entries ${from}..${to - 1} do not match the signed tree head of size ${to}; entries before ${from} verify`,
    range: { from, to },
  };
}
