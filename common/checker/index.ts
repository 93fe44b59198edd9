// The documentation checker: finds harmful or accidental wording in 1:1 notes, minutes, objectives and
// weekly updates. Pure TypeScript with no I/O, so the browser editor and the server run the same code.
import { Sentence } from './context';
import { LEXICON } from './lexicon';
import { type Match, PhraseTrie } from './matcher';
import { documentTags, MODEL_CATEGORIES, scoreSentence, sentenceFeatures } from './model';
import { MODEL } from './model-weights';
import {
  absoluteLanguage,
  emotionalOrSarcastic,
  healthSpeculation,
  legalConclusion,
  offRecordDisclosure,
  protectedActivityLink,
  protectedCharacteristic,
  type RawFinding,
  type RuleContext,
  subjectiveLabel,
  MESSAGES,
  vagueNoExample,
  wordCount,
} from './rules';
import { splitSentences, tokenize } from './text';
import type { CheckerCategory, CheckOptions, Finding } from './types';

export { CHECKER_CATEGORIES } from './categories';
export type { CheckerCategory, CheckOptions, Finding } from './types';

export const DEFAULT_NEVER_OFF_RECORD = [
  'harassment',
  'discrimination',
  'safety',
  'fraud',
  'threats of harm to self or others',
  'anything the law requires to be reported',
];

const DEFAULT_MATTER_TAGS: Record<string, string> = {
  harassment: 'od.harassment',
  discrimination: 'od.discrimination',
  safety: 'od.safety',
  fraud: 'od.fraud',
  'threats of harm to self or others': 'od.harm',
  'anything the law requires to be reported': 'od.reportable',
};

const TRIE = new PhraseTrie();
for (const [tag, phrases] of Object.entries(LEXICON)) TRIE.add(tag, phrases);

// A sentence's findings depend only on it, its two neighbours (RuleContext) and the set of tags matched
// anywhere in the text (the model's document features), so they are kept per window of text and tag
// set: re-checking a long note after a keystroke re-runs the rules on about three sentences, unless the
// keystroke changed the text's tags. Offsets are kept relative to the window. Bounded; cleared when full.
const WINDOW_CACHE_MAX = 5000;
const windowCache = new Map<string, Finding[]>();
// The tags of a sentence depend only on its own text: kept so the text's tag set costs a lookup per
// unchanged sentence after a keystroke.
const tagCache = new Map<string, string[]>();

/** Forgets every kept window (benchmarks measure the rules themselves with it). */
export function clearCheckCache(): void {
  windowCache.clear();
  tagCache.clear();
}

export function checkText(text: string, options: CheckOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const disabled = new Set<CheckerCategory>(options.disabledCategories ?? []);
  if (!options.offTheRecord) disabled.add('off_record_disclosure');
  const on = (c: CheckerCategory) => !disabled.has(c);
  const otr = options.offTheRecord === true;
  const rulesOnly = options.rulesOnly === true;
  const optionsKey = JSON.stringify([[...disabled].sort(), options.neverOffRecordMatters ?? null, otr, rulesOnly]);

  const tokens = tokenize(text);
  const ranges = splitSentences(tokens);
  const built: Sentence[] = [];
  const sentence = (i: number): Sentence | undefined => {
    const r = ranges[i];
    if (!r) return undefined;
    if (!built[i]) {
      const matches: Match[] = [];
      TRIE.matchRange(tokens, r.from, r.to, matches);
      built[i] = new Sentence(text, tokens, r.from, r.to, matches);
    }
    return built[i];
  };
  let offRecord: ReturnType<typeof offRecordConfig> | undefined;
  const doc = rulesOnly ? [] : textTags(text, tokens, ranges, sentence);
  const docKey = doc.join(' ');

  const findings: Finding[] = [];
  ranges.forEach((r, i) => {
    // The window: one character either side of the neighbours, and where this sentence lies in it.
    const lo = Math.max(0, tokens[(ranges[i - 1] ?? r).from].start - 1);
    const hi = Math.min(text.length, tokens[(ranges[i + 1] ?? r).to - 1].end + 1);
    const key = `${optionsKey}|${docKey}|${i > 0 ? 1 : 0}${i + 1 < ranges.length ? 1 : 0}|${tokens[r.from].start - lo}|${text.slice(lo, hi)}`;
    let found = windowCache.get(key);
    if (!found) {
      offRecord ??= offRecordConfig(options.neverOffRecordMatters);
      const ctx = { prev: sentence(i - 1), next: sentence(i + 1), ...offRecord };
      const s = sentence(i) as Sentence;
      const raws = checkSentence(s, ctx, on);
      found = (rulesOnly ? raws : weighWithModel(s, ctx, raws, on, otr, doc)).map((r) => {
        const f: Finding = {
          category: r.category,
          start: tokens[r.s].start - lo,
          end: tokens[r.e - 1].end - lo,
          message: r.message,
        };
        if (r.suggestion) f.suggestion = r.suggestion;
        return f;
      });
      if (windowCache.size >= WINDOW_CACHE_MAX) windowCache.clear();
      windowCache.set(key, found);
    }
    for (const f of found) findings.push({ ...f, start: f.start + lo, end: f.end + lo });
  });
  return mergeOverlaps(findings);
}

/** Every sentence of a text with its offsets, the model's features and scores (for training and tests). */
export function sentencesWithFeatures(
  text: string,
  offTheRecord = false,
): Array<{ start: number; end: number; features: string[]; scores: number[] }> {
  const tokens = tokenize(text);
  const ranges = splitSentences(tokens);
  const sentences = ranges.map((r) => {
    const matches: Match[] = [];
    TRIE.matchRange(tokens, r.from, r.to, matches);
    return new Sentence(text, tokens, r.from, r.to, matches);
  });
  const doc = documentTags(sentences);
  return sentences.map((s, i) => ({
    start: tokens[s.from].start,
    end: tokens[s.to - 1].end,
    features: sentenceFeatures(s, sentences[i - 1], sentences[i + 1], offTheRecord, doc),
    scores: scoreSentence(MODEL, s, sentences[i - 1], sentences[i + 1], offTheRecord, doc),
  }));
}

function checkSentence(s: Sentence, ctx: RuleContext, on: (c: CheckerCategory) => boolean): RawFinding[] {
  const raws: RawFinding[] = [];
  if (on('protected_characteristic')) raws.push(...protectedCharacteristic(s, ctx));
  if (on('health_speculation')) {
    const health = healthSpeculation(s, ctx);
    // A guess about someone's health subsumes the characteristic it names ("probably pregnant").
    if (health.length > 0) raws.splice(0, raws.length);
    raws.push(...health.filter((r) => on(r.category)));
  }
  if (on('subjective_label')) {
    // A trait word inside a guess about health ("he's very slow, probably the meds") is part of that guess.
    const healthFound = raws.some((r) => r.category === 'health_speculation');
    raws.push(...subjectiveLabel(s).filter((r) => !(healthFound && r.weak)));
  }
  if (on('absolute_language')) raws.push(...absoluteLanguage(s));
  if (on('legal_conclusion')) raws.push(...legalConclusion(s));
  if (on('protected_activity_link')) raws.push(...protectedActivityLink(s, ctx));
  if (on('emotional_or_sarcastic')) raws.push(...emotionalOrSarcastic(s, ctx));
  if (on('vague_no_example')) raws.push(...vagueNoExample(s, ctx, raws));
  if (on('off_record_disclosure')) raws.push(...offRecordDisclosure(s, ctx));
  return raws;
}

/**
 * The rules' findings for a sentence, weighed by the model: a rule's finding stands unless the model is
 * confident the sentence is harmless in that respect; where no rule fired but the model is confident,
 * the model's finding covers the sentence, with the category's explanation.
 */
function weighWithModel(
  s: Sentence,
  ctx: RuleContext,
  raws: RawFinding[],
  on: (c: CheckerCategory) => boolean,
  otr: boolean,
  doc: readonly string[],
): RawFinding[] {
  if (s.firstWord >= s.to) return raws;
  const z = scoreSentence(MODEL, s, ctx.prev, ctx.next, otr, doc);
  const out = raws.filter((r) => {
    if (r.strong) return true;
    const k = MODEL_CATEGORIES.indexOf(r.category);
    return z[k] > MODEL.threshold[k] - MODEL.ruleBonus[k];
  });
  // The model learnt the default list of never-off-the-record matters; with a shorter list it cannot
  // tell which matter it saw, so only the rules speak for that category.
  const allMatters = ctx.offRecordGroups === null || ctx.offRecordGroups.size >= Object.keys(DEFAULT_MATTER_TAGS).length;
  // A sentence next to a more suspicious one scores higher for being next to it; the finding goes to
  // the more suspicious one. Neighbours are scored from inside this window (without their other
  // neighbour), so the result still depends only on the window.
  // A one-word reply ("Sure.", "Fine.") is too little to judge alone; the rules still read it.
  if (wordCount(s, 1) < 2) return out;
  const namesActivity = doc.includes('pa.act') || doc.includes('pa.complaint');
  let zPrev: number[] | undefined;
  let zNext: number[] | undefined;
  MODEL_CATEGORIES.forEach((category, k) => {
    if (!on(category) || z[k] <= MODEL.threshold[k] || out.some((r) => r.category === category)) return;
    if (category === 'off_record_disclosure' && !allMatters) return;
    // A step against someone is only a protected-activity link where the text names an activity.
    if (category === 'protected_activity_link' && !namesActivity) return;
    if (ctx.prev) zPrev ??= scoreSentence(MODEL, ctx.prev, undefined, s, otr, doc);
    if (ctx.next) zNext ??= scoreSentence(MODEL, ctx.next, s, undefined, otr, doc);
    if ((zPrev && zPrev[k] > z[k]) || (zNext && zNext[k] > z[k])) return;
    let e = s.to;
    while (e > s.firstWord && !s.tokens[e - 1].word) e--;
    out.push({ category, s: s.firstWord, e, ...MESSAGES[category] });
  });
  return out;
}

/** The tags matched anywhere in the text, sorted (the model's document features). */
function textTags(
  text: string,
  tokens: ReturnType<typeof tokenize>,
  ranges: ReturnType<typeof splitSentences>,
  sentence: (i: number) => Sentence | undefined,
): string[] {
  const all = new Set<string>();
  ranges.forEach((r, i) => {
    const key = text.slice(tokens[r.from].start, tokens[r.to - 1].end);
    let tags = tagCache.get(key);
    if (!tags) {
      tags = (sentence(i) as Sentence).tags();
      if (tagCache.size >= WINDOW_CACHE_MAX) tagCache.clear();
      tagCache.set(key, tags);
    }
    for (const a of tags) all.add(a);
  });
  return [...all].sort();
}

function offRecordConfig(matters: string[] | undefined): Pick<RuleContext, 'offRecordGroups' | 'customMatters'> {
  if (matters === undefined) return { offRecordGroups: null, customMatters: [] };
  const groups = new Set<string>();
  const custom: string[][] = [];
  for (const m of matters) {
    const key = m.trim().toLowerCase();
    const tag = DEFAULT_MATTER_TAGS[key];
    if (tag) groups.add(tag);
    else if (key) custom.push(tokenize(key).map((t) => t.lower));
  }
  return { offRecordGroups: groups, customMatters: custom };
}

/** Sorts by start and joins overlapping spans of the same category, so each category's spans are disjoint. */
function mergeOverlaps(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const lastByCategory = new Map<CheckerCategory, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const last = lastByCategory.get(f.category);
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      continue;
    }
    lastByCategory.set(f.category, f);
    out.push(f);
  }
  return out;
}
