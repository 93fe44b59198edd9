/**
 * The record's benchmark (issue 4): `npx tsx bench/record.bench.ts [N]`, N = 1,000,000 by default.
 *
 * Over N realistic canonical entries, in one run:
 *  (a) raw sha256 throughput over the entry bytes (crypto.createHash, the yardstick; the
 *      one-shot crypto.hash, with a Buffer and with a string digest, is shown beside it, since
 *      verification hashes that way and the fairest baseline is the fastest one);
 *  (b) verifyLog throughput over the same entries against one signed head at the end
 *      (target: ≥ 50% of (a));
 *  (c) inclusion proof generation, p50/p99 over 10,000 random indexes (target: < 1 ms);
 *  (d) verifyInclusion time;
 *  (e) the pure cost of appending one entry (leaf hash + frontier append + new root).
 * Writes bench/results/record.json and prints a table.
 */
import { createHash, hash as sha256OneShot, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalBytes } from '../server/domain/record/canonical';
import { verifyLog } from '../server/domain/record/log';
import { CompactRange, MerkleTree, leafHash, verifyInclusion } from '../server/domain/record/merkle';
import { sampleEntry, seeded } from '../server/domain/record/testing';
import { signTreeHead } from '../server/domain/record/tree-head';

const N = Number(process.argv[2] ?? 1_000_000);
if (!Number.isSafeInteger(N) || N < 2) throw new Error('usage: npx tsx bench/record.bench.ts [N ≥ 2]');
const ROUNDS = 3;
const SAMPLES = 10_000;

const now = () => process.hrtime.bigint();
const ms = (from: bigint, to = now()) => Number(to - from) / 1e6;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number, digits = 3) => Number(x.toFixed(digits));

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

// Entries: built once, kept as the Buffers a database driver would hand back.
let t = now();
const rnd = seeded(42);
const entries: Buffer[] = new Array(N);
let totalBytes = 0;
for (let i = 0; i < N; i++) {
  entries[i] = canonicalBytes(sampleEntry(i, rnd));
  totalBytes += entries[i].length;
}
const buildEntriesMs = ms(t);
log(
  `built ${N.toLocaleString('en')} entries, ${(totalBytes / 1e6).toFixed(1)} MB, avg ${(totalBytes / N).toFixed(0)} B, in ${(buildEntriesMs / 1000).toFixed(1)} s`,
);

// The signed head at the end: made from a tree built here (that build is timed too: it is what
// an export or a proof server does once).
t = now();
const tree = new MerkleTree();
for (const e of entries) tree.appendEntry(e);
const treeBuildMs = ms(t);
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const head = signTreeHead(
  { v: 1, orgId: 'org_demo', treeSize: N, rootHash: tree.root().toString('hex'), timestamp: new Date().toISOString() },
  privateKey,
);

function rawCreateHash(): number {
  const start = now();
  let x = 0;
  for (const e of entries) x ^= createHash('sha256').update(e).digest()[0];
  const d = ms(start);
  if (x === 256) log('');
  return d;
}

function rawOneShot(): number {
  const start = now();
  let x = 0;
  for (const e of entries) x ^= sha256OneShot('sha256', e, 'buffer')[0];
  const d = ms(start);
  if (x === 256) log('');
  return d;
}

// The cheapest raw loop there is: one-shot, digest as a string (no Buffer per hash), the way
// verifyLog hashes. Shown so that the ratio against the yardstick is not flattered.
function rawOneShotString(): number {
  const start = now();
  let x = 0;
  for (const e of entries) x ^= sha256OneShot('sha256', e, 'binary').charCodeAt(0);
  const d = ms(start);
  if (x === 256) log('');
  return d;
}

function verifyAll(): number {
  const start = now();
  const r = verifyLog({ entries, treeHeads: [head], publicKey });
  const d = ms(start);
  if (!r.ok) throw new Error(`verifyLog failed on an intact log: ${r.error}`);
  return d;
}

// Interleaved rounds so that a busy machine slows all three alike; the median is reported.
const rawTimes: number[] = [];
const oneShotTimes: number[] = [];
const oneShotStringTimes: number[] = [];
const verifyTimes: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  rawTimes.push(rawCreateHash());
  oneShotTimes.push(rawOneShot());
  oneShotStringTimes.push(rawOneShotString());
  verifyTimes.push(verifyAll());
}
const throughput = (msTaken: number) => ({
  ms: round(msTaken, 1),
  mbPerS: round(totalBytes / 1e6 / (msTaken / 1000), 1),
  entriesPerS: Math.round(N / (msTaken / 1000)),
});
const raw = throughput(median(rawTimes));
const rawHash = throughput(median(oneShotTimes));
const rawHashString = throughput(median(oneShotStringTimes));
const verify = throughput(median(verifyTimes));

// Inclusion proofs at random indexes of the full tree (its size is not a power of two for the
// default N, so proofs include the right-edge subtree that is hashed on demand).
const pick = seeded(7);
const indexes = Array.from({ length: SAMPLES }, () => Math.floor(pick() * N));
const root = tree.root();
for (let i = 0; i < 1000; i++) tree.inclusionProof(indexes[i], N); // warm-up
const proofTimes: number[] = [];
const verifyTimesIncl: number[] = [];
let proofLength = 0;
for (const index of indexes) {
  let s = now();
  const proof = tree.inclusionProof(index, N);
  proofTimes.push(ms(s));
  proofLength = proof.length;
  const leaf = tree.leaf(index);
  s = now();
  const ok = verifyInclusion(leaf, index, N, proof, root);
  verifyTimesIncl.push(ms(s));
  if (!ok) throw new Error(`inclusion proof for ${index} does not verify`);
}
proofTimes.sort((a, b) => a - b);
verifyTimesIncl.sort((a, b) => a - b);
const dist = (xs: number[]) => ({
  p50Ms: round(pct(xs, 50), 4),
  p99Ms: round(pct(xs, 99), 4),
  maxMs: round(xs[xs.length - 1], 4),
});

// Appending onto a frontier of N leaves: what a write adds in memory (the database write is not here).
const frontier = new CompactRange();
for (let i = 0; i < N; i++) frontier.append(tree.leaf(i));
const appendTimes: number[] = [];
for (let i = 0; i < SAMPLES; i++) {
  const e = entries[i];
  const s = now();
  frontier.append(leafHash(e));
  frontier.root();
  appendTimes.push(ms(s));
}
appendTimes.sort((a, b) => a - b);

const mem = process.memoryUsage();
const results = {
  benchmark: 'record',
  command: `npx tsx bench/record.bench.ts ${N}`,
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores)`,
  memoryGb: round(totalmem() / 2 ** 30, 1),
  entries: N,
  totalMb: round(totalBytes / 1e6, 1),
  avgEntryBytes: Math.round(totalBytes / N),
  buildEntriesMs: round(buildEntriesMs, 0),
  treeBuildMs: round(treeBuildMs, 0),
  rounds: ROUNDS,
  rawCreateHash: raw,
  rawOneShotHash: rawHash,
  rawOneShotHashStringDigest: rawHashString,
  verifyLog: verify,
  verifyVsRawCreateHash: round(verify.entriesPerS / raw.entriesPerS, 3),
  verifyVsRawOneShot: round(verify.entriesPerS / rawHash.entriesPerS, 3),
  verifyVsRawOneShotString: round(verify.entriesPerS / rawHashString.entriesPerS, 3),
  inclusionProof: { samples: SAMPLES, proofLength, ...dist(proofTimes) },
  verifyInclusion: { samples: SAMPLES, ...dist(verifyTimesIncl) },
  append: { samples: SAMPLES, ...dist(appendTimes) },
  rssMb: Math.round(mem.rss / 1e6),
  targets: {
    verifyAtLeastHalfOfRaw: verify.entriesPerS >= raw.entriesPerS / 2,
    inclusionProofUnder1ms: pct(proofTimes, 99) < 1,
  },
};

const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'record.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

const row = (name: string, value: string) => log(`${name.padEnd(44)} ${value}`);
log('');
row('entries', `${N.toLocaleString('en')} (avg ${results.avgEntryBytes} B, ${results.totalMb} MB)`);
row('(a) raw createHash sha256', `${raw.mbPerS} MB/s, ${raw.entriesPerS.toLocaleString('en')} entries/s`);
row(
  '    raw crypto.hash (one-shot, Buffer digest)',
  `${rawHash.mbPerS} MB/s, ${rawHash.entriesPerS.toLocaleString('en')} entries/s`,
);
row(
  '    raw crypto.hash (one-shot, string digest)',
  `${rawHashString.mbPerS} MB/s, ${rawHashString.entriesPerS.toLocaleString('en')} entries/s`,
);
row('(b) verifyLog, one head at the end', `${verify.mbPerS} MB/s, ${verify.entriesPerS.toLocaleString('en')} entries/s`);
row('    verifyLog / raw createHash', `${(results.verifyVsRawCreateHash * 100).toFixed(0)}% (target ≥ 50%)`);
row('    verifyLog / raw one-shot, Buffer digest', `${(results.verifyVsRawOneShot * 100).toFixed(0)}%`);
row('    verifyLog / raw one-shot, string digest', `${(results.verifyVsRawOneShotString * 100).toFixed(0)}%`);
row(
  '(c) inclusion proof (tree prebuilt)',
  `p50 ${results.inclusionProof.p50Ms} ms, p99 ${results.inclusionProof.p99Ms} ms (target < 1 ms)`,
);
row('(d) verifyInclusion', `p50 ${results.verifyInclusion.p50Ms} ms, p99 ${results.verifyInclusion.p99Ms} ms`);
row('(e) append: leaf hash + frontier + root', `p50 ${results.append.p50Ms} ms, p99 ${results.append.p99Ms} ms`);
row('tree build (once)', `${(treeBuildMs / 1000).toFixed(2)} s`);
row('rss', `${results.rssMb} MB`);
log(`\nwritten to ${out}`);
