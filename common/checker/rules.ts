// One rule per category. Each rule reads a Sentence (phrase matches + context helpers) and returns raw
// findings as token ranges. The guiding idea: a sensitive word is only a finding when the writer is
// asserting it about a person; quotation, reported speech, negation, neutral process records and
// domain terms are context that turns it off.
import type { Sentence } from './context';
import type { Match } from './matcher';
import type { Token } from './text';
import type { CheckerCategory } from './types';
import { HEALTH_PERSON_REQUIRED_WORDS } from './vocab';

export interface RawFinding {
  category: CheckerCategory;
  s: number;
  e: number;
  message: string;
  suggestion: string;
  /** A weak signal that a stronger finding in the same sentence subsumes (a trait word inside a health guess). */
  weak?: boolean;
}

export interface RuleContext {
  prev: Sentence | undefined;
  next: Sentence | undefined;
  /** Off-the-record matter groups enabled by the organisation (lexicon tags), plus literal custom phrases. */
  offRecordGroups: ReadonlySet<string> | null;
  customMatters: readonly string[][];
}

const set = (words: string) => new Set(words.split(' '));

const PERSON_PRONOUNS = set(
  "he she they you him her his hers their your he's she's they're you're he'd she'd someone somebody nobody everyone",
);
// Subjects that show a sentence is about a thing, a process or an outsider rather than the employee.
const NON_PERSON_SUBJECTS = set(
  "it it's this that that's these those there there's vendor supplier customer client caller market quarter year month week process system timeline deadline schedule plan target project problem situation task conversation meeting feedback email tone weather traffic negotiations sales pricing code test tests result results build request requests dashboard data numbers queue launch session trip workload culture forecast budget scope release rollout api app site tool service estimate figures question printer printers train bus server network wifi pipeline job printer laptop machine",
);
const DETERMINERS = set('the a an this that these those its our');
const COPULA_OR_DEGREE = set(
  'is was are were be been being am seems seemed seem appears appeared looks looked sounds sounded comes came across as gets got getting became becomes become acting very so too quite really extremely incredibly bit little rather pretty just honestly frankly fairly somewhat kind kinda sort plain downright utterly totally completely such can always often sometimes generally typically increasingly more most bloody overly far way also quite remains remained',
);
// Words that can follow a predicative adjective ("lazy and…", "rude to…"): anything else after it is a noun it modifies.
const PREDICATIVE_FOLLOWERS = set(
  'and or but with to in at about towards toward when if because as for on of during lately recently again today sometimes overall around whenever than though too also by after before since while nowadays generally always often this these those all so now then from behind under tbh imo honestly with',
);
const HEALTH_PERSON_REQUIRED = set('unstable high ill drinking pills meds medication therapy disorder mental');
// Ambiguous health words ("stress testing", "the deal is sick"): only about health with a person in the sentence.
const HEALTH_NEEDS_PERSON = new Set(HEALTH_PERSON_REQUIRED_WORDS);
// A health word inside its own noun phrase ("a panic disorder", "some kind of condition").
const NOUN_PHRASE_OPENERS = set('a an some kind sort of');
const HEALTH_NOT_BEFORE = set(
  'model models note notes map maps arithmetic math maths block water fountain priority level quality standard',
);
const NEVER_SKIP = set(
  'once ever been really actually even so too had has have a an any the single is was be gets got seems one to',
);
const NOT_BASE_VERB = set(
  'late on at in so a an the there been once ever really too very here available happy ready willing able first last early behind wrong quite just around ahead about with up late one there',
);

export const MESSAGES: Record<CheckerCategory, { message: string; suggestion: string }> = {
  protected_characteristic: {
    message:
      'Mentions a protected characteristic (age, sex, pregnancy, religion, origin, disability, family status…) in a work record; decisions must not depend on it.',
    suggestion: 'Leave it out. Describe the work requirement or the behaviour you observed instead.',
  },
  health_speculation: {
    message:
      "Guesses at someone's health, state of mind or medication; a manager cannot diagnose, and the note can be read as disability bias.",
    suggestion: 'Record only what you observed (what, when) and ask how you can support; refer to occupational health if needed.',
  },
  subjective_label: {
    message: 'A verdict on personality rather than a description of behaviour.',
    suggestion:
      'What did they do or say, when, and what was the effect? For example: "On 3 May interrupted Ana twice in the review."',
  },
  absolute_language: {
    message: 'An absolute ("always", "never", "every time") overstates the problem and is easy to disprove.',
    suggestion: 'Give the actual instances: "Late to stand-up on 3, 5 and 10 June."',
  },
  legal_conclusion: {
    message:
      'States a legal conclusion as fact; whether something is harassment, discrimination or retaliation is for an investigation to decide.',
    suggestion: 'Describe what happened and who reported it ("Ana reported that…") and refer it to HR.',
  },
  protected_activity_link: {
    message:
      'Puts a protected activity (complaint, grievance, leave, union activity, whistleblowing) next to a performance judgement or adverse step, which reads as retaliation.',
    suggestion: 'Keep them apart: document performance on its own, with dated examples, and involve HR before any adverse step.',
  },
  emotional_or_sarcastic: {
    message: 'Emotional or sarcastic wording weakens the record and can be read as personal bias.',
    suggestion: 'State the fact and its impact calmly: "The report due 3 May arrived on 7 May; the client call was postponed."',
  },
  vague_no_example: {
    message: 'A judgement with no observable behaviour, date or example.',
    suggestion: 'What did you observe, and when? Add an example and the standard you expect.',
  },
  off_record_disclosure: {
    message:
      'This describes a matter that can never stay off the record (harassment, discrimination, safety, fraud, threats of harm, legally reportable matters).',
    suggestion:
      'Do not keep this off the record: raise it through the proper route (HR, safety or compliance contact) so it can be acted on.',
  },
};

function raw(category: CheckerCategory, m: { s: number; e: number }, message?: string): RawFinding {
  return { category, s: m.s, e: m.e, message: message ?? MESSAGES[category].message, suggestion: MESSAGES[category].suggestion };
}

/** Quoted, attributed to someone else, or negated: the writer is not asserting it. */
function notAsserted(s: Sentence, m: Match, negWindow = 4): boolean {
  return s.quoted(m) || s.reportedBefore(m.s) || s.negatedBefore(m.s, negWindow);
}

/** The match is half of a hyphenated word ("ill-advised", "lazy-loaded"), so it is a different word. */
function hyphenGlued(s: Sentence, m: Match): boolean {
  const t = s.tokens;
  const after = m.e < s.to && t[m.e].lower === '-' && t[m.e].start === t[m.e - 1].end;
  const before = m.s > s.from && t[m.s - 1].lower === '-' && t[m.s - 1].end === t[m.s].start;
  return after || before;
}

const POSSESSIVES = set('his her their your');

/**
 * Scans back from token i through the clause for the subject: a person, a thing, something a person owns
 * ("his reports"), or nothing at all (a terse note such as "Always late.").
 */
function subjectBefore(s: Sentence, i: number, window = 6): 'person' | 'thing' | 'possessed' | 'none' {
  const lo = s.clauseEdge(i, -1, window);
  for (let k = i - 1; k >= lo; k--) {
    const t = s.tokens[k];
    if (!t.word || s.near('vn.evidence', k, k)) continue; // skip "on Friday", "in March"
    if (DEGREE_NOUNS.has(t.lower) && k - 1 >= lo && s.tokens[k - 1].lower === 'a') {
      k--; // "a bit", "a little": degree, not a noun phrase
      continue;
    }
    if (PERSON_PRONOUNS.has(t.lower)) return 'person';
    if (NON_PERSON_SUBJECTS.has(t.lower) || s.near('vn.workNoun', k, k)) return 'thing';
    const personNoun = s.near('sl.personNoun', k, k) !== undefined;
    if (personNoun) return 'person'; // "the new supervisor", "her manager"
    const before = k - 1 >= lo ? s.tokens[k - 1] : undefined;
    if (before?.word && DETERMINERS.has(before.lower) && !personNoun) return 'thing';
    if (before?.word && POSSESSIVES.has(before.lower) && !personNoun) return 'possessed';
    if (t.cap && k !== s.firstWord && t.lower !== 'i') return 'person';
    if (k === s.firstWord && looksLikeName(s, k)) return 'person';
  }
  return 'none';
}

const DEGREE_NOUNS = set('bit little lot');
// Verbs that follow a person's name at the start of a note: "Kiran is…", "Dev keeps…".
const NAME_FOLLOWERS = set(
  "is was has had can could will would seems seemed comes came gets got keeps kept remains always never constantly often really just does did doesn't didn't isn't wasn't can't won't tends appears looks sounds acts behaves struggles",
);
const COMMON_NOUN_END = /(ion|ment|ness|ity|ance|ence|ing|ure|ism|ogy|ship|ics|age|ale|ales|ers|ies|tes|ts|ds|ks|ns)$/;

/** A capitalised first word followed by a verb, that is not a known word of the lexicon: most likely a name. */
function looksLikeName(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!t.cap || t.lower.length < 3 || t.lower === 'i') return false;
  const next = s.tokens[k + 1];
  if (next === undefined || !NAME_FOLLOWERS.has(next.lower)) return false;
  if (NON_PERSON_SUBJECTS.has(t.lower) || DETERMINERS.has(t.lower) || COMMON_NOUN_END.test(t.lower)) return false;
  return s.near('vn.workNoun', k, k) === undefined && s.near('ctx.process', k, k) === undefined;
}

function personBefore(s: Sentence, i: number, window = 4): boolean {
  return subjectBefore(s, i, window) === 'person';
}

function nextTok(s: Sentence, i: number) {
  return i < s.to ? s.tokens[i] : undefined;
}

// ------------------------------------------------------------------ protected characteristic

const PC_TAGS = [
  'pc.demonym',
  'pc.age',
  'pc.sex',
  'pc.family',
  'pc.origin',
  'pc.religion',
  'pc.disability',
  'pc.nationality',
  'pc.personAdj',
];
// A characteristic word modifying a thing: "senior citizen discount", "family day", "baby range".
const PC_NOT_BEFORE = set(
  'leave colour color condition exchange currency key options market access ramp accessible spot ears fields field data discount discounts range products product segment services service friendly confident accreditation awareness inclusion champion champions forum history month pride room network group support unit ward clinic day days events event festival festivals calendar menu menus food meals option category categories pay loop',
);

export function protectedCharacteristic(s: Sentence): RawFinding[] {
  // Administration of a characteristic (leave, adjustments, policy, data fields) is the neutral case.
  if (s.reportedBefore(s.to)) return [];
  const out: RawFinding[] = [];
  for (const tag of PC_TAGS) {
    for (const m of s.all(tag)) {
      // Administration nearby ("maternity leave request forwarded") is the neutral case.
      if (s.near('ctx.process', Math.max(s.from, m.s - 8), m.e + 8)) continue;
      // No negation check: "someone without family commitments" is the problem, not its absence.
      // The writer's own identity or plans ("I'm Muslim", "my age") are theirs to share.
      if (s.quoted(m) || s.near('ctx.self', Math.max(s.from, m.s - 2), m.s - 1)) continue;
      const next = nextTok(s, m.e);
      if (next?.word && PC_NOT_BEFORE.has(next.lower)) continue;
      if (tag === 'pc.nationality' && !s.near('pc.personNoun', m.e, m.e) && !predicatedOfPerson(s, m)) continue;
      if (tag === 'pc.demonym' && !s.near('pc.personNoun', m.e, m.e) && !predicatedOfPerson(s, m)) continue;
      if (tag === 'pc.personAdj' && !(personBefore(s, m.s) || s.near('pc.personNoun', m.e, m.e))) continue;
      out.push(raw('protected_characteristic', m));
    }
  }
  out.push(...statedAge(s));
  return out;
}

const PREDICATE_LINK = set('is was are were being seems seemed looks appears sounds');

/** "He's Nigerian", "Kiran is deaf": a word predicated of a person. */
function predicatedOfPerson(s: Sentence, m: Match): boolean {
  const p = s.prevWord(m.s);
  if (p === undefined) return false;
  const link = PREDICATE_LINK.has(p.lower) || p.lower.endsWith("'s") || p.lower.endsWith("'re");
  if (!link) return false;
  if (p.lower.endsWith("'s") || p.lower.endsWith("'re")) return PERSON_PRONOUNS.has(p.lower) || p.cap;
  return subjectBefore(s, m.s) === 'person';
}

const AGE_SUBJECT = set("he's she's he she they're they");
const AGE_UNIT_AFTER = set('percent minutes mins hours hrs days weeks months k m mph ms %');

/** "He's 58", "she is 61": a stated age. */
function statedAge(s: Sentence): RawFinding[] {
  const out: RawFinding[] = [];
  // "ideally under 30", "aged 58", "over 50s": an age limit or a stated age with nothing counted after it.
  for (let k = s.from + 1; k < s.to; k++) {
    const t = s.tokens[k];
    if (!t.word || !/^[1-7][0-9]s?$/.test(t.lower) || Number.parseInt(t.lower, 10) < 18) continue;
    const p = s.tokens[k - 1].lower;
    if (p !== 'under' && p !== 'over' && p !== 'aged') continue;
    const next = nextTok(s, k + 1);
    if (
      next === undefined ||
      (!next.word && next.lower !== '%' && next.lower !== ':' && next.lower !== '-' && next.lower !== '/')
    )
      out.push(raw('protected_characteristic', { s: k - 1, e: k + 1 }));
  }
  for (let k = s.from + 1; k < s.to; k++) {
    const t = s.tokens[k];
    if (!t.word || t.lower.length !== 2 || !/^[1-9][0-9]$/.test(t.lower)) continue;
    const p1 = s.tokens[k - 1];
    const p2 = k - 2 >= s.from ? s.tokens[k - 2] : undefined;
    const subj = AGE_SUBJECT.has(p1.lower) || (p1.lower === 'is' && p2 !== undefined && AGE_SUBJECT.has(p2.lower));
    const next = nextTok(s, k + 1);
    if (subj && !(next && (AGE_UNIT_AFTER.has(next.lower) || next.lower === '%' || next.lower === ':'))) {
      out.push(raw('protected_characteristic', { s: k, e: k + 1 }));
    }
  }
  return out;
}

// ------------------------------------------------------------------ health speculation

export function healthSpeculation(s: Sentence): RawFinding[] {
  const out: RawFinding[] = [];
  // Clinical or pharmacy work nearby ("medication chart audit") is the subject matter, not a guess.
  const domain = (m: Match) => s.near('hs.domain', Math.max(s.from, m.s - 8), m.e + 8) !== undefined;
  // Only the writer's own state right before the word ("I'm burnt out") is their account, not "I bet…".
  const blocked = (m: Match) => domain(m) || notAsserted(s, m) || s.firstPersonBefore(m.s, 2) || hyphenGlued(s, m);
  for (const m of s.all('hs.casual')) if (!blocked(m)) out.push(raw('health_speculation', m));
  for (const m of s.all('hs.strong')) {
    if (blocked(m) || modifiesThing(s, m)) continue;
    if (subjectBefore(s, m.s) !== 'thing') out.push(raw('health_speculation', m));
  }
  const question = s.endsWithQuestion();
  for (const m of s.all('hs.term')) {
    if (blocked(m) || modifiesThing(s, m)) continue;
    const word = s.tokens[m.s].lower;
    const next = nextTok(s, m.e);
    if (next?.word && HEALTH_NOT_BEFORE.has(next.lower)) continue;
    // The word heads its own noun phrase ("a panic disorder", "the new meds"): the determiner is not a subject.
    const ownPhrase = [m.s - 1, m.s - 2].some(
      (k) => k >= s.from && (NOUN_PHRASE_OPENERS.has(s.tokens[k].lower) || DETERMINERS.has(s.tokens[k].lower)),
    );
    if (HEALTH_PERSON_REQUIRED.has(word) && !ownPhrase && subjectBefore(s, m.s) === 'thing') continue;
    if (HEALTH_NEEDS_PERSON.has(word) && ((!ownPhrase && subjectBefore(s, m.s) === 'thing') || !personNear(s, m.s))) continue;
    if (word === 'high' && next?.word && !PREDICATIVE_FOLLOWERS.has(next.lower)) continue;
    const hedged = s.near('hs.spec', Math.max(s.from, m.s - 10), m.e + 6) !== undefined;
    if (hedged || question) out.push(raw('health_speculation', m));
  }
  return out;
}

// Nouns a health word can head without naming a thing: "an anxiety thing", "a panic attack".
const HEALTH_HEADS = set(
  'thing things issue issues problem problems episode episodes attack attacks flare condition disorder kind sort',
);

/** "the depressed rate of returns", "the drunk tank": a determiner, one health word, then a noun it modifies. */
function modifiesThing(s: Sentence, m: Match): boolean {
  if (m.e - m.s !== 1) return false;
  const before = s.prevWord(m.s);
  const next = nextTok(s, m.e);
  // After a determiner, or opening the sentence ("Depressed demand in the north").
  const opensPhrase = (before !== undefined && DETERMINERS.has(before.lower)) || m.s === s.firstWord;
  if (!opensPhrase || !next?.word) return false;
  const w = next.lower;
  return !(
    PREDICATIVE_FOLLOWERS.has(w) ||
    COPULA_OR_DEGREE.has(w) ||
    PERSON_PRONOUNS.has(w) ||
    HEALTH_HEADS.has(w) ||
    w.endsWith('ing') ||
    w.endsWith("'s") ||
    w === 'has' ||
    w === 'had'
  );
}

/** A person (pronoun or name) within a few words of token i. */
function personNear(s: Sentence, i: number): boolean {
  for (let k = Math.max(s.from, i - 10); k < s.to && k <= i + 10; k++) {
    if (k === i) continue;
    const t = s.tokens[k];
    if (!t.word) continue;
    if (PERSON_PRONOUNS.has(t.lower) || (t.cap && k !== s.firstWord && t.lower !== 'i') || looksLikeName(s, k)) return true;
  }
  return false;
}

// ------------------------------------------------------------------ subjective label

export function subjectiveLabel(s: Sentence): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of s.all('sl.noun')) if (!notAsserted(s, m)) out.push(raw('subjective_label', m));
  for (const m of s.all('sl.adj')) {
    if (notAsserted(s, m) || hyphenGlued(s, m)) continue;
    const next = nextTok(s, m.e);
    if (next?.word) {
      if (s.near('sl.personNoun', m.e, m.e)) {
        out.push(raw('subjective_label', m));
        continue;
      }
      if (!PREDICATIVE_FOLLOWERS.has(next.lower)) continue; // modifies a thing: "aggressive timeline"
    }
    if (isPredicatedOfPerson(s, m)) out.push(raw('subjective_label', m));
  }
  for (const m of s.all('sl.adjWeak')) {
    if (notAsserted(s, m) || hyphenGlued(s, m)) continue;
    const next = nextTok(s, m.e);
    const onPerson = s.near('sl.personNoun', m.e, m.e) !== undefined;
    const predicative = !next?.word || PREDICATIVE_FOLLOWERS.has(next.lower);
    if (onPerson || (predicative && subjectBefore(s, m.s) === 'person' && isPredicatedOfPerson(s, m)))
      out.push({ ...raw('subjective_label', m), weak: true });
  }
  // "a bit of a snake", "such a nightmare", "he's a total pushover": a noun that is a verdict on a person.
  for (const m of s.all('sl.framedNoun')) {
    if (notAsserted(s, m) || hyphenGlued(s, m)) continue;
    // "a bit of a dinosaur" (age), "what a disaster" (sarcasm): another category names it more precisely.
    if (
      OTHER_OWNERS.some(
        (tag) =>
          s.near(tag, Math.max(s.from, m.s - 4), m.s) !== undefined && s.near(tag, Math.max(s.from, m.s - 4), m.s)!.e >= m.e,
      )
    )
      continue;
    const next = nextTok(s, m.e);
    if (next?.word && !PREDICATIVE_FOLLOWERS.has(next.lower) && !next.cap) continue; // "a nightmare project"
    const frame = s.near('sl.frame', Math.max(s.from, m.s - 6), m.s);
    const framed = frame !== undefined && (frame.e === m.s || frame.e === m.s - 1);
    const p1 = s.prevWord(m.s);
    const article = p1 !== undefined && (p1.lower === 'a' || p1.lower === 'an');
    const subject = subjectBefore(s, framed ? frame.s : m.s);
    if (subject === 'thing' || subject === 'possessed') continue;
    if (framed && (subject === 'person' || frame.s === s.clauseStart(frame.s))) {
      out.push(raw('subjective_label', { s: frame.s, e: m.e }));
    } else if (article && subject === 'person' && isPredicatedOfPerson(s, { tag: m.tag, s: m.s - 1, e: m.e })) {
      out.push(raw('subjective_label', { s: m.s - 1, e: m.e }));
    }
  }
  return out;
}

const OTHER_OWNERS = ['pc.age', 'pc.sex', 'pc.disability', 'es.phrase', 'hs.casual'];

function isPredicatedOfPerson(s: Sentence, m: Match): boolean {
  if (subjectBefore(s, m.s) === 'thing') return false;
  if (m.s === s.clauseStart(m.s)) return true; // a fragment: "Lazy.", "Abrasive with colleagues."
  for (let k = m.s - 1, seen = 0; k >= s.from && seen < 3; k--) {
    const t = s.tokens[k];
    if (!t.word) {
      if (t.lower === ',') continue;
      break;
    }
    seen++;
    if (COPULA_OR_DEGREE.has(t.lower) || t.lower.endsWith("'s") || t.lower.endsWith("'re")) return true;
    if ((t.lower === 'and' || t.lower === 'or') && s.near('sl.adj', Math.max(s.from, k - 2), k - 1)) return true;
  }
  return false;
}

// ------------------------------------------------------------------ absolute language

export function absoluteLanguage(s: Sentence): RawFinding[] {
  const out: RawFinding[] = [];
  const triggers = [
    ...s.all('al.always').map((m) => ({ m, never: false })),
    ...s.all('al.never').map((m) => ({ m, never: true })),
  ];
  for (const { m, never } of triggers) {
    const domain = s.near('al.domain', Math.max(s.from, m.s - 3), m.s);
    if (domain && domain.e >= m.e) continue;
    if (s.quoted(m) || s.reportedBefore(m.s) || s.firstPersonBefore(m.s, 3)) continue;
    if (clauseSubject(s, m.s) === 'thing') continue;
    const head = s.tokens[m.s].lower;
    const atStart = m.s === s.clauseStart(m.s);
    const following = s.nextWord(m.e);
    // "Never share passwords." / "Don't ever share the code." are instructions, not accusations.
    if (IMPERATIVE_HEADS.has(head) && atStart && following && isImperativeVerb(s, following, m.e)) continue;
    // "Not once have we had a complaint": the writer's team is the subject, after the inversion.
    if (atStart && never && s.firstPersonBefore(Math.min(s.to - 1, m.e + 2), 2)) continue;
    if (never) {
      if (!neverIsPraise(s, m)) out.push(raw('absolute_language', m));
    } else if (negativeBehaviourNear(s, m)) {
      out.push(raw('absolute_language', m));
    }
  }
  return out;
}

const IMPERATIVE_HEADS = set("always never don't do");
const CLAUSE_LEADERS = set('and but so then also yet or');

/**
 * The subject of the clause around token i. Subjects come first in English, so a person or a thing at the
 * start of the clause decides ("He gets the figures wrong every time" is about him, not the figures);
 * otherwise scan back from i.
 */
function clauseSubject(s: Sentence, i: number): 'person' | 'thing' | 'possessed' | 'none' {
  let k = s.clauseStart(i);
  while (k < i && (!s.tokens[k].word || CLAUSE_LEADERS.has(s.tokens[k].lower))) k++;
  if (k < i) {
    const t = s.tokens[k];
    if (PERSON_PRONOUNS.has(t.lower) || looksLikeName(s, k) || (t.cap && k !== s.firstWord && t.lower !== 'i')) return 'person';
  }
  // "Keeps missing handovers, week in, week out": what comes after the behaviour is its object, not the subject.
  const behaviour = s.near('al.neg', k, i - 1);
  return subjectBefore(s, behaviour ? behaviour.s : i);
}

function isImperativeVerb(s: Sentence, t: { lower: string }, at: number): boolean {
  const w = t.lower;
  if (NOT_BASE_VERB.has(w) || s.near('al.neg', at, at)) return false;
  if (w.endsWith('ing') || w.endsWith('ed')) return false;
  if (w.endsWith('s') && !w.endsWith('ss')) return false;
  return /^[a-z][a-z-]*$/.test(w);
}

/** "never late", "never once missed", "never lets the standard slip": an absolute that praises. */
function neverIsPraise(s: Sentence, m: Match): boolean {
  let words = 0;
  for (let k = m.e; k < s.to && words < 3; k++) {
    const t = s.tokens[k];
    if (!t.word) return false;
    if (NEVER_SKIP.has(t.lower)) continue;
    if (s.near('al.neg', k, k) !== undefined) return true;
    words++;
  }
  return false;
}

function negativeBehaviourNear(s: Sentence, m: Match): boolean {
  const lo = s.clauseEdge(m.s, -1, 7);
  const hi = s.clauseEdge(m.e - 1, 1, 10);
  for (let n = s.near('al.neg', lo, hi); n !== undefined; n = s.near('al.neg', n.s + 1, hi)) {
    if (n.s >= m.s && n.s < m.e) continue;
    if (!s.negatedBefore(n.s, 2)) return true;
  }
  return false;
}

// ------------------------------------------------------------------ legal conclusion

export function legalConclusion(s: Sentence): RawFinding[] {
  // Policies, training, investigations: the word names a subject, not a verdict. A verdict frame that contains
  // such a word ("we'd lose at tribunal") is still a verdict.
  // "hearing aid" is not a hearing: a context word inside a longer disability term does not count.
  const inVerdict = (x: Match) => containedIn(s, 'lc.verdict', x, false) || containedIn(s, 'pc.disability', x, true);
  if (s.all('lc.context').some((x) => !inVerdict(x)) || s.endsWithQuestion()) return [];
  const out: RawFinding[] = [];
  for (const m of s.all('lc.term')) {
    if (s.quoted(m) || (s.negatedBefore(m.s, 5) && !withoutAdjunct(s, m)) || legalReported(s, m)) continue;
    if (s.firstPersonBefore(m.s, 3) && !weFound(s, m)) continue;
    if (allegedBefore(s, m, inVerdict)) continue;
    if (s.near('lc.modified', m.e, m.e)) continue;
    const t = s.tokens;
    if (m.s - 2 >= s.from && t[m.s - 1].lower === '-' && (t[m.s - 2].lower === 'anti' || t[m.s - 2].lower === 'non')) continue;
    out.push(raw('legal_conclusion', m));
  }
  return out;
}

/** A match of `tag` that contains x (strictly longer when `longer`), found by bounded search, so the check stays linear. */
function containedIn(s: Sentence, tag: string, x: Match, longer: boolean): boolean {
  const list = s.all(tag);
  const lo = x.s - 8;
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid].s < lo) a = mid + 1;
    else b = mid;
  }
  for (let i = a; i < list.length && list[i].s <= x.s; i++) {
    const v = list[i];
    if (x.e <= v.e && (!longer || v.e - v.s > x.e - x.s)) return true;
  }
  return false;
}

const WRITER = set("i we i've we've i'd we'd i'm we're");
const WE_AUX = set('have had has clearly plainly obviously definitely');
const TIME_ADJUNCT = set('after since following for over');
const VERDICT_COPULA = set("was is were are = constitutes constituted amounts amounted that's clearly plainly obviously");
const SPEECH_SUBJECT_CLAUSE = set('what how whatever');

/**
 * Reported speech, except a speech verb inside the subject of the verdict: "what Gary said to Leah was
 * harassment" judges what he said; "Leah said it was harassment" reports her words.
 */
function legalReported(s: Sentence, m: Match): boolean {
  if (!s.reportedBefore(m.s)) return false;
  const lo = Math.max(s.from, m.s - 14);
  for (let sp = s.near('ctx.speech', lo, m.s - 1); sp !== undefined && sp.s < m.s; sp = s.near('ctx.speech', sp.s + 1, m.s - 1)) {
    let subjectClause = false;
    for (let k = sp.s - 1; k >= Math.max(s.from, sp.s - 3); k--)
      if (SPEECH_SUBJECT_CLAUSE.has(s.tokens[k].lower)) subjectClause = true;
    if (!subjectClause) return true;
  }
  return false;
}

/** "Doing X without consultation breaches the Act": "without" negates its own noun, not the verb that follows. */
function withoutAdjunct(s: Sentence, m: Match): boolean {
  const verb = s.tokens[m.s].lower;
  if (!/(es|ed)$/.test(verb)) return false;
  for (let k = m.s - 1, n = 0; k >= s.from && n < 5; k--) {
    const t = s.tokens[k];
    if (!t.word) return false;
    if (t.lower === 'without') return n >= 1;
    if (t.lower !== 'without' && (t.lower === 'not' || t.lower === 'no' || t.lower === 'never' || t.lower.endsWith("n't")))
      return false;
    n++;
  }
  return false;
}

/** "We discriminated against Paulo": the writer's organisation found at fault is a conclusion, not the writer's own account. */
function weFound(s: Sentence, m: Match): boolean {
  // "we have breached", "we've clearly discriminated": skip up to two auxiliaries or adverbs.
  let before: Token | undefined;
  for (let k = m.s - 1, n = 0; k >= s.from && n < 3; k--) {
    const t = s.tokens[k];
    if (!t.word) break;
    before = t;
    if (!WE_AUX.has(t.lower)) break;
    n++;
  }
  return before !== undefined && (before.lower === 'we' || before.lower === "we've") && s.tokens[m.s].lower.endsWith('ed');
}

/** An allegation, process or someone else's belief shortly before the term ("Mo believes he was retaliated against"). */
function allegedBefore(s: Sentence, m: Match, inVerdict: (x: Match) => boolean): boolean {
  const lo = Math.max(s.from, m.s - 8);
  for (let a = s.near('lc.allege', lo, m.s - 1); a !== undefined && a.s < m.s; a = s.near('lc.allege', a.s + 1, m.s - 1)) {
    if (inVerdict(a)) continue;
    // "Moving her desk after her complaint was retaliation": the complaint is when it happened, and a copula
    // right before the term states the verdict.
    const adjunct = [a.s - 1, a.s - 2].some((k) => k >= s.from && TIME_ADJUNCT.has(s.tokens[k].lower));
    const copula = m.s - 1 >= s.from && VERDICT_COPULA.has(s.tokens[m.s - 1].lower);
    if (adjunct && copula) continue;
    return true;
  }
  const b = s.near('lc.belief', lo, m.s - 1);
  if (b !== undefined) {
    const subject = s.prevWord(b.s);
    if (subject === undefined || !WRITER.has(subject.lower)) return true;
  }
  return false;
}

// ------------------------------------------------------------------ protected activity next to a judgement

export function protectedActivityLink(s: Sentence, ctx: RuleContext): RawFinding[] {
  if (s.has('pa.neutral')) return [];
  const acts = activities(s);
  if (acts.length === 0) return [];
  // Token indices covered by an activity, so "sick leave" is not also read as its own adverse word.
  const covered = new Set<number>();
  for (const m of acts) {
    for (let k = m.s; k < m.e; k++) covered.add(k);
    // What a complaint is about ("complained about a hostile manager") is its subject, not a judgement.
    const about = nextTok(s, m.e);
    if (about && COMPLAINT_OBJECT.has(about.lower)) {
      const end = Math.min(s.to, m.e + 8);
      for (let k = m.e; k < end && !COMPLAINT_OBJECT_END.has(s.tokens[k].lower); k++) covered.add(k);
    }
  }
  const actEnd = acts.reduce((e, m) => Math.max(e, m.e), s.from);
  // Someone else's words between the activity and the judgement ("…; she said the team is poor") are theirs.
  // The writer's own "told her…" (no subject, or "I told") is not someone else's words; nor is a noun in the
  // activity's object ("the whistleblowing report on expense claims").
  const reported = (x: Sentence, a: Match) => {
    for (let m = x.near('ctx.speech', x === s ? actEnd : x.from, a.s - 1); m !== undefined && m.s < a.s; ) {
      const subject = x.prevWord(m.s);
      const own = m.s === x.firstWord || subject?.lower === 'i' || subject?.lower === 'we';
      if (!own && !(x === s && covered.has(m.s))) return true;
      m = x.near('ctx.speech', m.s + 1, a.s - 1);
    }
    return false;
  };
  const adverse = (x: Sentence, skip: Set<number>) =>
    JUDGEMENT_TAGS.some((tag) =>
      x
        .all(tag)
        .some(
          (a) =>
            !skip.has(a.s) &&
            !skip.has(a.e - 1) &&
            (POSITIVE_OUTCOMES.has(x.tokens[a.s].lower) || !x.negatedBefore(a.s, 2)) &&
            !reported(x, a) &&
            !x.quoted(a) &&
            (tag !== 'pa.judgement' || !softAboutThing(x, a.s, skip)),
        ),
    );
  let linked = adverse(s, covered);
  // The next bullet or sentence often carries the judgement: "Raised a concern about the audit. Not a team player."
  if (!linked && ctx.next && !ctx.next.has('pa.neutral') && activities(ctx.next).length === 0) {
    linked = adverse(ctx.next, new Set());
  }
  // Or the judgement comes first and the activity explains it: "I'd think twice about Lara. She went to the regulator."
  if (!linked && ctx.prev && !ctx.prev.has('pa.neutral') && activities(ctx.prev).length === 0) {
    linked = PREV_JUDGEMENT_TAGS.some((tag) =>
      ctx.prev?.all(tag).some((a) => !ctx.prev?.negatedBefore(a.s, 2) && !ctx.prev?.quoted(a)),
    );
  }
  return linked ? acts.map((m) => raw('protected_activity_link', m)) : [];
}

const SOFT_FRAME = set('a an real bit of such total complete absolute proper right little bloody');

/** A soft verdict whose subject is a thing ("the hotel booking was a hassle"), not the employee who took the step. */
function softAboutThing(x: Sentence, i: number, activity: Set<number>): boolean {
  let k = i;
  while (k - 1 >= x.from && SOFT_FRAME.has(x.tokens[k - 1].lower)) k--;
  const lo = x.clauseEdge(k, -1, 8);
  for (let j = k - 1; j >= lo; j--) if (activity.has(j)) return false; // "joined the union and has been less invested"
  return subjectBefore(x, k, 8) === 'thing';
}

// Outcomes whose denial is the adverse step: "not promotion material", "not recommending her for the bonus".
const POSITIVE_OUTCOMES = set(
  'promotion promoted promote promoting bonus recommend recommending renew renewing considered raise',
);
// A judgement of the employee or an adverse step: any of these next to a protected activity reads as retaliation.
const JUDGEMENT_TAGS = ['pa.adverse', 'pa.judgement', 'sl.adj', 'sl.noun', 'vn.phrase'];
// Only an adverse step in the sentence before links forward (a general verdict there is usually about something else).
const PREV_JUDGEMENT_TAGS = ['pa.adverse'];
const COMPLAINT_OBJECT = set('about of on that re regarding over against');
const COMPLAINT_OBJECT_END = set(
  ', ; : . ! ? - \u2014 \u2013 ( and but so since ever then now he she they has had is was honestly',
);

function activities(s: Sentence): Match[] {
  // "whistleblowing detriment", "equal pay breach": part of a legal term, which legal_conclusion reports.
  const inLegal = (m: Match) => containedIn(s, 'lc.term', m, true);
  const acts = s.all('pa.act').filter((m) => !s.quoted(m) && !inLegal(m));
  for (const m of s.all('pa.complaint')) {
    // A customer's complaint is business as usual; an employee's complaint is protected.
    if (s.near('pa.customer', Math.max(s.from, m.s - 3), m.s - 1)) continue;
    const next = nextTok(s, m.e);
    if (next && (next.lower === '#' || /^[0-9]/.test(next.lower))) continue;
    acts.push(m);
  }
  return acts;
}

// ------------------------------------------------------------------ emotional or sarcastic

const JOKE_BEFORE = set("is was are were been it's that's what bit such complete total absolute");
// Words that are only sarcastic as an exclamation on their own: "Typical.", "Classic Dave.", "Wow."
const FRAGMENT_ONLY = set('typical classic wow just bravo sigh nightmare');
const NO_BAD = set('no zero without never');

export function emotionalOrSarcastic(s: Sentence, ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of s.all('es.phrase')) {
    if (notAsserted(s, m, 2)) continue;
    const first = s.tokens[m.s].lower;
    if (first === 'a' && s.tokens[m.e - 1].lower === 'joke' && !JOKE_BEFORE.has(s.prevWord(m.s)?.lower ?? '')) continue;
    // "who knows the billing code?" is a real question
    if (first === 'who' && s.tokens[m.e - 1].lower === 'knows' && nextTok(s, m.e)?.word) continue;
    if (FRAGMENT_ONLY.has(first)) {
      const next = nextTok(s, m.e);
      if (m.s !== s.clauseStart(m.s) || (next?.word && !next.cap) || next?.lower === ':' || next?.lower === ',') continue;
    }
    out.push(raw('emotional_or_sarcastic', m));
  }
  for (const m of s.all('es.feeling')) {
    if (!s.quoted(m) && s.firstPersonBefore(m.s, 3)) out.push(raw('emotional_or_sarcastic', m));
  }
  // "Great, another missed deadline." — praise word opening a sentence about something going wrong.
  const fw = s.firstWord;
  if (fw < s.to && s.near('es.praiseWord', fw, fw)) {
    const after = nextTok(s, fw + 1);
    if (after && !after.word && (after.lower === ',' || after.lower === '.' || after.lower === '!')) {
      const sentenceIsShort = s.to - fw <= 3;
      const bad = (x: Sentence) => x.all('es.badEvent').some((b) => !NO_BAD.has(x.prevWord(b.s)?.lower ?? ''));
      if (bad(s) || (sentenceIsShort && ctx.prev !== undefined && bad(ctx.prev))) {
        out.push(raw('emotional_or_sarcastic', { s: fw, e: fw + 1 }));
      }
    }
  }
  out.push(...praiseThenFailure(s));
  // Runs of "!!" or "?!", and shouted words.
  for (let k = s.from; k < s.to; k++) {
    const t = s.tokens[k];
    if (!t.word && (t.lower === '!' || t.lower === '?')) {
      let e = k + 1;
      while (e < s.to && (s.tokens[e].lower === '!' || s.tokens[e].lower === '?') && s.tokens[e].start === s.tokens[e - 1].end)
        e++;
      if (e - k >= 2) out.push(raw('emotional_or_sarcastic', { s: k, e }));
      k = e - 1;
    } else if (t.word && t.lower.length >= 2 && s.near('es.capsWord', k, k) && isShouted(s, k)) {
      out.push(raw('emotional_or_sarcastic', { s: k, e: k + 1 }));
    }
  }
  return out;
}

const SARCASM_BREAKS = set(', : ; \u2014 \u2013 -');
const SARCASM_LINKS = set("you've you've he's she's they've they've has have you he she they");
const CONTRASTS = set('but although though however yet except');

/**
 * "Well done, team, you've broken production again.", "Another stellar week from Sam: zero calls logged.":
 * praise near the start of a sentence, then, after a break, a failure, with no "but" that would make it
 * sincere mixed feedback.
 */
function praiseThenFailure(s: Sentence): RawFinding[] {
  const praise = s.near('es.praiseOpener', s.firstWord, Math.min(s.to - 1, s.firstWord + 2));
  if (praise === undefined || s.quoted(praise) || s.reportedBefore(praise.s)) return [];
  let broke = false;
  for (let k = praise.e; k < s.to && k < praise.e + 25; k++) {
    const t = s.tokens[k];
    if (t.word && CONTRASTS.has(t.lower)) return [];
    if (!t.word && SARCASM_BREAKS.has(t.lower)) broke = true;
    else if (t.word && SARCASM_LINKS.has(t.lower) && k > praise.e + 1) broke = true;
    if (!broke || !t.word) continue;
    const bad = s.near('es.failure', k, k);
    if (!bad || NO_BAD.has(s.prevWord(bad.s)?.lower ?? '')) continue;
    return [raw('emotional_or_sarcastic', { s: praise.s, e: praise.e })];
  }
  return [];
}

function isShouted(s: Sentence, k: number): boolean {
  return s.tokens[k].cap && s.rawUpper(k);
}

// ------------------------------------------------------------------ vague judgement

export function vagueNoExample(s: Sentence, ctx: RuleContext, already: readonly RawFinding[]): RawFinding[] {
  // A label, an absolute or a protected-activity link already says what is wrong, more precisely.
  if (
    already.some(
      (f) => f.category === 'subjective_label' || f.category === 'absolute_language' || f.category === 'protected_activity_link',
    )
  ) {
    return [];
  }
  if (hasEvidence(s) || (ctx.next !== undefined && startsWithEvidence(ctx.next))) return [];
  const out: RawFinding[] = [];
  for (const m of s.all('vn.phrase')) {
    if (notAsserted(s, m, 3)) continue;
    // "We should hire more…" is the writer's plan, not a judgement of someone's work.
    if (s.firstPersonBefore(m.s, 3)) continue;
    out.push(raw('vague_no_example', m));
  }
  for (const m of s.all('vn.adj')) {
    if (notAsserted(s, m, 2)) continue;
    const noun = s.inClause('vn.workNoun', m.s, 7, 0);
    if (noun && noun.s < m.s) {
      out.push(raw('vague_no_example', { s: noun.s, e: m.e }));
      continue;
    }
    // "Lacks polish.", "He needs work on it": a verdict verb with the person (or nobody) as its subject.
    const head = s.tokens[m.s].lower;
    const verdictVerb = head.startsWith('lack') || head.startsWith('need') || head === 'leaves' || head === 'falls';
    const subject = subjectBefore(s, m.s);
    if (verdictVerb && (subject === 'person' || (subject === 'none' && m.s === s.clauseStart(m.s))))
      out.push(raw('vague_no_example', m));
  }
  return out;
}

function hasEvidence(s: Sentence): boolean {
  if (s.has('vn.evidence')) return true;
  for (let k = s.from; k < s.to; k++) {
    const t = s.tokens[k];
    if (t.q || (t.word && /[0-9]/.test(t.lower))) return true;
  }
  return false;
}

function startsWithEvidence(s: Sentence): boolean {
  const fw = s.firstWord;
  const hi = Math.min(s.to - 1, fw + 5);
  if (s.near('vn.evidence', fw, hi)) return true;
  for (let k = fw; k <= hi; k++) if (/[0-9]/.test(s.tokens[k].lower)) return true;
  return false;
}

// ------------------------------------------------------------------ never off the record

const MATTER_LABEL: Record<string, string> = {
  'od.harassment': 'possible harassment',
  'od.discrimination': 'possible discrimination',
  'od.safety': 'a safety hazard',
  'od.fraud': 'possible fraud or dishonesty',
  'od.harm': 'a threat of harm to self or others',
  'od.reportable': 'a matter the law may require to be reported',
};

const OD_GROUP_WORDS = [
  'od.group',
  'pc.demonym',
  'pc.origin',
  'pc.nationality',
  'pc.sex',
  'pc.age',
  'pc.religion',
  'pc.disability',
];
const OD_PAIRS: ReadonlyArray<[string, string[], string[]]> = [
  ['od.reportable', ['od.vulnerable'], ['od.contact', 'od.mistreat']],
  ['od.discrimination', OD_GROUP_WORDS, ['od.treat']],
  ['od.safety', ['od.disable'], ['od.device']],
  ['od.harassment', ['od.pester'], ['od.night']],
  ['od.fraud', ['od.claim'], ['od.unreal']],
];
const OD_NOUN_TAGS = new Set([...OD_GROUP_WORDS, 'od.vulnerable', 'od.device']);
// "the students' parents": the contact is with the family, not the child.
const FAMILY_AFTER = set('parents parent families family carers guardians mums dads');
// "my kids", "his children": the writer's or employee's own family, not someone in their care.
const OWN_FAMILY = set('child children kid kids teen teenager teenagers elderly baby babies toddler toddlers infant infants');
const AGE_ADJ = set('older younger old young');
const GROUP_NOUNS = set('staff people folk crew team workforce');

function pluralNext(s: Sentence, i: number): boolean {
  const t = nextTok(s, i);
  if (!t?.word) return false;
  return GROUP_NOUNS.has(t.lower) || (t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss'));
}
const OWNERS = set('my his her our their your');

function firstUsable(s: Sentence, tags: string[], excluded: (m: Match) => boolean, other?: Match): Match | undefined {
  for (const tag of tags)
    for (const m of s.all(tag)) {
      // Only the act can be denied ("the alarm was never switched off"); "never give the Muslim staff…" denies nothing about them.
      if (excluded(m) || (!OD_NOUN_TAGS.has(tag) && s.negatedBefore(m.s, 3))) continue;
      if (other && m.s < other.e && other.s < m.e) continue;
      const before = s.prevWord(m.s);
      const owned = before !== undefined && OWNERS.has(before.lower);
      if (tag === 'od.vulnerable' && OWN_FAMILY.has(s.tokens[m.s].lower) && owned) continue;
      // "older cleaners", not "the older design": an age word names a group only before a plural or "staff".
      if (tag === 'od.group' && AGE_ADJ.has(s.tokens[m.s].lower) && !pluralNext(s, m.e)) continue;
      if (tag === 'od.vulnerable' && FAMILY_AFTER.has(s.nextWord(m.e)?.lower ?? '')) continue;
      // "turned off her alarm": a personal alarm, not a safety device.
      if (tag === 'od.device' && owned) continue;
      return m;
    }
  return undefined;
}

const CONDITION = set('if unless otherwise');

function conditional(s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= s.from && k >= i - 4; k--) if (CONDITION.has(s.tokens[k].lower)) return true;
  return false;
}

export function offRecordDisclosure(s: Sentence, ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  const excluded = (m: Match) => s.all('od.exclude').some((x) => x.s < m.e && m.s < x.e);
  for (const tag of Object.keys(MATTER_LABEL)) {
    if (ctx.offRecordGroups && !ctx.offRecordGroups.has(tag)) continue;
    for (const m of s.all(tag)) {
      // "doesn't see the point of going on" and "no working brakes" carry their own negation.
      // "…if she didn't go to dinner with him": a condition, not a denial.
      const ownNegation = tag === 'od.harm' || s.tokens[m.s].lower === 'no' || conditional(s, m.s);
      if (excluded(m) || (!ownNegation && s.negatedBefore(m.s, 3))) continue;
      out.push(raw('off_record_disclosure', m, `This describes ${MATTER_LABEL[tag]}, which can never stay off the record.`));
    }
  }
  // Plain factual descriptions made of two parts: a child or resident with private contact or rough handling
  // (safeguarding), a group named with unequal treatment (discrimination), a safety device switched off or a
  // check never done (safety).
  for (const [tag, a, b] of OD_PAIRS) {
    if (ctx.offRecordGroups && !ctx.offRecordGroups.has(tag)) continue;
    const x = firstUsable(s, a, excluded);
    const y = x && firstUsable(s, b, excluded, x);
    if (!x || !y) continue;
    const span = { s: Math.min(x.s, y.s), e: Math.max(x.e, y.e) };
    out.push(raw('off_record_disclosure', span, `This describes ${MATTER_LABEL[tag]}, which can never stay off the record.`));
  }
  for (const phrase of ctx.customMatters) {
    for (let k = s.from; k + phrase.length <= s.to; k++) {
      let ok = true;
      for (let j = 0; j < phrase.length && ok; j++) ok = s.tokens[k + j].lower === phrase[j];
      if (ok)
        out.push(
          raw(
            'off_record_disclosure',
            { s: k, e: k + phrase.length },
            `This mentions "${phrase.join(' ')}", which your organisation never allows off the record.`,
          ),
        );
    }
  }
  return out;
}
