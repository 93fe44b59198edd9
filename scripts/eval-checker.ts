// Evaluates the documentation checker on the labelled sets in common/checker/eval/.
// Usage: npx tsx scripts/eval-checker.ts [--rules-only] [file.jsonl ...]   (default: dataset, holdout, blind, dev2, dev3, unseen-a, unseen-b, unseen-c, unseen-d, unseen-e, unseen-f, unseen-g, unseen-h … unseen-o)
// Scores are text-level: a text counts as flagged for a category when any finding has that category.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHECKER_CATEGORIES, type CheckerCategory, checkText } from '../common/checker/index';

interface Example {
  text: string;
  labels: CheckerCategory[];
  offTheRecord?: boolean;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalReport {
  file: string;
  texts: number;
  overall: Counts;
  perCategory: Record<string, Counts>;
  misses: Array<{ kind: 'FN' | 'FP'; category: string; text: string; found: string[] }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const precision = (c: Counts) => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Counts) => ratio(c.tp, c.tp + c.fn);
export const f1 = (c: Counts) => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

export function readExamples(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as Example;
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
    });
}

export function evaluate(file: string, opts: { rulesOnly?: boolean } = {}): EvalReport {
  const examples = readExamples(file);
  const overall: Counts = { tp: 0, fp: 0, fn: 0 };
  const perCategory: Record<string, Counts> = {};
  for (const { id } of CHECKER_CATEGORIES) perCategory[id] = { tp: 0, fp: 0, fn: 0 };
  const misses: EvalReport['misses'] = [];
  for (const ex of examples) {
    const found = new Set(
      checkText(ex.text, { offTheRecord: ex.offTheRecord === true, rulesOnly: opts.rulesOnly === true }).map((f) => f.category),
    );
    const gold = new Set(ex.labels);
    const harmful = gold.size > 0;
    const flagged = found.size > 0;
    if (harmful && flagged) overall.tp++;
    else if (flagged) overall.fp++;
    else if (harmful) overall.fn++;
    for (const { id } of CHECKER_CATEGORIES) {
      const c = perCategory[id];
      if (gold.has(id) && found.has(id)) c.tp++;
      else if (found.has(id)) {
        c.fp++;
        misses.push({ kind: 'FP', category: id, text: ex.text, found: [...found] });
      } else if (gold.has(id)) {
        c.fn++;
        misses.push({ kind: 'FN', category: id, text: ex.text, found: [...found] });
      }
    }
  }
  return { file, texts: examples.length, overall, perCategory, misses };
}

const fmt = (n: number) => n.toFixed(3);

export function formatReport(r: EvalReport): string {
  const lines = [`== ${r.file} (${r.texts} texts)`];
  const o = r.overall;
  lines.push(
    `harmful-or-not  P=${fmt(precision(o))}  R=${fmt(recall(o))}  F1=${fmt(f1(o))}  (tp ${o.tp}, fp ${o.fp}, fn ${o.fn})`,
  );
  lines.push('per category (text level):');
  for (const { id } of CHECKER_CATEGORIES) {
    const c = r.perCategory[id];
    lines.push(
      `  ${id.padEnd(26)} P=${fmt(precision(c))}  R=${fmt(recall(c))}  F1=${fmt(f1(c))}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`,
    );
  }
  lines.push(`misses (${r.misses.length}):`);
  for (const m of r.misses)
    lines.push(`  ${m.kind} ${m.category}: ${JSON.stringify(m.text)}  [found: ${m.found.join(', ') || '-'}]`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = fileURLToPath(new URL('../common/checker/eval/', import.meta.url));
  const defaults = [
    'dataset',
    'holdout',
    'blind',
    'dev2',
    'dev3',
    'unseen-a',
    'unseen-b',
    'unseen-c',
    'unseen-d',
    'unseen-e',
    'unseen-f',
    'unseen-g',
    'unseen-h',
    'unseen-i',
    'unseen-j',
    'unseen-k',
    'unseen-l',
    'unseen-m',
    'unseen-n',
    'unseen-o',
  ].map((name) => `${here}${name}.jsonl`);
  const args = process.argv.slice(2);
  const rulesOnly = args.includes('--rules-only');
  const named = args.filter((a) => a !== '--rules-only');
  const files = named.length > 0 ? named : defaults;
  for (const file of files) console.log(`${formatReport(evaluate(file, { rulesOnly }))}\n`);
}
