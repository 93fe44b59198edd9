/**
 * Documentation checker throughput (issue 7): `npx tsx bench/checker.bench.ts`.
 * Splits every text of the evaluation sets into sentences and checks them one by one, on one core,
 * for several rounds after a warm-up; reports the median sentences per second (target ≥ 20,000/s).
 * Also reports whole-text throughput (checking each eval text as written). Writes bench/results/checker.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { checkText, clearCheckCache } from '../common/checker/index';
import { splitSentences, tokenize } from '../common/checker/text';

const ROOT = join(import.meta.dirname, '..');
const EVAL = join(ROOT, 'common/checker/eval');
const ROUNDS = 7;
const ROUND_MS = 1000;

const texts = ['dataset.jsonl', 'holdout.jsonl', 'blind.jsonl'].flatMap((f) =>
  readFileSync(join(EVAL, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text as string),
);
const sentences = texts.flatMap((t) => {
  const tokens = tokenize(t);
  return splitSentences(tokens).map((s) => t.slice(tokens[s.from].start, tokens[s.to - 1].end));
});

/** Runs `fn` over `items` repeatedly for ROUND_MS; returns items processed per second. */
function rate(items: string[], fn: (s: string) => unknown): number {
  let n = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < ROUND_MS) {
    for (const it of items) fn(it);
    n += items.length;
    elapsed = performance.now() - t0;
  }
  return (n / elapsed) * 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let sink = 0;
// Cold: the window cache is emptied before every text, so each sentence goes through the rules.
const check = (s: string) => {
  clearCheckCache();
  sink += checkText(s, { offTheRecord: true }).length;
};

rate(sentences, check); // warm-up: JIT and lexicon compilation
const perSentence = Array.from({ length: ROUNDS }, () => rate(sentences, check));
const perText = Array.from({ length: ROUNDS }, () => rate(texts, check));
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);

const result = {
  benchmark: 'checker',
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  corpus: { texts: texts.length, sentences: sentences.length, words },
  sentencesPerSecond: Math.round(median(perSentence)),
  sentencesPerSecondRounds: perSentence.map(Math.round),
  textsPerSecond: Math.round(median(perText)),
  target: { sentencesPerSecond: 20_000 },
  meetsTarget: median(perSentence) >= 20_000,
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/checker.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `checker: ${result.sentencesPerSecond.toLocaleString('en')} sentences/s (median of ${ROUNDS}; target 20,000), ` +
    `${result.textsPerSecond.toLocaleString('en')} texts/s over ${texts.length} texts / ${sentences.length} sentences` +
    (sink < 0 ? '' : ''),
);
