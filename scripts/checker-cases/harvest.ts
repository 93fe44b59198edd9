// Writes common/checker/train/unit-cases.jsonl: the texts of the checker's unit tests, labelled with
// what the rules find in them (the tests pin those findings down), so the model learns the same
// hard negatives and positives the rules were written for. Run before training when tests change:
//   npx tsx scripts/checker-cases/harvest.ts && npx tsx scripts/train-checker-model.ts
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startVitest } from 'vitest/node';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = `${root}common/checker/train/.unit-cases.tmp`;
const target = `${root}common/checker/train/unit-cases.jsonl`;
rmSync(tmp, { force: true });
process.env.CHECKER_CASES_OUT = tmp;
const record = fileURLToPath(new URL('./record.ts', import.meta.url));
const vitest = await startVitest(
  'test',
  ['common/checker/checker.test.ts'],
  {
    run: true,
    config: false,
    root,
    include: ['common/checker/checker.test.ts'],
  },
  {
    plugins: [
      {
        name: 'record-checker-cases',
        enforce: 'pre',
        resolveId(source, importer) {
          if (source === './index' && importer?.endsWith('common/checker/checker.test.ts')) return record;
          return null;
        },
      },
    ],
  },
);
await vitest?.close();
if (!existsSync(tmp)) throw new Error('no cases recorded');
const seen = new Set<string>();
const lines = readFileSync(tmp, 'utf8')
  .split('\n')
  .filter((l) => l && !seen.has(l) && seen.add(l));
writeFileSync(target, `${lines.join('\n')}\n`);
rmSync(tmp);
console.log(`${lines.length} cases -> ${target}`);
