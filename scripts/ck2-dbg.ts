import { LEXICON } from '../common/checker/lexicon';
import { PhraseTrie, type Match } from '../common/checker/matcher';
import { splitSentences, tokenize } from '../common/checker/text';
const T = new PhraseTrie();
for (const [tag, p] of Object.entries(LEXICON)) T.add(tag, p);
const text = process.argv[2];
const toks = tokenize(text);
for (const { from, to } of splitSentences(toks)) {
  const ms: Match[] = [];
  T.matchRange(toks, from, to, ms);
  console.log('SENT:', toks.slice(from, to).map((t) => t.lower).join(' '));
  for (const m of ms) console.log('  ', m.tag, toks.slice(m.s, m.e).map((t) => t.lower).join(' '));
}
