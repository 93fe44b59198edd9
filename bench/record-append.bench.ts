// Issue 4: appending a record entry adds under 1 ms at p99 to the write that carries it (SQLite).
// Same run, same database: a transaction doing a representative write (a minutes row update), with
// and without the record append. Run: npx tsx bench/record-append.bench.ts [N]
import { appendRecordEntry } from '../server/commands/support/record';
import { textHash } from '../server/domain/record';
import { benchRecordDatabase, writeResult } from './support';

const N = Number(process.argv[2] ?? 5000);
const bench = await benchRecordDatabase('onrecord-append-');
const { db, org, at } = bench;
const h = { db };
// A long log already: appends must not slow down as it grows.
const text = 'Agreed: ship the report by Friday. Tom leads the migration. '.repeat(6);
const entry = (i: number) => ({
  v: 1 as const,
  type: 'minutes.confirmed' as const,
  orgId: org,
  at,
  actorId: 'a',
  subjects: ['a', 'b'],
  data: { minutesId: `m${i}`, version: 1, textHash: textHash(`${text}${i}`) },
});
for (let i = 0; i < 20_000; i += 1000) {
  await h.db.transaction().execute(async (trx) => {
    for (let j = i; j < i + 1000; j++) await appendRecordEntry(trx, entry(j));
  });
}

async function run(withAppend: boolean): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < N; i++) {
    const t0 = process.hrtime.bigint();
    await h.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('organisations')
        .set({ name: `Bench ${i}` })
        .where('id', '=', org)
        .execute();
      if (withAppend) await appendRecordEntry(trx, entry(100_000 + i));
    });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b);
}
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

await run(false); // warm up
const without = await run(false);
const withAppend = await run(true);
const result = {
  date: new Date().toISOString(),
  transactions: N,
  logSizeAtStart: 20_000,
  withoutAppend: { p50Ms: pct(without, 50), p99Ms: pct(without, 99) },
  withAppend: { p50Ms: pct(withAppend, 50), p99Ms: pct(withAppend, 99) },
  addedP50Ms: pct(withAppend, 50) - pct(without, 50),
  addedP99Ms: pct(withAppend, 99) - pct(without, 99),
};
console.table([
  { case: 'write alone', p50: result.withoutAppend.p50Ms.toFixed(3), p99: result.withoutAppend.p99Ms.toFixed(3) },
  { case: 'write + record append', p50: result.withAppend.p50Ms.toFixed(3), p99: result.withAppend.p99Ms.toFixed(3) },
  { case: 'added by the append', p50: result.addedP50Ms.toFixed(3), p99: result.addedP99Ms.toFixed(3) },
]);
writeResult('record-append.json', result);
await bench.close();
