import { type KeyObject, sign, verify } from 'node:crypto';
import { z } from 'zod';
import { canonicalBytes, canonicalJson } from './canonical';
import { type RecordEntry, parseEntry } from './entries';
import { MerkleTree, leafHash, verifyConsistency, verifyInclusion } from './merkle';
import {
  type SignedTreeHead,
  base64,
  hex,
  keyIdOf,
  publicKeyPem,
  signTreeHead,
  signedTreeHeadSchema,
  toPublicKey,
  verifyTreeHead,
} from './tree-head';

export { verifyLog, type VerifyLogInput, type VerifyLogResult } from './log';

/**
 * A person's bundle: their entries, each with an inclusion proof in the newest signed tree head,
 * every signed head with consistency proofs between consecutive ones, the public key, and a
 * signed manifest of which entries the server exported. It verifies offline with no database,
 * and shows a part of the record without revealing the rest (siblings are hashes only).
 *
 * What each part defends against:
 * - inclusion proofs: an entry changed, or invented, after the newest head;
 * - consistency proofs: a head (say one from a receipt mailed earlier) that the newest head does
 *   not extend, i.e. history rewritten or cut between them;
 * - the manifest: entries dropped from or reordered within the bundle, which proofs alone allow.
 */

const id = z.string().min(1).max(128);
const size = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const hash = hex(32);

const manifestSchema = z.strictObject({
  orgId: id,
  personId: id,
  treeSize: size,
  rootHash: hash,
  entries: z.array(z.strictObject({ index: size, leafHash: hash })),
  signature: base64,
});

export const bundleSchema = z.strictObject({
  format: z.literal('onrecord-bundle'),
  v: z.literal(1),
  orgId: id,
  personId: id,
  exportedAt: z.iso.datetime(),
  publicKey: z.string().max(1000),
  treeHeads: z.array(signedTreeHeadSchema).min(1),
  consistency: z.array(z.strictObject({ fromSize: size, toSize: size, proof: z.array(hash).max(128) })),
  entries: z.array(z.strictObject({ index: size, entry: z.string(), proof: z.array(hash).max(128) })),
  manifest: manifestSchema,
});

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleManifest = z.infer<typeof manifestSchema>;

export interface BuildBundleInput {
  orgId: string;
  personId: string;
  /** ISO UTC; also the timestamp of the tree head signed for this export. */
  exportedAt: string;
  privateKey: KeyObject;
  publicKeyPem: string;
  /** Canonical bytes of every entry of the organisation's log, in index order. */
  allEntries: readonly Buffer[];
  /** Heads signed before (any order). Those of another key are left out: the bundle carries one key. */
  treeHeads: readonly SignedTreeHead[];
  /**
   * What this person may see. Receives the entry as JSON-parsed from the log (not re-validated:
   * only selected entries are). Defaults to every entry whose subjects include the person; an
   * entry selected that is not about the person is an error, since the bundle would not verify.
   */
  select?: (entry: RecordEntry, index: number) => boolean;
}

const hexList = (hs: Buffer[]) => hs.map((h) => h.toString('hex'));

/**
 * Builds a bundle and signs a new tree head at the log's current size. Throws when the log does
 * not match a stored head (altered or cut since it was signed): such a bundle could only fail,
 * and the operator should run `onrecord verify` instead.
 */
export function buildBundle(input: BuildBundleInput): Bundle {
  const { orgId, personId, exportedAt, privateKey, allEntries } = input;
  const pub = toPublicKey(input.publicKeyPem);
  const keyId = keyIdOf(pub);
  if (keyIdOf(privateKey) !== keyId) throw new Error('buildBundle: the private key does not match the public key');

  const tree = new MerkleTree();
  for (const e of allEntries) tree.appendEntry(e);
  const n = tree.size;

  const stored = input.treeHeads
    .filter((h) => h.keyId === keyId)
    .sort((a, b) => a.treeSize - b.treeSize || (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0))
    .filter((h, i, all) => i === 0 || h.treeSize !== all[i - 1].treeSize);
  for (const h of stored) {
    if (h.orgId !== orgId) throw new Error(`buildBundle: tree head of organisation ${h.orgId} given for ${orgId}`);
    if (!verifyTreeHead(h, pub)) throw new Error(`buildBundle: stored tree head of size ${h.treeSize} has an invalid signature`);
    if (h.treeSize > n) throw new Error(`buildBundle: a tree head was signed at size ${h.treeSize} but the log has ${n} entries`);
    if (tree.root(h.treeSize).toString('hex') !== h.rootHash)
      throw new Error(`buildBundle: the log no longer matches the tree head signed at size ${h.treeSize}`);
  }
  const rootHash = tree.root().toString('hex');
  const head = signTreeHead({ v: 1, orgId, treeSize: n, rootHash, timestamp: exportedAt }, privateKey);
  const treeHeads = [...stored, head];
  const consistency = treeHeads.slice(1).map((h, i) => ({
    fromSize: treeHeads[i].treeSize,
    toSize: h.treeSize,
    proof: hexList(tree.consistencyProof(treeHeads[i].treeSize, h.treeSize)),
  }));

  const select = input.select ?? ((e: RecordEntry) => e.subjects.includes(personId));
  const entries: Bundle['entries'] = [];
  for (let index = 0; index < n; index++) {
    const text = allEntries[index].toString('utf8');
    const raw = JSON.parse(text) as RecordEntry;
    if (!select(raw, index)) continue;
    const entry = parseEntry(raw);
    if (!entry.subjects.includes(personId))
      throw new Error(`buildBundle: entry ${index} was selected but is not about ${personId}`);
    if (entry.orgId !== orgId) throw new Error(`buildBundle: entry ${index} belongs to organisation ${entry.orgId}`);
    if (canonicalJson(raw) !== text) throw new Error(`buildBundle: entry ${index} is not stored in canonical form`);
    entries.push({ index, entry: text, proof: hexList(tree.inclusionProof(index, n)) });
  }

  const unsigned = {
    orgId,
    personId,
    treeSize: n,
    rootHash,
    entries: entries.map((e) => ({ index: e.index, leafHash: tree.leaf(e.index).toString('hex') })),
  };
  const manifest = { ...unsigned, signature: sign(null, canonicalBytes(unsigned), privateKey).toString('base64') };
  return {
    format: 'onrecord-bundle',
    v: 1,
    orgId,
    personId,
    exportedAt,
    publicKey: publicKeyPem(pub),
    treeHeads,
    consistency,
    entries,
    manifest,
  };
}

export type VerifyBundleResult = { ok: true; entries: number; treeSize: number } | { ok: false; error: string; index?: number };

const fail = (error: string, index?: number): VerifyBundleResult =>
  index === undefined ? { ok: false, error } : { ok: false, error, index };
const bytesOf = (hs: string[]) => hs.map((h) => Buffer.from(h, 'hex'));

/**
 * Checks a bundle offline. Accepts the parsed JSON (or its text). Every field is either covered
 * by a signature or compared with one that is, and every encoding is checked to be the canonical
 * one, so that no change to the file goes unnoticed. Never throws.
 */
export function verifyBundle(bundle: unknown): VerifyBundleResult {
  try {
    return check(bundle);
  } catch (e) {
    return fail(`unexpected: ${(e as Error).message}`);
  }
}

function check(input: unknown): VerifyBundleResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return fail('not JSON');
    }
  }
  const parsed = bundleSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`not a bundle: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const b = parsed.data;

  let key: KeyObject;
  try {
    key = toPublicKey(b.publicKey);
  } catch (e) {
    return fail(`public key: ${(e as Error).message}`);
  }
  // PEM parsing forgives whitespace and line lengths; insist on the exact form we write.
  if (publicKeyPem(key) !== b.publicKey) return fail('public key: not in canonical PEM form');

  // Tree heads: each signed by this key, for this organisation, sizes ascending.
  const heads = b.treeHeads;
  for (const [i, h] of heads.entries()) {
    if (!verifyTreeHead(h, key)) return fail(`tree head #${i} (size ${h.treeSize}): invalid signature`);
    if (h.orgId !== b.orgId) return fail(`tree head #${i}: organisation ${h.orgId} is not ${b.orgId}`);
    if (i > 0 && h.treeSize < heads[i - 1].treeSize) return fail(`tree head #${i}: sizes must ascend`);
  }
  const last = heads[heads.length - 1];
  if (last.timestamp !== b.exportedAt) return fail('the newest tree head is not the one signed at export');
  const lastRoot = Buffer.from(last.rootHash, 'hex');

  // Consistency: each head extends the one before, so no signed history was cut or rewritten.
  if (b.consistency.length !== heads.length - 1)
    return fail(`expected ${heads.length - 1} consistency proofs, got ${b.consistency.length}`);
  for (const [i, c] of b.consistency.entries()) {
    const from = heads[i];
    const to = heads[i + 1];
    if (c.fromSize !== from.treeSize || c.toSize !== to.treeSize)
      return fail(`consistency proof #${i} is not between heads #${i} and #${i + 1}`);
    const ok = verifyConsistency(
      from.treeSize,
      to.treeSize,
      Buffer.from(from.rootHash, 'hex'),
      Buffer.from(to.rootHash, 'hex'),
      bytesOf(c.proof),
    );
    if (!ok)
      return fail(
        `tree head of size ${to.treeSize} is not consistent with the one of size ${from.treeSize}: history was rewritten or cut`,
      );
  }

  // Entries: canonical, about this person, and included in the newest head.
  const leaves: Buffer[] = [];
  for (const [i, e] of b.entries.entries()) {
    if (i > 0 && e.index <= b.entries[i - 1].index) return fail('entries are not in strictly increasing index order', e.index);
    if (e.index >= last.treeSize) return fail(`entry index beyond the tree size ${last.treeSize}`, e.index);
    let entry: RecordEntry;
    try {
      const raw: unknown = JSON.parse(e.entry);
      if (canonicalJson(raw) !== e.entry) return fail('entry is not in canonical form', e.index);
      entry = parseEntry(raw);
    } catch (err) {
      return fail(`entry: ${(err as Error).message}`, e.index);
    }
    if (entry.orgId !== b.orgId) return fail(`entry belongs to organisation ${entry.orgId}`, e.index);
    if (!entry.subjects.includes(b.personId)) return fail(`entry is not about ${b.personId}`, e.index);
    const leaf = leafHash(Buffer.from(e.entry, 'utf8'));
    if (!verifyInclusion(leaf, e.index, last.treeSize, bytesOf(e.proof), lastRoot))
      return fail('entry is not in the signed tree (inclusion proof fails)', e.index);
    leaves.push(leaf);
  }

  // Manifest: the server's own list of what it exported, so removing or reordering entries shows.
  const { signature, ...manifest } = b.manifest;
  if (!verify(null, canonicalBytes(manifest), key, Buffer.from(signature, 'base64'))) return fail('manifest: invalid signature');
  if (manifest.orgId !== b.orgId || manifest.personId !== b.personId) return fail('manifest: for another organisation or person');
  if (manifest.treeSize !== last.treeSize || manifest.rootHash !== last.rootHash)
    return fail('manifest: not made for the newest tree head');
  if (manifest.entries.length !== b.entries.length)
    return fail(`manifest lists ${manifest.entries.length} entries, the bundle has ${b.entries.length}`);
  for (const [i, m] of manifest.entries.entries()) {
    if (m.index !== b.entries[i].index || m.leafHash !== leaves[i].toString('hex'))
      return fail(`manifest entry #${i} does not match the bundle`, m.index);
  }
  return { ok: true, entries: b.entries.length, treeSize: last.treeSize };
}
