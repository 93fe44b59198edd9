/**
 * Re-checking a 2,000-word note after a keystroke, in Chromium (issue 7; target ≤ 16 ms per check):
 * `npx tsx bench/checker-browser.ts`. Bundles common/checker with esbuild, loads it into a blank page
 * through playwright-core, builds a 2,000-word note from the evaluation texts, then times many checks,
 * each after a one-character edit at a random place. Writes bench/results/checker-browser.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
const CHECKS = 300;
const WORDS = 2000;

const bundle = await build({
  entryPoints: [join(ROOT, 'common/checker/index.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'OnRecordChecker',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  write: false,
});
const code = bundle.outputFiles[0].text;

// A realistic note: eval texts, harmful and not, joined as bullets until 2,000 words.
const texts = readFileSync(join(ROOT, 'common/checker/eval/dataset.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text as string);
const parts: string[] = [];
let words = 0;
for (let i = 0; words < WORDS; i++) {
  const t = texts[i % texts.length];
  const w = t.split(/\s+/).filter(Boolean);
  const take = w.slice(0, WORDS - words).join(' ');
  parts.push(`- ${take}`);
  words += Math.min(w.length, WORDS - words);
}
const note = parts.join('\n');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>checker bench</title>');
  await page.addScriptTag({ content: code });
  // The timing loop is page-side source text: tsx would otherwise inject helpers the page lacks.
  await page.addScriptTag({
    content: `window.runBench = (note, checks, cold) => {
      const { checkText, clearCheckCache } = window.OnRecordChecker;
      let text = note;
      let seed = 42;
      const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
      for (let i = 0; i < 20; i++) checkText(text); // warm-up
      const out = [];
      for (let i = 0; i < checks; i++) {
        const at = Math.floor(rand() * text.length);
        text = i % 2 === 0 ? text.slice(0, at) + 'e' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
        if (cold) clearCheckCache();
        const t0 = performance.now();
        checkText(text);
        out.push(performance.now() - t0);
      }
      return out;
    };`,
  });
  // After a keystroke (what an editor does: unchanged sentences come from the window cache), and cold
  // (every sentence through the rules, as on the first check of a note).
  const run = async (cold: boolean) =>
    [...((await page.evaluate(`window.runBench(${JSON.stringify(note)}, ${CHECKS}, ${cold})`)) as number[])].sort(
      (a, b) => a - b,
    );
  const sorted = await run(false);
  const coldSorted = await run(true);
  const pct = (p: number, xs = sorted) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
  const result = {
    benchmark: 'checker-browser',
    date: new Date().toISOString(),
    browser: `Chromium ${browser.version()}`,
    noteWords: words,
    noteChars: note.length,
    checks: CHECKS,
    medianMs: Number(pct(0.5).toFixed(2)),
    p95Ms: Number(pct(0.95).toFixed(2)),
    maxMs: Number(sorted[sorted.length - 1].toFixed(2)),
    coldMedianMs: Number(pct(0.5, coldSorted).toFixed(2)),
    coldP95Ms: Number(pct(0.95, coldSorted).toFixed(2)),
    bundleBytes: code.length,
    target: { perCheckMs: 16 },
    meetsTarget: pct(0.95) <= 16,
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/checker-browser.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `checker in ${result.browser}: 2,000-word note re-checked after a keystroke in median ${result.medianMs} ms, p95 ${result.p95Ms} ms (target ≤ 16 ms); cold (no kept sentences) median ${result.coldMedianMs} ms, p95 ${result.coldP95Ms} ms`,
  );
} finally {
  await browser.close();
}
