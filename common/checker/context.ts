// Per-sentence view used by the rules: the phrase matches grouped by tag, and small bounded-window
// questions (is this negated? is there a hedge nearby?). Windows are bounded so the whole check stays
// linear in the input, even for one enormous "sentence".
import type { Match } from './matcher';
import type { Token } from './text';

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'without',
  'hardly',
  'nothing',
  'none',
  'nor',
  'neither',
  'cannot',
  'nobody',
  'wasnt',
  'isnt',
]);
const CLAUSE_BREAKS = new Set([',', ';', ':', '\u2014', '\u2013', '(', ')', '.', '!', '?']);
const HEDGE_AFTER_NEGATOR = new Set(['sure', 'certain', 'convinced', 'know', 'clear']);
// Speech verbs that report a feeling: only reported when a person feels it ("she felt", not "it feels like").
const FEELING_VERBS = new Set(['feels', 'felt']);
const FEELERS = new Set(['he', 'she', 'they', 'who', 'everyone', 'team', 'customer', 'client', 'employee']);
const IMPERSONAL = new Set(['it', 'this', 'that', 'there', 'which', 'what']);
const CONTRAST = new Set(['but', 'although', 'though', 'however', 'yet']);

/** The index of the first match that starts at or after `lo`, by binary search (lists are sorted by start). */
export function firstStartingFrom(list: readonly Match[], lo: number): number {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid].s < lo) a = mid + 1;
    else b = mid;
  }
  return a;
}

export class Sentence {
  private readonly byTag = new Map<string, Match[]>();
  readonly firstWord: number;

  private reported: boolean | undefined;

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly from: number,
    readonly to: number,
    matches: Match[],
  ) {
    for (const m of matches) {
      let list = this.byTag.get(m.tag);
      if (!list) {
        list = [];
        this.byTag.set(m.tag, list);
      }
      list.push(m);
    }
    let k = from;
    while (k < to && !tokens[k].word) k++;
    this.firstWord = k;
  }

  all(tag: string): Match[] {
    return this.byTag.get(tag) ?? [];
  }

  private sortedTags: string[] | undefined;

  /** The tags matched in this sentence, sorted. */
  tags(): string[] {
    this.sortedTags ??= [...this.byTag.keys()].sort();
    return this.sortedTags;
  }

  has(tag: string): boolean {
    return this.byTag.has(tag);
  }

  /** The first match of `tag` that starts in [lo, hi], by binary search (match lists are sorted by start). */
  near(tag: string, lo: number, hi: number): Match | undefined {
    const list = this.byTag.get(tag);
    if (!list) return undefined;
    const a = firstStartingFrom(list, lo);
    return a < list.length && list[a].s <= hi ? list[a] : undefined;
  }

  /** Like `near`, but the window stops at clause punctuation on either side of token i. */
  inClause(tag: string, i: number, before: number, after: number): Match | undefined {
    const lo = this.clauseEdge(i, -1, before);
    const hi = this.clauseEdge(i, 1, after);
    return this.near(tag, lo, hi);
  }

  /** Index of the furthest token reachable from i in direction dir within `limit` tokens without crossing a clause break. */
  clauseEdge(i: number, dir: 1 | -1, limit: number): number {
    let k = i;
    for (let n = 0; n < limit; n++) {
      const next = k + dir;
      if (next < this.from || next >= this.to) break;
      const t = this.tokens[next];
      if (!t.word && CLAUSE_BREAKS.has(t.lower) && t.lower !== ',') break;
      k = next;
    }
    return k;
  }

  /** A negator within `window` words before token i, in the same clause. */
  negatedBefore(i: number, window = 4): boolean {
    let seen = 0;
    for (let k = i - 1; k >= this.from && seen < window; k--) {
      const t = this.tokens[k];
      if (!t.word) {
        if (CLAUSE_BREAKS.has(t.lower)) return false;
        continue;
      }
      if (CONTRAST.has(t.lower)) return false;
      if (NEGATORS.has(t.lower) || t.lower.endsWith("n't")) {
        // "not sure he's…", "don't know if…" hedge a guess rather than deny it.
        const after = this.tokens[k + 1];
        if (after !== undefined && HEDGE_AFTER_NEGATOR.has(after.lower)) continue;
        return true;
      }
      seen++;
    }
    return false;
  }

  /** Start of the clause containing token i: after a colon, semicolon, dash or bullet, skipping punctuation. */
  clauseStart(i: number): number {
    let k = i;
    // Bounded so one enormous unpunctuated "sentence" stays linear; real clauses are far shorter.
    const lo = Math.max(this.from, i - 40);
    while (k > lo) {
      const t = this.tokens[k - 1];
      if (!t.word && (t.lower === ':' || t.lower === ';' || t.lower === '\u2014' || t.lower === '(')) break;
      k--;
    }
    while (k < i && !this.tokens[k].word) k++;
    return k;
  }

  /** Previous word token before i within the sentence, or undefined. */
  prevWord(i: number): Token | undefined {
    for (let k = i - 1; k >= this.from && k >= i - 20; k--) if (this.tokens[k].word) return this.tokens[k];
    return undefined;
  }

  nextWord(i: number): Token | undefined {
    for (let k = i; k < this.to && k < i + 20; k++) if (this.tokens[k].word) return this.tokens[k];
    return undefined;
  }

  quoted(m: Match): boolean {
    return this.tokens[m.s].q || this.tokens[m.e - 1].q;
  }

  /** The token is written in capitals ("ALWAYS"), i.e. shouted. */
  rawUpper(k: number): boolean {
    const raw = this.text.slice(this.tokens[k].start, this.tokens[k].end);
    return raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  }

  /** Someone else's words are reported before token i (a speech verb whose subject is not the writer). */
  reportedBefore(i: number, window = 14): boolean {
    if (i >= this.to) {
      this.reported ??= this.scanReported(this.from, this.to);
      return this.reported;
    }
    return this.scanReported(Math.max(this.from, i - window), i);
  }

  private scanReported(lo: number, i: number): boolean {
    for (let m = this.near('ctx.speech', lo, i); m !== undefined && m.s <= i; m = this.near('ctx.speech', m.s + 1, i)) {
      const subject = this.prevWord(m.s);
      if (FEELING_VERBS.has(this.tokens[m.s].lower) && !this.feeler(subject, m.e)) continue;
      if (subject === undefined || (subject.lower !== 'i' && subject.lower !== 'we')) return true;
    }
    return false;
  }

  /** "she felt", "Ana feels that": a person reports a feeling; "it feels like", "retraining him feels like" do not. */
  private feeler(subject: Token | undefined, after: number): boolean {
    if (subject === undefined) return false;
    if (FEELERS.has(subject.lower)) return true;
    return subject.cap && !IMPERSONAL.has(subject.lower) && this.tokens[after]?.lower !== 'like';
  }

  /** The writer is the subject right before token i ("I'm", "my"), so it is their own account. */
  firstPersonBefore(i: number, window = 3): boolean {
    return this.near('ctx.firstPerson', Math.max(this.from, i - window), i - 1) !== undefined;
  }

  endsWithQuestion(): boolean {
    for (let k = this.to - 1; k >= this.from && k >= this.to - 20; k--) {
      const t = this.tokens[k];
      if (t.word) return false;
      if (t.lower === '?') return true;
    }
    return false;
  }
}
