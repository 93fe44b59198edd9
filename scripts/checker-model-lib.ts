// Training of the checker's small model (common/checker/model.ts): one logistic scorer per category over
// sentence features. Labels are given per text, not per sentence, so a text's score is its best
// sentence's score (multiple-instance learning): a harmful text teaches its most suspicious sentence,
// an acceptable text teaches every one of its sentences. Deterministic (seeded shuffle).
import { sentencesWithFeatures } from '../common/checker/index';
import { MODEL_CATEGORIES, type ModelWeights } from '../common/checker/model';
import type { CheckerCategory } from '../common/checker/types';
import { seeded } from '../server/domain/record/testing';

export interface Example {
  text: string;
  labels: CheckerCategory[];
  offTheRecord?: boolean;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  minCount?: number;
  seed?: number;
  /** Models trained with this many seeds (shuffles) and averaged: steadier than any one of them. */
  bag?: number;
  /** Weights below this (in absolute value) are set to zero, and features left with none dropped. */
  prune?: number;
  /** Weights are rounded to multiples of this (the weights file stores whole multiples). */
  step?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function train(examples: Example[], opts: TrainOptions = {}): ModelWeights {
  const bag = opts.bag ?? 1;
  if (bag <= 1) return trainOne(examples, opts);
  const models = Array.from({ length: bag }, (_, k) => trainOne(examples, { ...opts, seed: (opts.seed ?? 7) + k * 101 }));
  const C = MODEL_CATEGORIES.length;
  const step = opts.step ?? 0.1;
  const units = (x: number) => Math.round(x / step) || 0;
  const prune = opts.prune ?? 0.3;
  const weights: Record<string, number[]> = {};
  for (const m of models)
    for (const [f, w] of Object.entries(m.weights)) {
      weights[f] ??= new Array<number>(C).fill(0);
      const sum = weights[f];
      w.forEach((x, c) => {
        sum[c] += x / bag;
      });
    }
  for (const [f, w] of Object.entries(weights)) {
    // Small weights are set to zero (they barely move a score) and rows left empty are dropped.
    const kept = w.map((x) => (Math.abs(x) >= prune ? units(x) : 0));
    if (kept.some((x) => x !== 0)) weights[f] = kept;
    else delete weights[f];
  }
  const bias = new Array<number>(C)
    .fill(0)
    .map((_, c) => Math.round((models.reduce((s, m) => s + m.bias[c], 0) / bag) * 100) / 100);
  return { bias, threshold: new Array(C).fill(0), ruleBonus: new Array(C).fill(0), scale: step, weights };
}

function trainOne(examples: Example[], opts: TrainOptions): ModelWeights {
  const { epochs = 40, rate = 0.2, l2 = 1e-3, minCount = 3, seed = 7 } = opts;
  const C = MODEL_CATEGORIES.length;
  const OTR = MODEL_CATEGORIES.indexOf('off_record_disclosure');
  const docs = examples.map((e) => ({
    sentences: sentencesWithFeatures(e.text, e.offTheRecord === true).map((s) => s.features),
    gold: new Set(e.labels),
    otr: e.offTheRecord === true,
  }));
  const counts = new Map<string, number>();
  for (const d of docs) for (const f of new Set(d.sentences.flat())) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const ids = docs.map((d) => d.sentences.map((fs) => fs.flatMap((f) => (index.has(f) ? [index.get(f) as number] : []))));
  const W = new Float64Array(vocab.length * C);
  const G = new Float64Array(vocab.length * C).fill(1e-8);
  const bias = new Array<number>(C).fill(0);
  const gBias = new Array<number>(C).fill(1e-8);
  // Positives are rarer than negatives for every category: weigh them so both sides count alike.
  const pos = MODEL_CATEGORIES.map((c, k) => docs.filter((d) => d.gold.has(c) && (k !== OTR || d.otr)).length);
  const neg = MODEL_CATEGORIES.map((c, k) => docs.filter((d) => !d.gold.has(c) && (k !== OTR || d.otr)).length);
  const posWeight = pos.map((p, k) => Math.min(4, neg[k] / Math.max(1, p)));

  const step = (sentence: number[], c: number, grad: number) => {
    for (const f of sentence) {
      const k = f * C + c;
      const g = grad + l2 * W[k];
      G[k] += g * g;
      W[k] -= (rate / Math.sqrt(G[k])) * g;
    }
    gBias[c] += grad * grad;
    bias[c] -= (rate / Math.sqrt(gBias[c])) * grad;
  };
  const logit = (sentence: number[], c: number) => {
    let z = bias[c];
    for (const f of sentence) z += W[f * C + c];
    return z;
  };

  const random = seeded(seed);
  const order = docs.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const d = docs[i];
      const sentences = ids[i];
      if (sentences.length === 0) continue;
      for (let c = 0; c < C; c++) {
        if (c === OTR && !d.otr) continue;
        if (d.gold.has(MODEL_CATEGORIES[c])) {
          let best = 0;
          let bestZ = Number.NEGATIVE_INFINITY;
          sentences.forEach((s, k) => {
            const z = logit(s, c);
            if (z > bestZ) {
              bestZ = z;
              best = k;
            }
          });
          step(sentences[best], c, (sigmoid(bestZ) - 1) * posWeight[c]);
        } else {
          for (const s of sentences) {
            const p = sigmoid(logit(s, c));
            if (p > 0.05) step(s, c, p);
          }
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const w = Array.from(W.subarray(i * C, i * C + C), (x) => Math.round(x * 1000) / 1000);
    if (w.some((x) => Math.abs(x) >= 0.02)) weights[f] = w;
  });
  return {
    bias: bias.map((b) => Math.round(b * 1000) / 1000),
    threshold: new Array(C).fill(0),
    ruleBonus: new Array(C).fill(0),
    scale: 1,
    weights,
  };
}

/** The categories the model flags in a text, at the model's thresholds plus `shift`. */
export function modelCategories(model: ModelWeights, e: Example, shift = 0): Set<CheckerCategory> {
  const out = new Set<CheckerCategory>();
  const otr = e.offTheRecord === true;
  for (const s of sentencesWithFeatures(e.text, otr)) {
    const z = [...model.bias];
    for (const f of s.features) {
      const w = model.weights[f];
      if (w) for (let c = 0; c < z.length; c++) z[c] += w[c] * model.scale;
    }
    z.forEach((v, c) => {
      const cat = MODEL_CATEGORIES[c];
      if (cat === 'off_record_disclosure' && !otr) return;
      if (v > model.threshold[c] + shift) out.add(cat);
    });
  }
  return out;
}

/** Per category, the best sentence's score (logit) in a text. */
export function textLogits(model: ModelWeights, e: Example): number[] {
  const best = new Array<number>(MODEL_CATEGORIES.length).fill(Number.NEGATIVE_INFINITY);
  for (const s of sentencesWithFeatures(e.text, e.offTheRecord === true)) {
    const z = [...model.bias];
    for (const f of s.features) {
      const w = model.weights[f];
      if (w) for (let c = 0; c < z.length; c++) z[c] += w[c] * model.scale;
    }
    z.forEach((v, c) => {
      if (v > best[c] && (e.offTheRecord === true || MODEL_CATEGORIES[c] !== 'off_record_disclosure')) best[c] = v;
    });
  }
  return best;
}
