import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Bundle, buildBundle, verifyBundle } from './bundle';
import { canonicalBytes, canonicalJson } from './canonical';
import type { RecordEntry } from './entries';
import { MerkleTree, leafHash } from './merkle';
import { sampleEntry, seeded } from './testing';
import { type SignedTreeHead, publicKeyPem, signTreeHead } from './tree-head';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const pem = publicKeyPem(publicKey);
const orgId = 'org_demo';
const personId = 'person_0000002';
const exportedAt = '2026-04-01T12:00:00.000Z';
const headSizes = [40, 120, 121, 200, 260];

function makeLog(n: number, seed = 7): Buffer[] {
  const rnd = seeded(seed);
  // Six people, so the person of interest appears in about a third of the entries.
  return Array.from({ length: n }, (_, i) => canonicalBytes(sampleEntry(i, rnd, orgId, 6)));
}

function headsFor(log: Buffer[], sizes = headSizes): SignedTreeHead[] {
  const tree = MerkleTree.from(log.map(leafHash));
  return sizes.map((s, i) =>
    signTreeHead(
      {
        v: 1,
        orgId,
        treeSize: s,
        rootHash: tree.root(s).toString('hex'),
        timestamp: `2026-03-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`,
      },
      privateKey,
    ),
  );
}

const build = (log: Buffer[], heads: SignedTreeHead[], select?: (e: RecordEntry, i: number) => boolean) =>
  buildBundle({ orgId, personId, exportedAt, privateKey, publicKeyPem: pem, allEntries: log, treeHeads: heads, select });

const clone = (b: Bundle): Bundle => structuredClone(b);

describe('bundles', () => {
  const log = makeLog(300);
  const heads = headsFor(log);
  let bundle: Bundle;
  beforeAll(() => {
    bundle = build(log, [...heads].reverse()); // stored heads in any order
  });

  it('carry the person’s entries with proofs, every head, and verify offline', () => {
    const mine = log
      .map((e, i) => [i, JSON.parse(e.toString()) as RecordEntry] as const)
      .filter(([, e]) => e.subjects.includes(personId));
    expect(mine.length).toBeGreaterThan(50);
    expect(bundle.entries.map((e) => e.index)).toEqual(mine.map(([i]) => i));
    expect(bundle.treeHeads.map((h) => h.treeSize)).toEqual([...headSizes, 300]);
    expect(bundle.treeHeads.at(-1)?.timestamp).toBe(exportedAt);
    expect(bundle.consistency.map((c) => [c.fromSize, c.toSize])).toEqual([
      [40, 120],
      [120, 121],
      [121, 200],
      [200, 260],
      [260, 300],
    ]);
    expect(verifyBundle(bundle)).toEqual({ ok: true, entries: mine.length, treeSize: 300 });
    // What crosses the wire is JSON: it verifies after a round trip, as text too.
    const text = JSON.stringify(bundle);
    expect(verifyBundle(JSON.parse(text))).toEqual({ ok: true, entries: mine.length, treeSize: 300 });
    expect(verifyBundle(text).ok).toBe(true);
  });

  it('reveal nothing of other people’s entries', () => {
    const text = JSON.stringify(bundle);
    const others = log.filter((e) => !(JSON.parse(e.toString()) as RecordEntry).subjects.includes(personId));
    for (const e of others.slice(0, 30)) expect(text.includes((JSON.parse(e.toString()) as RecordEntry).at)).toBe(false);
  });

  it('work for a selection, an empty selection, and a log with no stored heads', () => {
    const onlyMinutes = build(log, heads, (e) => e.type.startsWith('minutes.') && e.subjects.includes(personId));
    expect(verifyBundle(onlyMinutes)).toMatchObject({ ok: true });
    expect(onlyMinutes.entries.length).toBeLessThan(bundle.entries.length);
    expect(verifyBundle(build(log, heads, () => false))).toEqual({ ok: true, entries: 0, treeSize: 300 });
    const fresh = build(log, []);
    expect(fresh.treeHeads).toHaveLength(1);
    expect(verifyBundle(fresh)).toMatchObject({ ok: true });
    expect(verifyBundle(build([], []))).toEqual({ ok: true, entries: 0, treeSize: 0 });
  });

  it('refuse to build what could not verify', () => {
    expect(() => build(log, heads, () => true)).toThrow(/not about person_0000002/);
    const altered = [...log];
    altered[10] = canonicalBytes({ ...JSON.parse(log[10].toString()), at: '2020-01-01T00:00:00.000Z' });
    expect(() => build(altered, heads)).toThrow(/no longer matches the tree head signed at size 40/);
    expect(() => build(log.slice(0, 250), heads)).toThrow(/signed at size 260 but the log has 250/);
    const other = generateKeyPairSync('ed25519');
    expect(() =>
      buildBundle({
        orgId,
        personId,
        exportedAt,
        privateKey: other.privateKey,
        publicKeyPem: pem,
        allEntries: log,
        treeHeads: heads,
      }),
    ).toThrow(/does not match the public key/);
    const spaced = [...log];
    const i = bundle.entries[0].index;
    spaced[i] = Buffer.from(JSON.stringify(JSON.parse(log[i].toString()), null, 1));
    expect(() => build(spaced, [])).toThrow(/canonical form/);
  });

  it('fail for a history rewritten after a head the person holds', () => {
    // The server alters entry 10 and rebuilds: the head of size 40 (in a receipt, say) cannot be
    // shown consistent with any head over the new log.
    const rewritten = [...log];
    rewritten[10] = canonicalBytes({ ...JSON.parse(log[10].toString()), at: '2020-01-01T00:00:00.000Z' });
    const forged = build(rewritten, headsFor(rewritten, [120, 200]));
    expect(verifyBundle(forged).ok).toBe(true);
    const withReceipt = clone(forged);
    withReceipt.treeHeads.unshift(heads[0]);
    const tree = MerkleTree.from(rewritten.map(leafHash));
    withReceipt.consistency.unshift({
      fromSize: 40,
      toSize: 120,
      proof: tree.consistencyProof(40, 120).map((h) => h.toString('hex')),
    });
    expect(verifyBundle(withReceipt)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not consistent.*rewritten or cut/),
    });
  });

  it('detect named tamperings with a useful message', () => {
    const cases: [string, (b: Bundle) => void, RegExp][] = [
      [
        'entry text',
        (b) => (b.entries[3].entry = b.entries[3].entry.replace('"at":"2026', '"at":"2027')),
        /inclusion proof fails/,
      ],
      [
        'entry recanonicalised',
        (b) => (b.entries[3].entry = JSON.stringify(JSON.parse(b.entries[3].entry), null, 1)),
        /canonical form/,
      ],
      ['entry index', (b) => (b.entries[3].index += 1), /inclusion|order/],
      ['entry dropped', (b) => b.entries.splice(5, 1), /manifest lists/],
      ['entries swapped', (b) => ([b.entries[1], b.entries[2]] = [b.entries[2], b.entries[1]]), /increasing/],
      ['another person’s', (b) => (b.personId = 'person_0000003'), /not about person_0000003|another/],
      [
        'last head dropped',
        (b) => {
          b.treeHeads.pop();
          b.consistency.pop();
        },
        /signed at export/,
      ],
      ['middle head dropped', (b) => b.treeHeads.splice(2, 1), /consistency proofs/],
      ['proof hash uppercased', (b) => (b.entries[0].proof[0] = b.entries[0].proof[0].toUpperCase()), /lowercase hex/],
      ['extra field', (b) => Object.assign(b, { note: 'hi' }), /Unrecognized key/i],
      ['pem re-wrapped', (b) => (b.publicKey = b.publicKey.replace('\n', '\r\n')), /canonical PEM/],
      ['another key', (b) => (b.publicKey = publicKeyPem(generateKeyPairSync('ed25519').publicKey)), /invalid signature/],
      ['manifest signature', (b) => (b.manifest.signature = b.treeHeads[0].signature), /manifest: invalid signature/],
      ['exportedAt', (b) => (b.exportedAt = '2026-04-01T12:00:01.000Z'), /signed at export/],
    ];
    for (const [name, tamper, message] of cases) {
      const b = clone(bundle);
      tamper(b);
      const r = verifyBundle(b);
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.error, name).toMatch(message);
    }
  });

  it('detect every random single-byte change, deletion, reordering and cut, hundreds of times', () => {
    const text = JSON.stringify(bundle);
    const bytes = Buffer.from(text, 'utf8');
    // Byte spans of each part, so every part gets its share of the mutations.
    const span = (key: string) => {
      const start = text.indexOf(`"${key}":`);
      const value = canonicalJson((bundle as unknown as Record<string, unknown>)[key]);
      return [
        Buffer.byteLength(text.slice(0, start)),
        Buffer.byteLength(text.slice(0, start)) + Buffer.byteLength(`"${key}":`) + Buffer.byteLength(value),
      ];
    };
    const parts = [
      'entries',
      'treeHeads',
      'consistency',
      'manifest',
      'publicKey',
      'orgId',
      'personId',
      'exportedAt',
      'format',
    ].map(span);
    parts.push([0, bytes.length]);
    const rnd = seeded(2026);
    const pick = (n: number) => Math.floor(rnd() * n);
    let detected = 0;
    let unparsable = 0;

    for (let trial = 0; trial < 1500; trial++) {
      const [from, to] = parts[trial % parts.length];
      const at = from + pick(to - from);
      const mutated = Buffer.from(bytes);
      mutated[at] = (mutated[at] + 1 + pick(255)) % 256; // never the same byte
      let parsed: unknown;
      try {
        parsed = JSON.parse(mutated.toString('utf8'));
      } catch {
        unparsable++;
        detected++;
        continue;
      }
      const r = verifyBundle(parsed);
      expect(r.ok, `byte ${at} (${text[at]}) set to ${mutated[at]} went unnoticed`).toBe(false);
      detected++;
    }

    for (let trial = 0; trial < 300; trial++) {
      const b = clone(bundle);
      const kind = trial % 5;
      if (kind === 0) b.entries.splice(pick(b.entries.length), 1);
      if (kind === 1) {
        // Delete the entry and its manifest line: only the manifest's signature stands in the way.
        const i = pick(b.entries.length);
        b.entries.splice(i, 1);
        b.manifest.entries.splice(i, 1);
      }
      if (kind === 2) {
        const i = pick(b.entries.length);
        const j = (i + 1 + pick(b.entries.length - 1)) % b.entries.length;
        [b.entries[i], b.entries[j]] = [b.entries[j], b.entries[i]];
        if (trial % 2) [b.manifest.entries[i], b.manifest.entries[j]] = [b.manifest.entries[j], b.manifest.entries[i]];
      }
      if (kind === 3) {
        const k = 1 + pick(10);
        b.entries.splice(-k, k);
        if (trial % 2) b.manifest.entries.splice(-k, k);
      }
      if (kind === 4) {
        const k = 1 + pick(b.treeHeads.length - 1);
        b.treeHeads.splice(-k, k);
        b.consistency.splice(-k, k);
      }
      expect(verifyBundle(JSON.parse(JSON.stringify(b))).ok, `structural tampering #${trial} (kind ${kind}) went unnoticed`).toBe(
        false,
      );
      detected++;
    }
    expect(detected).toBe(1800);
    // Most byte changes still parse: the test is not carried by JSON syntax errors.
    expect(unparsable).toBeLessThan(500);
  }, 60_000);
});
