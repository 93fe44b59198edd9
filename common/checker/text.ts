// Tokeniser and sentence splitter. Pure, linear in the input, and offset-preserving:
// every token keeps its UTF-16 start/end in the original text so findings can point at exact spans.

export interface Token {
  start: number;
  end: number;
  /** Lower-cased text with typographic apostrophes folded to ASCII. */
  lower: string;
  /** Letters/digits (with inner apostrophes), as opposed to a single punctuation mark. */
  word: boolean;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Whitespace precedes the token. */
  sp: boolean;
  /** A line break precedes the token. */
  nl: boolean;
  /** Inside quotation marks (set per sentence by `splitSentences`). */
  q: boolean;
}

/** A sentence is a half-open range of token indices. */
export interface SentenceRange {
  from: number;
  to: number;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;

function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Length (1 or 2 code units) of the word character at i, or 0 if it is not one. */
function wordCharLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return NON_ASCII_WORD.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (c >= 0xd800 && c <= 0xdfff) return 0; // lone surrogate
  return NON_ASCII_WORD.test(text[i]) ? 1 : 0;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let sp = false;
  let nl = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      sp = true;
      if (isBreak(c)) nl = true;
      i++;
      continue;
    }
    let len = wordCharLen(text, i);
    if (len > 0) {
      let j = i + len;
      for (;;) {
        if (j >= n) break;
        len = wordCharLen(text, j);
        if (len > 0) {
          j += len;
          continue;
        }
        // Keep contractions and possessives ("doesn't", "she's") as one token.
        if (isApostrophe(text.charCodeAt(j)) && j + 1 < n && wordCharLen(text, j + 1) > 0) {
          j += 1;
          continue;
        }
        break;
      }
      const raw = text.slice(i, j);
      const first = raw.charCodeAt(0);
      const cap = first < 128 ? first >= 65 && first <= 90 : UPPER.test(raw[0]);
      tokens.push({ start: i, end: j, lower: raw.toLowerCase().replace(/\u2019/g, "'"), word: true, cap, sp, nl, q: false });
      i = j;
    } else {
      const j = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
      const raw = text.slice(i, j);
      tokens.push({ start: i, end: j, lower: raw === '\u2019' ? "'" : raw, word: false, cap: false, sp, nl, q: false });
      i = j;
    }
    sp = false;
    nl = false;
  }
  return tokens;
}

const TERMINAL = new Set(['.', '!', '?', '\u2026']);
// Abbreviations after which a full stop does not end a sentence. Single letters (e.g., i.e., initials) are handled separately.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'etc', 'vs', 'approx', 'st', 'inc', 'ltd', 'co', 'no', 'fig', 'ref']);

/** Splits at line breaks and at sentence-final punctuation followed by whitespace; marks quoted tokens. */
export function splitSentences(tokens: Token[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  let from = 0;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    let boundary = t.nl;
    if (!boundary && t.sp) {
      const prev = tokens[k - 1];
      if (TERMINAL.has(prev.lower)) {
        const before = k >= 2 ? tokens[k - 2] : undefined;
        const abbrev =
          prev.lower === '.' &&
          before !== undefined &&
          before.word &&
          before.end === prev.start &&
          (before.lower.length === 1 || ABBREVIATIONS.has(before.lower));
        boundary = !abbrev;
      }
    }
    if (boundary) {
      out.push({ from, to: k });
      from = k;
    }
  }
  if (tokens.length > 0) out.push({ from, to: tokens.length });
  for (const s of out) markQuotes(tokens, s);
  return out;
}

const OPEN_CLOSE: Record<string, string> = { '\u201c': '\u201d', '\u2018': "'", '\u00ab': '\u00bb' };

// Quotation state is tracked per sentence so an unbalanced quote cannot silence the rest of a document.
function markQuotes(tokens: Token[], s: SentenceRange): void {
  let closer: string | null = null;
  for (let k = s.from; k < s.to; k++) {
    const t = tokens[k];
    if (!t.word) {
      if (closer !== null && t.lower === closer) {
        closer = null;
        continue;
      }
      if (closer === null) {
        if (t.lower === '"') closer = '"';
        else if (OPEN_CLOSE[t.lower]) closer = OPEN_CLOSE[t.lower];
        else if (t.lower === "'") {
          // A straight single quote opens only when it starts a word: ' after a space, glued to the next word.
          const next = tokens[k + 1];
          const opens = (k === s.from || t.sp) && next !== undefined && next.word && next.start === t.end;
          if (opens) closer = "'";
        }
        continue;
      }
    }
    t.q = closer !== null;
  }
}
