// Issue 4: `onrecord verify` over a database log of N entries (default 1,000,000) against raw
// crypto.createHash('sha256') over the same entry bytes, in the same run (SQLite).
// Run: npx tsx bench/verify-db.bench.ts [N]
import { createHash, generateKeyPairSync } from 'node:crypto';
import { insertTreeHead } from '../server/db/repositories/record.repository';
import { CompactRange, entryBytes, leafHash, publicKeyPem, signTreeHead, textHash } from '../server/domain/record';
import { verifyRecord } from '../server/queries/verify-record';
import { benchRecordDatabase, writeResult } from './support';

const N = Number(process.argv[2] ?? 1_000_000);
const bench = await benchRecordDatabase('onrecord-verify-');
const { db, org, at } = bench;
const h = { db };

const t0 = Date.now();
const range = new CompactRange();
const text = 'Agreed: ship the quarterly report by Friday; Tom leads the migration; review on Monday. ';
for (let i = 0; i < N; i += 5000) {
  const rows: { org_id: string; idx: number; type: string; entry: string; leaf_hash: string; created_at: string }[] = [];
  for (let j = i; j < Math.min(N, i + 5000); j++) {
    const t = `${text}${j}`;
    const bytes = entryBytes({
      v: 1,
      type: 'minutes.sent',
      orgId: org,
      at,
      actorId: 'a',
      subjects: ['a', 'b'],
      data: {
        minutesId: `m${j}`,
        meetingId: `mt${j}`,
        version: 1,
        recipientId: 'b',
        text: t,
        textHash: textHash(t),
        respondBy: at,
      },
    });
    range.append(leafHash(bytes));
    rows.push({
      org_id: org,
      idx: j,
      type: 'minutes.sent',
      entry: bytes.toString('utf8'),
      leaf_hash: leafHash(bytes).toString('hex'),
      created_at: at,
    });
  }
  await h.db.transaction().execute(async (trx) => {
    for (let k = 0; k < rows.length; k += 500)
      await trx
        .insertInto('record_entries')
        .values(rows.slice(k, k + 500))
        .execute();
  });
}
await h.db.insertInto('record_logs').values({ org_id: org, size: N }).execute();
const { privateKey } = generateKeyPairSync('ed25519');
const sth = signTreeHead({ v: 1, orgId: org, treeSize: N, rootHash: range.root().toString('hex'), timestamp: at }, privateKey);
await insertTreeHead(h.db, { id: 'h1', orgId: org, treeSize: N, sth: JSON.stringify(sth), signedAt: at });
console.log(`seeded ${N} entries in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

// Raw baseline over the same bytes (read once into memory, as the yardstick asks).
const all = (await h.db.selectFrom('record_entries').select('entry').orderBy('idx').execute()).map((r) =>
  Buffer.from(r.entry, 'utf8'),
);
const bytes = all.reduce((n, b) => n + b.length, 0);
const r0 = process.hrtime.bigint();
for (const b of all) createHash('sha256').update(b).digest();
const rawMs = Number(process.hrtime.bigint() - r0) / 1e6;

const v0 = process.hrtime.bigint();
const [result] = await verifyRecord(h.db, { publicKeyPem: publicKeyPem(privateKey) });
const verifyMs = Number(process.hrtime.bigint() - v0) / 1e6;
if (!result.ok) throw new Error(`verify failed: ${result.message}`);

const out = {
  date: new Date().toISOString(),
  entries: N,
  megabytes: Number((bytes / 1e6).toFixed(1)),
  rawCreateHash: { ms: Math.round(rawMs), mbPerS: Number((bytes / 1e3 / rawMs).toFixed(1)) },
  onrecordVerifyFromDatabase: { ms: Math.round(verifyMs), mbPerS: Number((bytes / 1e3 / verifyMs).toFixed(1)) },
  ratio: Number((rawMs / verifyMs).toFixed(3)),
};
console.table([out.rawCreateHash, out.onrecordVerifyFromDatabase]);
console.log(
  `verify (reading SQLite + hashing + checking the signed head) runs at ${(out.ratio * 100).toFixed(0)}% of raw createHash`,
);
writeResult('verify-db.json', out);
await bench.close();
