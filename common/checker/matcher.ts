// A token trie for phrase lexicons. Each phrase is written as plain text; inside it `*` alone matches
// any one word and a word ending in `*` matches by prefix ("harass*"). All lexicons are compiled into
// one trie so a sentence is scanned once, whatever the number of phrases.
import { type Token, tokenize } from './text';

export interface Match {
  tag: string;
  /** Token indices, half-open. */
  s: number;
  e: number;
}

// Prefix children are bucketed by their first PREFIX_KEY characters so a token is only compared with the
// few prefixes that can match it, not with every prefix in the lexicon.
const PREFIX_KEY = 3;

interface Node {
  next: Map<string, Node>;
  prefixes: Map<string, Array<[string, Node]>>;
  any: Node | null;
  tags: string[];
}

function node(): Node {
  return { next: new Map(), prefixes: new Map(), any: null, tags: [] };
}

/**
 * A prefix entry ending in a silent "e" ("blame*", "argue*") also matches the -ing form that drops it
 * ("blaming", "arguing"), so a list need not spell out every inflection.
 */
function inflections(phrase: string): string[] {
  const pieces = phrase.trim().split(/\s+/);
  const k = pieces.findIndex((p) => /^[a-z]{3,}e\*$/.test(p));
  if (k < 0) return [phrase];
  const ing = [...pieces];
  ing[k] = `${pieces[k].slice(0, -2)}ing*`;
  return [phrase, ing.join(' ')];
}

export class PhraseTrie {
  private readonly root = node();
  private maxDepth = 0;

  add(tag: string, phrases: readonly string[]): void {
    for (const phrase of phrases.flatMap(inflections)) {
      let cur = this.root;
      let depth = 0;
      for (const piece of phrase.trim().split(/\s+/)) {
        if (piece === '*') {
          cur.any ??= node();
          cur = cur.any;
          depth++;
          continue;
        }
        const isPrefix = piece.length > 1 && piece.endsWith('*');
        const parts = tokenize(isPrefix ? piece.slice(0, -1) : piece).map((t) => t.lower);
        parts.forEach((p, idx) => {
          if (isPrefix && idx === parts.length - 1) {
            if (p.length < PREFIX_KEY) throw new Error(`prefix too short in lexicon: ${phrase}`);
            const key = p.slice(0, PREFIX_KEY);
            let bucket = cur.prefixes.get(key);
            if (!bucket) {
              bucket = [];
              cur.prefixes.set(key, bucket);
            }
            let found = bucket.find(([k]) => k === p)?.[1];
            if (!found) {
              found = node();
              bucket.push([p, found]);
            }
            cur = found;
          } else {
            let found = cur.next.get(p);
            if (!found) {
              found = node();
              cur.next.set(p, found);
            }
            cur = found;
          }
          depth++;
        });
      }
      if (!cur.tags.includes(tag)) cur.tags.push(tag);
      this.maxDepth = Math.max(this.maxDepth, depth);
    }
  }

  /** All matches starting at every token in [from, to), in order of start. */
  matchRange(tokens: Token[], from: number, to: number, out: Match[]): void {
    for (let i = from; i < to; i++) this.walk(tokens, i, to, this.root, i, 0, out);
  }

  private walk(tokens: Token[], start: number, to: number, cur: Node, i: number, depth: number, out: Match[]): void {
    for (const tag of cur.tags) if (i > start) out.push({ tag, s: start, e: i });
    if (i >= to || depth >= this.maxDepth) return;
    const t = tokens[i];
    const exact = cur.next.get(t.lower);
    if (exact) this.walk(tokens, start, to, exact, i + 1, depth + 1, out);
    if (t.word) {
      if (cur.any) this.walk(tokens, start, to, cur.any, i + 1, depth + 1, out);
      const bucket = cur.prefixes.size > 0 ? cur.prefixes.get(t.lower.slice(0, PREFIX_KEY)) : undefined;
      if (bucket) {
        for (const [p, child] of bucket) {
          if (t.lower.startsWith(p)) this.walk(tokens, start, to, child, i + 1, depth + 1, out);
        }
      }
    }
  }
}
