// A small linear model over a sentence's words, word pairs and lexicon tags, trained in the repo on
// the labelled sets (scripts/train-checker-model.ts). The rules find most findings and explain them;
// the model catches wordings no rule names yet. Pure and synchronous, like the rules.
import type { Sentence } from './context';
import type { CheckerCategory } from './types';

export const MODEL_CATEGORIES: readonly CheckerCategory[] = [
  'protected_characteristic',
  'health_speculation',
  'subjective_label',
  'absolute_language',
  'legal_conclusion',
  'protected_activity_link',
  'emotional_or_sarcastic',
  'vague_no_example',
  'off_record_disclosure',
];

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Receives a sentence's features; the names in comments are how they are written in the weights. */
interface FeatureSink {
  word(w: string): void; // w:WORD
  pair(a: string, b: string): void; // b:A B
  other(f: string): void; // p:! p:? p:" p:quoted otr
  tag(a: string): void; // t:TAG
  otrTag(a: string): void; // o:TAG
  tagPair(a: string, b: string): void; // tt:A+B
  neighbourTag(a: string): void; // n:TAG
  docTag(a: string): void; // d:TAG
}

/**
 * The features of one sentence (a repeated word counts twice): its words and adjacent word pairs (a
 * capitalised word inside the sentence stands for any name, a number for any number), the lexicon tags
 * matched in it and pairs of them, the tags of its neighbours, punctuation that carries tone, and
 * whether the text is an off-the-record point. They depend only on the sentence and its neighbours.
 */
function features(
  s: Sentence,
  prev: Sentence | undefined,
  next: Sentence | undefined,
  otr: boolean,
  doc: readonly string[],
  out: FeatureSink,
): void {
  let last = '<s>';
  for (let i = s.from; i < s.to; i++) {
    const t = s.tokens[i];
    if (!t.word) {
      const p = t.lower;
      if (p === '!') out.other('p:!');
      else if (p === '?') out.other('p:?');
      else if (p === '"' || p === '\u201c') out.other('p:"');
      continue;
    }
    const w = isDigit(t.lower.charCodeAt(0))
      ? '<n>'
      : t.cap && i > s.firstWord && t.lower !== 'i' && !s.rawUpper(i)
        ? '<cap>'
        : t.lower;
    out.word(w);
    out.pair(last, w);
    if (t.q) out.other('p:quoted');
    last = w;
  }
  const tags = s.tags();
  for (const a of tags) {
    out.tag(a);
    if (otr) out.otrTag(a);
    for (const b of tags) if (a < b) out.tagPair(a, b);
  }
  if (prev) for (const a of prev.tags()) out.neighbourTag(a);
  if (next) for (const a of next.tags()) out.neighbourTag(a);
  for (const a of doc) out.docTag(a);
  if (otr) out.other('otr');
}

/**
 * The tags matched anywhere in a text (sorted): a sentence's features include them, so an adverse step
 * three bullets after a grievance is read with the grievance in view.
 */
export function documentTags(sentences: readonly Sentence[]): string[] {
  const all = new Set<string>();
  for (const s of sentences) for (const a of s.tags()) all.add(a);
  return [...all].sort();
}

/** The features of a sentence by name, as the weights file writes them (for training). */
export function sentenceFeatures(
  s: Sentence,
  prev: Sentence | undefined,
  next: Sentence | undefined,
  otr: boolean,
  doc: readonly string[] = [],
): string[] {
  const out: string[] = [];
  features(s, prev, next, otr, doc, {
    word: (w) => out.push(`w:${w}`),
    pair: (a, b) => out.push(`b:${a} ${b}`),
    other: (f) => out.push(f),
    tag: (a) => out.push(`t:${a}`),
    otrTag: (a) => out.push(`o:${a}`),
    tagPair: (a, b) => out.push(`tt:${a}+${b}`),
    neighbourTag: (a) => out.push(`n:${a}`),
    docTag: (a) => out.push(`d:${a}`),
  });
  return out;
}

/** Weights: a bias per category and, per feature, one weight per category (MODEL_CATEGORIES order). */
export interface ModelWeights {
  bias: number[];
  /** Per category, the score above which a sentence is flagged by the model alone. */
  threshold: number[];
  /**
   * Per category, what a rule's finding adds to the score: a rule's finding stands unless the model
   * scores the sentence below `threshold - ruleBonus` (then it is most likely a harmless use).
   */
  ruleBonus: number[];
  /** A feature's weights are whole multiples of `scale` (a smaller file to send to the browser). */
  scale: number;
  weights: Record<string, number[]>;
}

// The weights indexed by the parts of each feature's name, so scoring a sentence looks words and
// tags up without building a string per feature (the checker's hot path): a word's entry holds its
// own weights and those of the pairs it starts, so a pair costs one lookup.
interface WordEntry {
  w?: number[];
  next?: Map<string, number[]>;
}
interface Table {
  words: Map<string, WordEntry>;
  other: Map<string, number[]>;
  tag: Map<string, number[]>;
  otrTag: Map<string, number[]>;
  neighbourTag: Map<string, number[]>;
  docTag: Map<string, number[]>;
  tagPairs: Map<string, Map<string, number[]>>;
}

function index(model: ModelWeights): Table {
  const t: Table = {
    words: new Map(),
    other: new Map(),
    tag: new Map(),
    otrTag: new Map(),
    neighbourTag: new Map(),
    docTag: new Map(),
    tagPairs: new Map(),
  };
  const entry = (word: string) => {
    let e = t.words.get(word);
    if (!e) {
      e = {};
      t.words.set(word, e);
    }
    return e;
  };
  for (const [f, units] of Object.entries(model.weights)) {
    const w = units.map((u) => u * model.scale);
    const colon = f.indexOf(':');
    const kind = f.slice(0, colon);
    const name = f.slice(colon + 1);
    if (kind === 'w') entry(name).w = w;
    else if (kind === 'b') {
      const k = name.indexOf(' ');
      const e = entry(name.slice(0, k));
      e.next ??= new Map();
      e.next.set(name.slice(k + 1), w);
    } else if (kind === 'tt') {
      const k = name.indexOf('+');
      let inner = t.tagPairs.get(name.slice(0, k));
      if (!inner) {
        inner = new Map();
        t.tagPairs.set(name.slice(0, k), inner);
      }
      inner.set(name.slice(k + 1), w);
    } else if (kind === 't') t.tag.set(name, w);
    else if (kind === 'o') t.otrTag.set(name, w);
    else if (kind === 'n') t.neighbourTag.set(name, w);
    else if (kind === 'd') t.docTag.set(name, w);
    else t.other.set(f, w);
  }
  return t;
}

const tables = new WeakMap<ModelWeights, Table>();
// A text's tags add the same to every one of its sentences: summed once per text (per tag list).
const docSums = new WeakMap<readonly string[], { table: Table; z: number[] }>();

function docSum(table: Table, doc: readonly string[], size: number): number[] {
  const kept = docSums.get(doc);
  if (kept && kept.table === table) return kept.z;
  const z = new Array<number>(size).fill(0);
  for (const a of doc) {
    const w = table.docTag.get(a);
    if (w) for (let c = 0; c < size; c++) z[c] += w[c];
  }
  docSums.set(doc, { table, z });
  return z;
}

class Scorer implements FeatureSink {
  /** The entry of the word before the current one (pairs start there), and of the current one. */
  private before: WordEntry | undefined;
  private current: WordEntry | undefined;

  constructor(
    readonly t: Table,
    readonly z: number[],
  ) {
    this.before = t.words.get('<s>');
  }
  private add(w: number[] | undefined) {
    if (w) for (let c = 0; c < this.z.length; c++) this.z[c] += w[c];
  }
  word(w: string) {
    this.current = this.t.words.get(w);
    this.add(this.current?.w);
  }
  // Always called right after word(b), with a the word before it.
  pair(_a: string, b: string) {
    this.add(this.before?.next?.get(b));
    this.before = this.current;
  }
  other(f: string) {
    this.add(this.t.other.get(f));
  }
  tag(a: string) {
    this.add(this.t.tag.get(a));
  }
  otrTag(a: string) {
    this.add(this.t.otrTag.get(a));
  }
  private pairsOf: string | undefined;
  private pairsFrom: Map<string, number[]> | undefined;
  // Called for every b after a, so a's inner table is looked up once.
  tagPair(a: string, b: string) {
    if (a !== this.pairsOf) {
      this.pairsOf = a;
      this.pairsFrom = this.t.tagPairs.get(a);
    }
    this.add(this.pairsFrom?.get(b));
  }
  neighbourTag(a: string) {
    this.add(this.t.neighbourTag.get(a));
  }
  docTag(a: string) {
    this.add(this.t.docTag.get(a));
  }
}

/** Scores (logits) of a sentence for every category (MODEL_CATEGORIES order). */
export function scoreSentence(
  model: ModelWeights,
  s: Sentence,
  prev: Sentence | undefined,
  next: Sentence | undefined,
  otr: boolean,
  doc: readonly string[] = [],
): number[] {
  let table = tables.get(model);
  if (!table) {
    table = index(model);
    tables.set(model, table);
  }
  const z = [...model.bias];
  features(s, prev, next, otr, [], new Scorer(table, z));
  if (doc.length > 0) {
    const d = docSum(table, doc, z.length);
    for (let c = 0; c < z.length; c++) z[c] += d[c];
  }
  return z;
}
