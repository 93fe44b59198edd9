// One rule per category. Each rule reads a Sentence (phrase matches + context helpers) and returns raw
// findings as token ranges. The guiding idea: a sensitive word is only a finding when the writer is
// asserting it about a person; quotation, reported speech, negation, neutral process records and
// domain terms are context that turns it off.
import { firstStartingFrom, type Sentence } from './context';
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
  /** Unambiguous on its face ("!!!" outside praise, a shouted word): the model does not overrule it. */
  strong?: boolean;
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
  'and or but with to in at about towards toward when if because as for on of during lately recently again today sometimes overall around whenever than though too also by after before since while nowadays generally always often this these those all so now then from behind under tbh imo honestly with w wrt re ever since around + & lol tbf af ngl frankly honestly generally overall again really',
);
const HEALTH_PERSON_REQUIRED = set('unstable high ill drinking pills meds medication therapy disorder mental');
// Ambiguous health words ("stress testing", "the deal is sick"): only about health with a person in the sentence.
const HEALTH_NEEDS_PERSON = new Set(HEALTH_PERSON_REQUIRED_WORDS);
// A health word inside its own noun phrase ("a panic disorder", "some kind of condition").
const NOUN_PHRASE_OPENERS = set('a an some kind sort of');
const HEALTH_NOT_BEFORE = set(
  'model models note notes map maps arithmetic math maths block water fountain priority level quality standard safety contract',
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
  'cover contract vacancy post rights bar lighting light lights wall walls chair piece pieces mark marks cushion table leave colour color condition exchange currency key options market access ramp accessible spot ears fields field data discount discounts range products product segment services service friendly confident accreditation awareness inclusion champion champions forum history month pride room network group support unit ward clinic day days events event festival festivals calendar menu menus food meals option category categories pay loop triage helpline hotline line suite bay scan scans department dept theatre outpatients',
);

export function protectedCharacteristic(s: Sentence, ctx?: RuleContext): RawFinding[] {
  // A decision or judgement about the person in this sentence or the next makes the characteristic its reason,
  // whoever first mentioned it and whatever process words surround it.
  // The employee's own request or choice ("at her request", "prefers not to travel") is theirs, not a decision about them.
  // A request held against the person in the next sentence is still the reason for a decision.
  const { decided, ownChoice } = pcDecided(s, ctx);
  // Administration of a characteristic (leave, adjustments, policy, data fields) is the neutral case.
  if (s.reportedBefore(s.to) && !decided && !writerSpeaks(s)) return [];
  // "her pregnancy has no bearing on the decision": the writer rules the characteristic out.
  if (statedIrrelevant(s)) return [];
  const out: RawFinding[] = [];
  for (const tag of PC_TAGS) {
    for (const m of s.all(tag)) {
      // Administration nearby ("maternity leave request forwarded") is the neutral case.
      if (!decided && s.near('ctx.process', Math.max(s.from, m.s - 8), m.e + 8)) continue;
      if (ownChoice && !OWN_CHOICE_KEEPS.has(tag)) continue;
      // "Nearing retirement, Pat asked about phased hours": the employee's own plan for their retirement.
      // "Pension forms for staff nearing retirement": retirement next to its benefits is administration.
      const retire = tag === 'pc.age' && RETIRE.has(s.tokens[m.e - 1].lower);
      if (retire && (ownChoice || (!decided && s.near('pc.entitlement', s.from, s.to - 1) && !pcJudgement(s)))) continue;
      // No negation check: "someone without family commitments" is the problem, not its absence.
      // The writer's own identity or plans ("I'm Muslim", "my age") are theirs to share.
      if (s.near('ctx.self', Math.max(s.from, m.s - 2), m.s - 1)) continue;
      // Scare quotes around coded wording ("not really 'one of us'") are still the writer's.
      if (s.quoted(m) && !(tag === 'pc.origin' && US_THEM.has(s.tokens[m.e - 1].lower) && !s.reportedBefore(m.s))) continue;
      // "maternity leave" is administration, unless it is the reason for a decision.
      // Covering for someone who is on leave now ("on paternity leave, so the sign-off goes to Priya") is neutral.
      // "mat leave", "pat leave": the abbreviation carries its own 'leave'.
      const ownLeave = m.e - m.s > 1 && s.tokens[m.e - 1].lower === 'leave';
      const leave = (ownLeave || nextTok(s, m.e)?.lower === 'leave') && s.prevWord(m.s)?.lower !== 'on';
      if ((thingAfter(s, m.e) || ownLeave) && !(decided && leave)) continue;
      // Clinics, wards and products: "pregnancy scanning clinic".
      if (tag !== 'pc.age' && s.near('hs.domain', m.e, Math.min(s.to - 1, m.e + 2))) continue;
      if (tag === 'pc.nationality' && !s.near('pc.personNoun', m.e, m.e) && !predicatedOfPerson(s, m)) continue;
      if (tag === 'pc.demonym' && !s.near('pc.personNoun', m.e, m.e) && !predicatedOfPerson(s, m) && !personalTrait(s, m))
        continue;
      if (tag === 'pc.personAdj' && !(personBefore(s, m.s) || s.near('pc.personNoun', m.e, m.e))) continue;
      // A relative's own news ("Sophie's mum is unwell") is not the employee's family status.
      // A relative's condition ("Kim's son has ADHD") is the employee's caring news, not their own disability.
      if (tag === 'pc.disability' && !decided && relativesCondition(s, m.s)) continue;
      // "bring the kids", "your children": children in general, unless a judgement goes with them.
      if (
        tag === 'pc.family' &&
        GENERAL_OWNERS.has(s.prevWord(m.s)?.lower ?? '') &&
        KIDS.has(s.tokens[m.s].lower) &&
        !pcJudgement(s) &&
        !decided
      )
        continue;
      if (tag === 'pc.family' && !decided && (relativeOfSomeone(s, m) || PC_GOOD_NEWS.has(s.tokens[s.firstWord]?.lower)))
        continue;
      // "like he's a toddler": a comparison, not the person's family.
      if (tag === 'pc.family' && !decided && simile(s, m.s)) continue;
      // Marital news ("his divorce is going through, he may need the odd afternoon") only counts against a judgement.
      if (tag === 'pc.family' && !decided && MARITAL.has(s.tokens[m.e - 1].lower) && !pcJudgement(s, true) && !forecast(s))
        continue;
      // "a wing and a prayer", "just pray it holds": an idiom, not anyone's faith.
      if (
        tag === 'pc.religion' &&
        m.e - m.s === 1 &&
        PRAY.has(s.tokens[m.s].lower) &&
        PRAY_IDIOM_BEFORE.has(s.prevWord(m.s)?.lower ?? '')
      )
        continue;
      // Age words inside a rule or benefit ("young workers rules", "pension age") are administration.
      if (tag === 'pc.age' && !decided && s.near('pc.entitlement', m.e, Math.min(s.to - 1, m.e + 2))) continue;
      // Legal findings about treatment of a group ("jokes about Polish staff: harassment") name the group, not a person.
      if (
        !decided &&
        s.has('lc.term') &&
        (tag === 'pc.nationality' || tag === 'pc.sex' || tag === 'pc.demonym' || tag === 'pc.religion' || tag === 'pc.origin')
      )
        continue;
      if (tag === 'pc.origin' && oneOfUsNeutral(s, m)) continue;
      out.push(raw('protected_characteristic', m));
    }
  }
  // Holidays, accent and background words, genetic information: only as the reason for a decision or judgement.
  const judged = decided || pcJudgement(s);
  for (const tag of PC_GATED_TAGS) {
    for (const m of s.all(tag)) {
      if (!(PC_JUDGED_TAGS.has(tag) ? judged && !ownChoice : decided) || s.quoted(m) || thingAfter(s, m.e)) continue;
      if (tag === 'pc.coded' && s.tokens[m.e]?.lower === 'with') continue; // "getting on with it"
      if (s.near('ctx.self', Math.max(s.from, m.s - 2), m.s - 1)) continue;
      out.push(raw('protected_characteristic', m));
    }
  }
  if (decided) out.push(...placeOfOrigin(s), ...statedCondition(s));
  if (judged && !ownChoice) out.push(...expecting(s));
  if (!(s.near('pc.entitlement', s.from, s.to - 1) && !decided)) out.push(...statedAge(s, judged));
  return out;
}

const RETIRE = set('retirement retire');
const OWN_CHOICE_KEEPS = new Set(['pc.age', 'pc.origin', 'pc.sex', 'pc.demonym', 'pc.nationality']);
// Attributes of a person a demonym can describe: "a proper English voice", "a British face".
const PERSONAL_TRAITS = set('voice voices accent accents face faces name names look looks sound speaker speakers');
function personalTrait(s: Sentence, m: Match): boolean {
  const next = nextTok(s, m.e);
  return next?.word === true && PERSONAL_TRAITS.has(next.lower);
}
const MARITAL = set('divorce divorced married marriage');
// A forecast about the person: "so expect her to go part-time", "she'll be off", "bound to want kids".
const FORECAST = set("expect expecting expected she'll he'll they'll bound soon");
function forecast(s: Sentence): boolean {
  for (let k = s.from; k < s.to; k++) if (FORECAST.has(s.tokens[k].lower) && !s.tokens[k].q) return true;
  return false;
}
const PRAY = set('prayer pray praying prays');
const PRAY_IDIOM_BEFORE = set("a and just i we let's only all we're i'm i'll we'll still everyone");
const SIMILE = set('like');
/** "like he's a toddler", "treated like kids": a comparison within three words before i ("as a mum" is not one). */
function simile(s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= s.from && k >= i - 3; k--) if (SIMILE.has(s.tokens[k].lower)) return true;
  return false;
}
/** The writer states the characteristic does not count ("no bearing on", "won't affect"), without a decision. */
function statedIrrelevant(s: Sentence): boolean {
  for (const m of s.all('pc.irrelevant')) if (!s.quoted(m) && (!s.reportedBefore(m.s, 6) || writerSpeaks(s))) return true;
  return false;
}
const EXPECTING_OBJECT_OK = set('so and again twins now soon in but');
const NOT_A_NAME = set('he it that what there who here where how this everyone everybody someone nobody team');
/** "Aroha's expecting so…", "she is expecting again": pregnancy, when nothing is expected of her. */
function expecting(s: Sentence): RawFinding[] {
  const out: RawFinding[] = [];
  for (let k = s.from + 1; k < s.to; k++) {
    if (s.tokens[k].lower !== 'expecting') continue;
    const p = s.tokens[k - 1];
    const subject = (p.lower.endsWith("'s") && p.cap && !NOT_A_NAME.has(p.lower.slice(0, -2))) || p.lower === "she's";
    if (!subject || s.near('pc.family', k - 1, k)) continue;
    const next = nextTok(s, k + 1);
    if (next === undefined || !next.word || EXPECTING_OBJECT_OK.has(next.lower))
      out.push(raw('protected_characteristic', { s: k - 1, e: k + 1 }));
  }
  return out;
}
/** A named condition ("he has epilepsy") given as the reason for a decision: disability bias. */
function statedCondition(s: Sentence): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of s.all('hs.term')) {
    const w = s.tokens[m.s].lower;
    if (s.quoted(m) || HEALTH_NEEDS_PERSON.has(w) || HEALTH_PERSON_REQUIRED.has(w) || s.near('pc.disability', m.s, m.s)) continue;
    const domain = s.near('hs.domain', Math.max(s.from, m.s - 8), m.e + 8);
    if ((domain && !PERSONAL_DOMAIN.has(s.tokens[domain.s].lower)) || relativesCondition(s, m.s)) continue;
    // The writer's own state ("I'm a bit burnt out") is theirs to share.
    if (writerSubjectBefore(s, m.s) || STATES.has(w)) continue;
    out.push(raw('protected_characteristic', m));
  }
  return out;
}
// "her cancer diagnosis", "disclosed his epilepsy": the person's own condition, not clinical work.
const PERSONAL_DOMAIN = set('diagnosis disclosed');
const WRITER_SUBJECTS = set("i i'm im i've i'd my we we're we've our myself");
/** The writer is the subject within four words before i ("I'm a bit burnt out"); "told me he has…" is not. */
function writerSubjectBefore(s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= s.from && k >= i - 4; k--) if (WRITER_SUBJECTS.has(s.tokens[k].lower)) return true;
  return false;
}
// Passing states, not conditions: "burnt out", "hungover".
// Substances are conduct, not a condition: "tested positive for cannabis, so off the forklift" is a safety call.
const STATES = set(
  'burnt burned burning burnout hungover hangover drunk tipsy tired stress stressed unwell man stomach tummy booze boozing boozer stoned drugs drug cocaine cannabis weed marijuana ketamine mdma ecstasy drinking drink alcohol alcoholic alcoholism addict addicts addiction addicted gambling smoking using on taking popping had a few liquid sniffing snorting heavy binge substance hitting back fell off',
);

const US_THEM = set('us them');
const GENERAL_OWNERS = set('the your our');
const KIDS = set('kids children');
const ORIGIN_VERBS = set('coming comes came being');
/** "coming from Lagos and all", "being from Glasgow": a birthplace given as the reason for a decision. */
function placeOfOrigin(s: Sentence): RawFinding[] {
  const out: RawFinding[] = [];
  for (let k = s.from + 1; k + 1 < s.to; k++) {
    const t = s.tokens[k];
    if (t.lower !== 'from' || !ORIGIN_VERBS.has(s.tokens[k - 1].lower)) continue;
    const place = s.tokens[k + 1];
    if (place.word && place.cap && !s.near('vn.evidence', k + 1, k + 1))
      out.push(raw('protected_characteristic', { s: k - 1, e: k + 2 }));
  }
  return out;
}
// Good news shared with the team ("Congratulations to Mei on getting married") is not a judgement.
const PC_GOOD_NEWS = set('congratulations congrats congratulated welcome lovely great best');
const PC_GATED_TAGS = ['pc.holiday', 'pc.familyGated', 'pc.coded', 'pc.genetic'];
const PC_JUDGED_TAGS = new Set(['pc.holiday', 'pc.familyGated']);
// A noun after a characteristic word makes it a thing: "kids' menu", "family day".
function thingAfter(s: Sentence, e: number): boolean {
  // A plural possessive ("kids' menu", "mums' group") names something for them.
  if (e + 1 < s.to && s.tokens[e].lower === "'" && s.tokens[e].start === s.tokens[e - 1].end) return s.tokens[e + 1].word;
  const next = nextTok(s, e);
  return next?.word === true && PC_NOT_BEFORE.has(next.lower);
}

/** A staffing decision or a verdict on commitment in the sentence (not someone else's words). */
function pcDecision(s: Sentence, byWriter = false): boolean {
  if (!byWriter && lowRating(s)) return true;
  for (const m of s.all('pc.decision')) {
    if (s.quoted(m) || (s.reportedBefore(m.s, 6) && !writerTells(s, m.s))) continue;
    // "let's not give her the launch" withholds it; "give her the launch" alone does not.
    if (GIVE_VERBS.has(s.tokens[m.s].lower) && !givenToSomeoneElse(s, m.e) && !s.negatedBefore(m.s, 2)) continue;
    // "so I'd rather invest in Ben", "I'm giving the programme to Ryan": the writer's own decision.
    if (byWriter && !s.firstPersonBefore(m.s, 3) && !s.firstPersonBefore(m.s + 1, 1) && !personAfter(s, m.e)) continue;
    return true;
  }
  return false;
}

/**
 * Whether the sentence (or the next one) decides something about the person because of the characteristic, and
 * whether the sentence records the employee's own request or choice instead. A request held against the person
 * in the next sentence is still the reason for a decision.
 */
function pcDecided(s: Sentence, ctx?: RuleContext): { decided: boolean; ownChoice: boolean } {
  const nextDecides = ctx?.next !== undefined && pcDecision(ctx.next) && !ctx.next.has('ctx.process');
  const ownChoice = s.has('pc.ownChoice') && !nextDecides && !pcDecision(s, true);
  return { decided: !ownChoice && (pcDecision(s) || nextDecides), ownChoice };
}

const RATE_VERBS = set('rated rate rating scored score scoring marked mark graded grade moderated moderate');
const LOW_RATINGS = set('below lower down low unsatisfactory underperforming');
/** "so rated 'below'", "marked her down": a low rating is a decision about the person. */
function lowRating(s: Sentence): boolean {
  for (let k = s.from; k < s.to; k++) {
    if (!RATE_VERBS.has(s.tokens[k].lower)) continue;
    for (let j = k + 1; j < s.to && j <= k + 3; j++) if (LOW_RATINGS.has(s.tokens[j].lower)) return !s.reportedBefore(k, 6);
  }
  return false;
}
/** "told her I'd rather give it to…": the writer reports their own decision, so it is not someone else's words. */
function writerTells(s: Sentence, i: number): boolean {
  if (!s.firstPersonBefore(i, 2) && !s.firstPersonBefore(i + 1, 1)) return false;
  const sp = s.near('ctx.speech', Math.max(s.from, i - 6), i - 1);
  if (sp === undefined) return false;
  const subject = s.prevWord(sp.s);
  const obj = nextTok(s, sp.e);
  const writerSubject =
    subject === undefined || subject.lower === 'i' || subject.lower === 'we' || !s.tokens[sp.s - 1]?.word || sp.s === s.firstWord;
  return writerSubject && !(obj !== undefined && NOT_WRITER_OBJECT.has(obj.lower));
}
/** The decision's object is a person: "rather not put Agnieszka on…", "prefer not to send him". */
function personAfter(s: Sentence, e: number): boolean {
  if (givenToSomeoneElse(s, e) || toSomeone(s, e)) return true;
  const t = nextTok(s, e);
  return t?.word === true && ((t.cap && t.lower !== 'i') || OBJECT_PRONOUNS.has(t.lower)) && t.lower !== 'me' && t.lower !== 'us';
}

const GIVE_VERBS = set('give giving gave');
const SOMEONE = set('someone somebody anyone anybody');
/** "give the regional role to someone who…": the opportunity goes to another person. */
function toSomeone(s: Sentence, from: number): boolean {
  for (let k = from; k + 1 < s.to && k < from + 10; k++)
    if (s.tokens[k].lower === 'to' && SOMEONE.has(s.tokens[k + 1].lower)) return true;
  return false;
}
const OBJECT_PRONOUNS = set('her him them me us');
/** "giving the programme to Ryan": the opportunity goes to someone else (not "back to her"). */
function givenToSomeoneElse(s: Sentence, from: number): boolean {
  for (let k = from; k < s.to && k < from + 10; k++) {
    if (s.tokens[k].lower !== 'to') continue;
    const who = nextTok(s, k + 1);
    return who?.word === true && who.cap && !OBJECT_PRONOUNS.has(who.lower);
  }
  return false;
}

/** Any judgement of the person: a decision, an adverse step or a trait verdict. */
function pcJudgement(s: Sentence, strict = false): boolean {
  for (const tag of ['pa.adverse', 'sl.adj', 'sl.noun', 'vn.phrase', 'vn.adj', 'hs.spec'])
    for (const m of s.all(tag)) {
      if (s.quoted(m) || s.negatedBefore(m.s, 2)) continue;
      // "he may need the odd afternoon": a possible need, not a guess about the person.
      if (strict && tag === 'hs.spec' && MAY.has(s.tokens[m.s].lower)) continue;
      return true;
    }
  return false;
}
const MAY = set('may might could possible possibly');

// A note that opens with the writer's own telling: "Told Dev the slot…", "Explained it's heavy on travel…".
const WRITER_SPEECH = set('told explained');
const NOT_WRITER_OBJECT = set('me us');
function writerSpeaks(s: Sentence): boolean {
  let k = s.firstWord;
  const t = s.tokens[k];
  if (t === undefined || !WRITER_SPEECH.has(t.lower)) return false;
  // Only the opening verb may report: any later speech verb is someone else's.
  if (s.near('ctx.speech', k + 1, s.to - 1)) return false;
  k++;
  while (k < s.to && !s.tokens[k].word) k++;
  const next = nextTok(s, k);
  if (next !== undefined && next.lower === 'to') return !NOT_WRITER_OBJECT.has(s.tokens[k + 1]?.lower ?? '');
  return next === undefined || !NOT_WRITER_OBJECT.has(next.lower);
}

const PARENT_WORDS = set('mum mom mother father dad mums moms');
/** "Sophie's mum", "her dad": a relative of someone, not a statement of the employee's family status. */
function relativeOfSomeone(s: Sentence, m: Match): boolean {
  if (m.e - m.s !== 1 || !PARENT_WORDS.has(s.tokens[m.s].lower)) return false;
  const p = s.prevWord(m.s);
  return p !== undefined && (p.lower.endsWith("'s") || POSSESSIVES.has(p.lower) || p.lower === 'my');
}

const ONE_OF_US_NEUTRAL_AFTER = set('will can should could must needs need has have to who would may might');
/** "one of us will cover" is a rota; "not really one of us" is exclusion. */
function oneOfUsNeutral(s: Sentence, m: Match): boolean {
  if (s.tokens[m.s].lower !== 'one') return false;
  const next = nextTok(s, m.e);
  if (next?.word && ONE_OF_US_NEUTRAL_AFTER.has(next.lower)) return true;
  return !s.quoted(m) && !s.negatedBefore(m.s, 3) && !predicatedOfPerson(s, m);
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
function statedAge(s: Sentence, judged = false): RawFinding[] {
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
    const next = nextTok(s, k + 1);
    // "Gary's 62", and next to a judgement "Gary, 62, …" (an age given in apposition to a name).
    const age = Number.parseInt(t.lower, 10);
    const base = p1.lower.endsWith("'s") ? p1.lower.slice(0, -2) : '';
    const named =
      judged &&
      p1.cap &&
      age >= 18 &&
      age < 80 &&
      /^[a-z]{3,}$/.test(base) &&
      !NON_PERSON_SUBJECTS.has(base) &&
      !COMMON_NOUN_END.test(base) &&
      !s.near('vn.workNoun', k - 1, k - 1);
    const apposed =
      judged &&
      age >= 18 &&
      age < 80 &&
      p1.lower === ',' &&
      p2?.cap === true &&
      p2.word &&
      next?.lower === ',' &&
      !s.near('vn.evidence', k - 2, k - 2);
    // "Gareth (58) - coasting", "at 61 she's winding down": an age beside a name, or before its subject.
    const strongly = judged && pcJudgement(s, true);
    const bracketed = strongly && age >= 18 && age < 80 && p1.lower === '(' && p2?.cap === true && p2.word && next?.lower === ')';
    const atAge = strongly && age >= 18 && age < 80 && p1.lower === 'at' && AGE_SUBJECT.has(nextTok(s, k + 1)?.lower ?? '');
    const subj =
      named ||
      apposed ||
      bracketed ||
      atAge ||
      AGE_SUBJECT.has(p1.lower) ||
      (p1.lower === 'is' && p2 !== undefined && AGE_SUBJECT.has(p2.lower));
    if (subj && !(next && (AGE_UNIT_AFTER.has(next.lower) || next.lower === '%' || next.lower === ':'))) {
      out.push(raw('protected_characteristic', { s: k, e: k + 1 }));
    }
  }
  return out;
}

// ------------------------------------------------------------------ health speculation

export function healthSpeculation(s: Sentence, ctx?: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  // Clinical or pharmacy work nearby ("medication chart audit") is the subject matter, not a guess.
  const domain = (m: Match) => s.near('hs.domain', Math.max(s.from, m.s - 8), m.e + 8) !== undefined;
  // Only the writer's own state right before the word ("I'm burnt out") is their account, not "I bet…".
  const blocked = (m: Match) =>
    domain(m) ||
    s.quoted(m) ||
    reportedUntilContrast(s, m.s) ||
    s.negatedBefore(m.s) ||
    s.firstPersonBefore(m.s, 2) ||
    hyphenGlued(s, m);
  for (const m of s.all('hs.casual')) if (!blocked(m)) out.push(raw('health_speculation', m));
  for (const m of s.all('hs.strong')) {
    if (blocked(m) || modifiesThing(s, m)) continue;
    if (subjectBefore(s, m.s) !== 'thing') out.push(raw('health_speculation', m));
  }
  const question = s.endsWithQuestion();
  for (const m of s.all('hs.term')) {
    if (doubtedCondition(s, m, ctx)) {
      out.push(raw('health_speculation', m));
      continue;
    }
    if (blocked(m) || modifiesThing(s, m)) continue;
    // "shaking hands at the brief again. withdrawal??": a condition asked of signs just described.
    if (question && symptomQuestion(s, m, ctx)) {
      out.push(raw('health_speculation', m));
      continue;
    }
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
    // "a breakdown of costs", "withdrawal of the product", "a stroke of luck": a thing, not a person's health.
    if (HEALTH_NEEDS_PERSON.has(word) && next?.lower === 'of') continue;
    if (relativesCondition(s, m.s)) continue;
    const hedged = s.near('hs.spec', Math.max(s.from, m.s - 10), m.e + 6) !== undefined || alternatives(s, m);
    if (hedged || question) out.push(raw('health_speculation', m));
  }
  const { decided } = pcDecided(s, ctx);
  // A family history used to decide someone's future is a guess at their health.
  if (decided) for (const m of s.all('pc.genetic')) if (!s.quoted(m)) out.push(raw('health_speculation', m));
  if (out.length === 0) return out;
  const guesses = out.slice();
  // A guessed condition given as the reason for a decision is also disability bias.
  if (decided) for (const g of guesses) out.push(raw('protected_characteristic', g));
  // A characteristic named apart from the guess ("given her age", "after the divorce") next to a judgement
  // or a decision is its own finding; alone, the guess subsumes it.
  const judged = decided || healthJudgement(s);
  for (const r of protectedCharacteristic(s, ctx)) {
    if (guesses.some((g) => r.s < g.e && g.s < r.e)) continue;
    if (judged || s.near('pc.age', r.s, r.s)) out.push(r);
  }
  return out;
}

const DOUBT = set(
  'apparently supposedly allegedly excuse excuses convenient conveniently handy claims claimed funny funnily coincidentally mysteriously magically miraculously',
);
/**
 * A condition in scare quotes with doubt beside it: "down to her 'mental health' again, apparently", "his 'bad back'.
 * Pretty sure it's an excuse." Someone else's words ("she said 'anxiety'") stay theirs.
 */
function doubtedCondition(s: Sentence, m: Match, ctx?: RuleContext): boolean {
  if (!s.quoted(m) || s.reportedBefore(m.s) || s.near('hs.domain', Math.max(s.from, m.s - 8), m.e + 8)) return false;
  // About a person ("her 'mental health'"), not a policy ("so-called 'wellbeing' days").
  if (!personNear(s, m.s) && !POSSESSIVES.has(s.prevWord(m.s)?.lower ?? '')) return false;
  return doubts(s) || (ctx?.next !== undefined && doubts(ctx.next));
}
/** "so-called", split by the tokenizer into so / - / called. */
function soCalled(x: Sentence, k: number): boolean {
  return x.tokens[k].lower === 'called' && k - 2 >= x.from && x.tokens[k - 2].lower === 'so' && x.tokens[k - 1].lower === '-';
}
// Scanned once per sentence, so many quoted words in one huge sentence stay linear.
const DOUBT_CACHE = new WeakMap<Sentence, boolean>();
function doubts(x: Sentence): boolean {
  let d = DOUBT_CACHE.get(x);
  if (d === undefined) {
    d = false;
    for (let k = x.from; k < x.to; k++)
      if ((DOUBT.has(x.tokens[k].lower) || soCalled(x, k)) && !x.tokens[k].q) {
        d = true;
        break;
      }
    DOUBT_CACHE.set(x, d);
  }
  return d;
}

/** A bare condition asked as a fragment ("withdrawal??", "hungover?") right after bodily signs in the note. */
function symptomQuestion(s: Sentence, m: Match, ctx?: RuleContext): boolean {
  if (m.s !== s.firstWord || wordCount(s, 4) > 3) return false;
  return s.has('hs.symptom') || ctx?.prev?.has('hs.symptom') === true;
}

/** "sleep apnoea or on the bottle", "drink or drugs": two conditions offered as alternatives are a guess. */
function alternatives(s: Sentence, m: Match): boolean {
  for (let k = Math.max(s.from, m.s - 6); k < s.to && k <= m.e + 6; k++) {
    if (s.tokens[k].lower !== 'or') continue;
    const other = k < m.s ? s.near('hs.term', Math.max(s.from, k - 4), k - 1) : s.near('hs.term', k + 1, k + 4);
    if (other !== undefined && other !== m) return true;
  }
  return false;
}

const HEALTH_JUDGEMENT_TAGS = ['pa.adverse', 'sl.adj', 'sl.noun', 'vn.phrase', 'al.neg'];
function healthJudgement(s: Sentence): boolean {
  for (const tag of HEALTH_JUDGEMENT_TAGS) for (const m of s.all(tag)) if (!s.quoted(m) && !s.negatedBefore(m.s, 2)) return true;
  return false;
}

const HEALTH_CONTRAST = set('but though although however yet');
/** Someone else's words before token i, unless the writer turns against them: "she says she's fine, but…". */
function reportedUntilContrast(s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= s.from && k >= i - 14; k--) {
    if (HEALTH_CONTRAST.has(s.tokens[k].lower)) return s.reportedBefore(i, i - k);
  }
  return s.reportedBefore(i);
}

const RELATIVE_NOUNS = set(
  'mum mom mother father dad son daughter wife husband partner kid kids child children baby brother sister nan gran grandma grandad grandmother grandfather parents parent',
);
/** "Sophie's mum is unwell", "his dad's cancer": a relative's illness, told by the employee, not a guess about them. */
function relativesCondition(s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= s.from && k >= i - 4; k--) {
    const t = s.tokens[k];
    const base = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
    if (!RELATIVE_NOUNS.has(base)) continue;
    const p = s.prevWord(k);
    return p !== undefined && (p.lower.endsWith("'s") || POSSESSIVES.has(p.lower) || p.lower === 'my');
  }
  return false;
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
  if (s.near('hs.spec', m.e, m.e)) return false; // "hungover prob"
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

/** "Dev:" heading a bullet: a capitalised word of letters that is not a known word of the lexicon ("Q3:", "IT:", "Sales:"). */
function bulletName(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!t.cap || !/^[a-z][a-z'-]+$/.test(t.lower) || s.rawUpper(k)) return false;
  if (NON_PERSON_SUBJECTS.has(t.lower) || BULLET_HEADINGS.has(t.lower) || COMMON_NOUN_END.test(t.lower)) return false;
  return s.near('vn.workNoun', k, k) === undefined && s.near('ctx.process', k, k) === undefined;
}
const BULLET_HEADINGS = set(
  'budget budgets agenda update updates risk risks issue issues note notes todo next status summary decision decisions ops finance sales team client clients project projects action actions blockers blocker wins plan rota stock kit site depot ward store shop office estate fleet hr it',
);

/** A person (pronoun or name) within a few words of token i. */
function personNear(s: Sentence, i: number): boolean {
  for (let k = Math.max(s.from, i - 10); k < s.to && k <= i + 10; k++) {
    if (k === i) continue;
    const t = s.tokens[k];
    if (!t.word || (t.cap && s.near('vn.evidence', k, k))) continue; // "by Friday", "in March"
    if (PERSON_PRONOUNS.has(t.lower) || (t.cap && k !== s.firstWord && t.lower !== 'i') || looksLikeName(s, k)) return true;
    // A bullet headed by a name: "- Dev: shaky, sweating, prob withdrawal".
    if (k === s.firstWord && s.tokens[k + 1]?.lower === ':' && bulletName(s, k)) return true;
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
    const difficulty = nextTok(s, m.e)?.lower === 'to';
    if (
      OTHER_OWNERS.some(
        (tag) =>
          !(difficulty && tag === 'es.phrase') &&
          s.near(tag, Math.max(s.from, m.s - 4), m.s) !== undefined &&
          s.near(tag, Math.max(s.from, m.s - 4), m.s)!.e >= m.e,
      )
    )
      continue;
    const next = nextTok(s, m.e);
    const hardToHandle = difficulty && DIFFICULTY_NOUNS.has(s.tokens[m.e - 1].lower); // "a nightmare to manage"
    if (next?.word && !PREDICATIVE_FOLLOWERS.has(next.lower) && !next.cap && !hardToHandle) continue; // "a nightmare project"
    const frame = s.near('sl.frame', Math.max(s.from, m.s - 6), m.s);
    const framed = frame !== undefined && (frame.e === m.s || frame.e === m.s - 1);
    const p1 = s.prevWord(m.s);
    const article = p1 !== undefined && (p1.lower === 'a' || p1.lower === 'an');
    let subject = subjectBefore(s, framed ? frame.s : m.s);
    // "Erin's a nightmare": the 's before an article is "is", not a possessive.
    const lead = s.tokens[(framed ? frame.s : m.s - 1) - 1];
    if (subject !== 'thing' && lead?.cap && lead.lower.endsWith("'s") && (framed || article)) subject = 'person';
    if (subject === 'thing' || subject === 'possessed') continue;
    if (framed && (subject === 'person' || frame.s === s.clauseStart(frame.s))) {
      out.push(raw('subjective_label', { s: frame.s, e: m.e }));
    } else if (article && subject === 'person' && isPredicatedOfPerson(s, { tag: m.tag, s: m.s - 1, e: m.e })) {
      out.push(raw('subjective_label', { s: m.s - 1, e: m.e }));
    }
  }
  out.push(...attitudeVerdict(s));
  out.push(...usualSelf(s));
  out.push(...lacksTrait(s));
  return out;
}

const USUAL = set('usual typical normal old customary trademark');
const SELF = set('self selves');

/** "Lorraine being her usual prickly self", "his typical charming self": a trait as the person's normal state. */
function usualSelf(s: Sentence): RawFinding[] {
  const out: RawFinding[] = [];
  for (const tag of ['sl.adj', 'sl.adjWeak']) {
    for (const m of s.all(tag)) {
      const next = nextTok(s, m.e);
      const p = s.prevWord(m.s);
      if (!next || !SELF.has(next.lower) || !p || !USUAL.has(p.lower) || s.quoted(m) || s.negatedBefore(m.s, 4)) continue;
      out.push(raw('subjective_label', { s: m.s - 1, e: m.e + 1 }));
    }
  }
  return out;
}

/** "zero initiative", "not an ounce of common sense": the absence of a character trait stated as a verdict. */
function lacksTrait(s: Sentence): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of s.all('sl.lackLead')) {
    const n = s.near('sl.lackNoun', m.e, m.e);
    if (!n || n.s !== m.e || s.quoted(m) || s.reportedBefore(m.s)) continue;
    // "zero ownership cost", "no drive space": the noun modifies a thing.
    const after = nextTok(s, n.e);
    if (after?.word && !PREDICATIVE_FOLLOWERS.has(after.lower) && !after.cap) continue;
    out.push(raw('subjective_label', { s: m.s, e: n.e }));
  }
  return out;
}

// The person's manner as the subject of a verdict: "her attitude on shift has gone downhill", "his behaviour is poor".
const MANNER_NOUNS = set('attitude attitudes behaviour behavior demeanour demeanor manner temperament disposition outlook mood');

function attitudeVerdict(s: Sentence): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of s.all('vn.writer')) {
    // "I expected better from Ryan", "not happy with his output": the writer's disappointment, with nothing observed.
    if (notAsserted(s, m, 2) || outsiderBefore(s, m.s)) continue;
    if (writerTarget(s, m.e)) out.push(raw('vague_no_example', m));
  }
  for (const m of s.all('vn.person')) {
    // "He has a lot to learn", "Jo's lost interest": a verdict on the person, not on a project or a thing.
    if (notAsserted(s, m, 2) || outsiderBefore(s, m.s) || s.firstPersonBefore(m.s, 2)) continue;
    // "not ready to return yet": a welfare matter, not a verdict.
    if (nextTok(s, m.e)?.lower === 'to' && RETURN_WORDS.has(nextTok(s, m.e + 1)?.lower ?? '')) continue;
    if (subjectBefore(s, m.s) === 'person' || nameFirst(s, m.s)) out.push(raw('vague_no_example', m));
  }
  for (const m of s.all('vn.adj')) {
    if (notAsserted(s, m, 2)) continue;
    const lo = s.clauseEdge(m.s, -1, 7);
    for (let k = m.s - 1; k >= lo; k--) {
      const t = s.tokens[k];
      if (!t.word || !MANNER_NOUNS.has(t.lower)) continue;
      const owner = s.prevWord(k);
      if (owner && (POSSESSIVES.has(owner.lower) || owner.lower.endsWith("'s")))
        out.push(raw('subjective_label', { s: k, e: m.e }));
      break;
    }
  }
  return out;
}

const OTHER_OWNERS = ['pc.age', 'pc.sex', 'pc.disability', 'es.phrase', 'hs.casual'];

const AUX = set('has have had been is was are were be keeps kept gets got seems seemed remains remained become became');

/** "Jenna complained about the heating and has been negative ever since": the subject is the sentence's opening name. */
function elidedPersonSubject(s: Sentence, i: number): boolean {
  let k = i - 1;
  let aux = 0;
  while (k >= s.from && aux < 4 && s.tokens[k].word && (AUX.has(s.tokens[k].lower) || COPULA_OR_DEGREE.has(s.tokens[k].lower))) {
    k--;
    aux++;
  }
  if (aux === 0 || k < s.from || (s.tokens[k].lower !== 'and' && s.tokens[k].lower !== 'but')) return false;
  const f = s.tokens[s.firstWord];
  if (PERSON_PRONOUNS.has(f.lower)) return true;
  return (
    f.cap &&
    f.lower.length >= 3 &&
    !NON_PERSON_SUBJECTS.has(f.lower) &&
    !DETERMINERS.has(f.lower) &&
    !COMMON_NOUN_END.test(f.lower) &&
    s.near('vn.workNoun', s.firstWord, s.firstWord) === undefined &&
    s.near('ctx.process', s.firstWord, s.firstWord) === undefined
  );
}

function isPredicatedOfPerson(s: Sentence, m: Match): boolean {
  if (subjectBefore(s, m.s) === 'thing' && !elidedPersonSubject(s, m.s)) return false;
  if (m.s === s.clauseStart(m.s)) return true; // a fragment: "Lazy.", "Abrasive with colleagues."
  for (let k = m.s - 1, seen = 0; k >= s.from && seen < 3; k--) {
    const t = s.tokens[k];
    // "Georgia cold + unapproachable": another label joined to this one.
    if (t.word && seen === 0 && (s.near('sl.adj', k, k) || s.near('sl.adjWeak', k, k))) continue;
    if (!t.word) {
      if (t.lower === ',' || t.lower === '+' || t.lower === '&' || t.lower === '/' || t.lower === '-' || t.lower === '\u2013')
        continue;
      // "Matt = lazy": an equals sign is a bullet's copula.
      if (t.lower === '=') return true;
      break;
    }
    // "- Kate passive-aggressive w/ the BPs": a bullet that opens with a name and then the label, no verb.
    if (
      seen === 0 &&
      k === s.clauseStart(k) &&
      t.cap &&
      t.lower !== 'i' &&
      !DETERMINERS.has(t.lower) &&
      !NON_PERSON_SUBJECTS.has(t.lower) &&
      !COMMON_NOUN_END.test(t.lower) &&
      s.near('vn.workNoun', k, k) === undefined
    )
      return true;
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
    // "Not once in 12 months has the site had an injury": the subject after the inverted auxiliary is a thing.
    if (atStart && never && invertedThingSubject(s, m.e)) continue;
    // "Every time the SFTP job fails it pages on-call": a leading absolute about a thing, with no person in it.
    if (atStart && !never && leadsIntoThingClause(s, m) && !personInSentence(s)) continue;
    if (never) {
      if (!neverIsPraise(s, m)) out.push(raw('absolute_language', m));
    } else if (negativeBehaviourNear(s, m) || nagProgressive(s, m)) {
      out.push(raw('absolute_language', m));
    }
  }
  return out;
}

const IMPERATIVE_HEADS = set("always never don't do");
const INVERSION_AUX = set('has have had did does do is was were');
const NAG_ADVERBS = set('forever constantly continually perpetually endlessly incessantly eternally permanently');

function invertedThingSubject(s: Sentence, from: number): boolean {
  for (let k = from; k < s.to && k < from + 10; k++) {
    if (!INVERSION_AUX.has(s.tokens[k].lower)) continue;
    const next = s.nextWord(k + 1);
    return next !== undefined && (DETERMINERS.has(next.lower) || NON_PERSON_SUBJECTS.has(next.lower));
  }
  return false;
}

const OCCASION_WORDS = set('time times single occasion');
/** "Every time the job fails…", "Whenever the feed is late…": a subordinate clause whose subject is a thing. */
function leadsIntoThingClause(s: Sentence, m: Match): boolean {
  const last = s.tokens[m.e - 1].lower;
  if (last !== 'whenever' && last !== 'every' && last !== 'each' && !OCCASION_WORDS.has(last)) return false;
  const e = m.e;
  let j = e;
  while (j < s.to && j < e + 3 && OCCASION_WORDS.has(s.tokens[j].lower)) j++;
  return DETERMINERS.has(s.nextWord(j)?.lower ?? '');
}

function personInSentence(s: Sentence): boolean {
  for (let k = s.from; k < s.to; k++) {
    const t = s.tokens[k];
    if (!t.word || t.lower === 'it' || t.lower === 'its') continue;
    const name =
      k !== s.firstWord && t.cap && t.lower.length >= 3 && !s.rawUpper(k) && !DETERMINERS.has(s.prevWord(k)?.lower ?? '');
    if (PERSON_PRONOUNS.has(t.lower) || name || s.near('sl.personNoun', k, k)) return true;
  }
  return false;
}

/** "Dr Patel is forever leaving notes unsigned", "she's constantly asking": a nagging progressive about a person. */
function nagProgressive(s: Sentence, m: Match): boolean {
  if (!NAG_ADVERBS.has(s.tokens[m.e - 1].lower)) return false;
  const next = s.nextWord(m.e);
  if (next === undefined || !next.lower.endsWith('ing') || next.lower.length < 5) return false;
  return clauseSubject(s, m.s) === 'person' || subjectBefore(s, m.s) === 'person';
}
const CLAUSE_LEADERS = set('and but so then also yet or');

/**
 * The subject of the clause around token i. Subjects come first in English, so a person or a thing at the
 * start of the clause decides ("He gets the figures wrong every time" is about him, not the figures);
 * otherwise scan back from i.
 */
function clauseSubject(s: Sentence, i: number): 'person' | 'thing' | 'possessed' | 'none' {
  let k = s.clauseStart(i);
  while (k < i && (!s.tokens[k].word || CLAUSE_LEADERS.has(s.tokens[k].lower))) k++;
  // "Amazing how Brendan never…", "Funny that she always…": the subject follows the ironic lead.
  const lead = s.near('es.ironicLead', k, k);
  if (lead !== undefined && lead.s === k && lead.e < i) k = lead.e;
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

const NEVER_OWNS = set(
  'own owns admit admits admitted accept accepts acknowledge acknowledges apologise apologises apologize apologizes learn learns',
);

/** "never late", "never once missed", "never lets the standard slip": an absolute that praises. */
function neverIsPraise(s: Sentence, m: Match): boolean {
  let words = 0;
  for (let k = m.e; k < s.to && words < 3; k++) {
    const t = s.tokens[k];
    if (!t.word) return false;
    if (NEVER_SKIP.has(t.lower)) continue;
    // "won't ever own up to a mistake", "never admits an error": owning a failure, not avoiding one.
    if (NEVER_OWNS.has(t.lower)) return false;
    if (s.near('al.neg', k, k) !== undefined) return true;
    words++;
  }
  return false;
}

// A verdict on the person near an absolute makes it an accusation too: "consistently the weakest link",
// "stubborn and gets defensive whenever feedback comes up", "a chip on his shoulder … in every meeting".
const LABEL_TAGS = ['sl.adj', 'sl.noun', 'sl.adjWeak'];
// Absolutes that are the writer's weariness rather than a claim of frequency (emotional, not absolute).
const WEARY_ABSOLUTES = set('as usual yet again per');

function negativeBehaviourNear(s: Sentence, m: Match): boolean {
  const lo = s.clauseEdge(m.s, -1, 7);
  // "Every time I ask Ravi for the figures, it's late": a leading absolute clause, then the behaviour.
  const hi = s.clauseEdge(m.e - 1, 1, m.s === s.clauseStart(m.s) ? 14 : 10);
  const weary = WEARY_ABSOLUTES.has(s.tokens[m.s].lower) || WEARY_ABSOLUTES.has(s.tokens[m.e - 1].lower);
  const wlo = weary ? m.s : Math.max(s.from, m.s - 12);
  const whi = Math.min(s.to - 1, m.e + 8);
  for (const tag of weary ? [] : LABEL_TAGS) {
    const l = s.near(tag, wlo, whi);
    if (l !== undefined && !s.quoted(l) && !s.negatedBefore(l.s, 3)) return true;
  }
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
  // "Investigation summary: I find the supervisor bullied…": the writer's own finding overrides the process word.
  const finding = s.has('lc.finding');
  if ((!finding && s.all('lc.context').some((x) => !inVerdict(x))) || s.endsWithQuestion()) return [];
  const out: RawFinding[] = [];
  const isms = s.all('lc.ism').filter((m) => ismPredicated(s, m) && !containedIn(s, 'lc.term', m, true));
  for (const m of [...s.all('lc.term'), ...isms]) {
    if (s.quoted(m) || (s.negatedBefore(m.s, 5) && !withoutAdjunct(s, m)) || legalReported(s, m)) continue;
    if (s.firstPersonBefore(m.s, 3) && !weFound(s, m)) continue;
    // Process words before the writer's own finding ("Investigation outcome: I find…") do not make it an allegation.
    const found = finding ? s.near('lc.finding', Math.max(s.from, m.s - 10), m.s - 1) : undefined;
    if (allegedBefore(s, m, inVerdict, found ? found.e : s.from)) continue;
    // "harassment policy", "fraud team"; but "bullying team members" is about people.
    if (s.near('lc.modified', m.e, m.e) && !TEAM_PEOPLE.has(s.tokens[m.e + 1]?.lower ?? '')) continue;
    const t = s.tokens;
    if (m.s - 2 >= s.from && t[m.s - 1].lower === '-' && (t[m.s - 2].lower === 'anti' || t[m.s - 2].lower === 'non')) continue;
    // "fraud-proof", "harassment-free", "bullying-related": the term is the first half of a compound modifier.
    if (hyphenGlued(s, m) && t[m.e]?.lower === '-' && LEGAL_COMPOUND_TAIL.has(t[m.e + 1]?.lower ?? '')) continue;
    out.push(raw('legal_conclusion', m));
  }
  return out;
}

/** A match of `tag` that contains x (strictly longer when `longer`), found by bounded search, so the check stays linear. */
function containedIn(s: Sentence, tag: string, x: Match, longer: boolean): boolean {
  const list = s.all(tag);
  for (let i = firstStartingFrom(list, x.s - 8); i < list.length && list[i].s <= x.s; i++) {
    const v = list[i];
    if (x.e <= v.e && (!longer || v.e - v.s > x.e - x.s)) return true;
  }
  return false;
}

const ISM_DEGREE = set('blatant pure outright plain casual clear obvious textbook straight-up straight classic open naked rank');
const ISM_LINK = set("is was were are = that's it's this's amounts amounted constitutes constituted");
/** "his comments were blatant ageism", "that's racism": predicated, not named as a topic ("tackling racism"). */
function ismPredicated(s: Sentence, m: Match): boolean {
  let k = m.s - 1;
  for (let n = 0; k >= s.from && n < 2 && (ISM_DEGREE.has(s.tokens[k].lower) || s.tokens[k].lower === 'to'); n++) k--;
  if (k < s.from) return false;
  return ISM_LINK.has(s.tokens[k].lower);
}

const LEGAL_COMPOUND_TAIL = set(
  'proof free resistant related prone screening detection awareness prevention check checks risk led',
);
const TEAM_PEOPLE = set('members member mates mate colleagues staff');
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
function allegedBefore(s: Sentence, m: Match, inVerdict: (x: Match) => boolean, from: number): boolean {
  const lo = Math.max(from, m.s - 8);
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
  if (s.has('pa.neutral') || retaliationVerdict(s)) return [];
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
  // A count of sick days or a record ("Sick days this quarter: 2.") links only within its own sentence.
  const recordOnly = acts.every((m) => RECORD_ACTS.test(s.text.slice(s.tokens[m.s].start, s.tokens[m.e - 1].end).toLowerCase()));
  // The next bullet or sentence often carries the judgement: "Raised a concern about the audit. Not a team player."
  if (!linked && !recordOnly && ctx.next && !ctx.next.has('pa.neutral') && activities(ctx.next).length === 0) {
    linked = adverse(ctx.next, new Set());
  }
  // Or the judgement comes first and the activity explains it: "I'd think twice about Lara. She went to the regulator."
  if (!linked && !recordOnly && ctx.prev && !ctx.prev.has('pa.neutral') && activities(ctx.prev).length === 0) {
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

// The writer names the step retaliation ("moving her after her complaint is victimisation"): a legal
// conclusion on the employee's side, which legal_conclusion reports, not a step held against them.
const RETALIATION_HEADS = /^(retaliat|victimi[sz]|reprisal|detriment)/;
function retaliationVerdict(s: Sentence): boolean {
  if (!s.all('lc.term').some((m) => RETALIATION_HEADS.test(s.tokens[m.s].lower))) return false;
  return legalConclusion(s).some((f) => RETALIATION_HEADS.test(s.tokens[f.s].lower));
}

// "I'd expect a maternity request within the year": a predicted activity is a guess about the person
// (protected characteristic), not a step they took. "asked whether raising a concern would affect her bonus":
// the employee's own question about the activity.
const PREDICT_WORDS = set('expect expecting anticipate anticipating predict predicting bet guess imagine');
const ASK_WORDS = set('asked asking asks wondered wondering queried checked worried know');
function hypotheticalActivity(s: Sentence, m: Match): boolean {
  const lo = s.clauseEdge(m.s, -1, 8);
  for (let k = m.s - 1, n = 0; k >= lo && n < 8; k--) {
    const t = s.tokens[k];
    if (!t.word) continue;
    n++;
    if (n <= 4 && PREDICT_WORDS.has(t.lower)) return true;
    if ((t.lower === 'whether' || t.lower === 'if') && ASK_WORDS.has(s.prevWord(k)?.lower ?? '')) return true;
  }
  return false;
}

const RECORD_ACTS = /^(sick days?|days? off sick|sickness record|sick record|absence record)$/;

// "doesn't strike me as", "strike a balance", "strike it off": the verb, not industrial action.
const STRIKE_VERB_AFTER = set('me us him her them a an as out through off it the that this');
function strikeVerb(s: Sentence, m: Match): boolean {
  const w = s.tokens[m.s].lower;
  if (m.e - m.s !== 1 || !(w === 'strike' || w === 'strikes' || w === 'struck')) return false;
  return STRIKE_VERB_AFTER.has(s.nextWord(m.e)?.lower ?? '');
}

function activities(s: Sentence): Match[] {
  // "whistleblowing detriment", "equal pay breach": part of a legal term, which legal_conclusion reports.
  const inLegal = (m: Match) => containedIn(s, 'lc.term', m, true);
  const acts = s.all('pa.act').filter((m) => !s.quoted(m) && !inLegal(m) && !hypotheticalActivity(s, m) && !strikeVerb(s, m));
  for (const m of s.all('pa.complaint')) {
    // A customer's complaint is business as usual; an employee's complaint is protected.
    if (s.near('pa.customer', Math.max(s.from, m.s - 3), m.s - 1) || hypotheticalActivity(s, m)) continue;
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

const DIFFICULTY_NOUNS = set('nightmare headache hassle');

export function emotionalOrSarcastic(s: Sentence, ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of s.all('es.phrase')) {
    if (notAsserted(s, m, 2)) continue;
    const first = s.tokens[m.s].lower;
    if (first === 'a' && s.tokens[m.e - 1].lower === 'joke' && !JOKE_BEFORE.has(s.prevWord(m.s)?.lower ?? '')) continue;
    // "who knows the billing code?" is a real question
    if (first === 'who' && s.tokens[m.e - 1].lower === 'knows' && nextTok(s, m.e)?.word) continue;
    // "a nightmare to manage", "a nightmare to maintain": how hard something is (a label if it is a person), not venting.
    if (DIFFICULTY_NOUNS.has(s.tokens[m.e - 1].lower) && nextTok(s, m.e)?.lower === 'to') continue;
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
  out.push(...ironicPraise(s, ctx));
  out.push(...venting(s, ctx));
  // Runs of "!!" or "?!", and shouted words.
  const sincere = isSinceredPraise(s);
  for (let k = s.from; k < s.to; k++) {
    const t = s.tokens[k];
    if (!t.word && (t.lower === '!' || t.lower === '?')) {
      let e = k + 1;
      let bang = t.lower === '!';
      while (e < s.to && (s.tokens[e].lower === '!' || s.tokens[e].lower === '?') && s.tokens[e].start === s.tokens[e - 1].end) {
        if (s.tokens[e].lower === '!') bang = true;
        e++;
      }
      // "Huge well done to the night team!!" is enthusiasm; "bipolar?? keep an eye" is a guess, not anger.
      if (e - k >= 2 && (bang ? !sincere : rhetoricalQuestion(s)))
        out.push({ ...raw('emotional_or_sarcastic', { s: k, e }), strong: bang });
      k = e - 1;
    } else if (t.word && t.lower.length >= 2 && s.near('es.capsWord', k, k) && isShouted(s, k)) {
      out.push({ ...raw('emotional_or_sarcastic', { s: k, e: k + 1 }), strong: true });
    }
  }
  return out;
}

const WH_OPENERS = set('why how what who seriously really honestly');

/** "Why is this late again??": a question the writer asks in exasperation, not an uncertain guess. */
function rhetoricalQuestion(s: Sentence): boolean {
  const fw = s.firstWord;
  return (fw < s.to && WH_OPENERS.has(s.tokens[fw].lower)) || hasBad(s);
}

function hasBad(x: Sentence, from = x.from): boolean {
  // "Not once in 12 months has the site had a lost-time injury": the whole sentence is negated.
  const f0 = x.tokens[x.firstWord]?.lower;
  if (f0 === 'never' || (f0 === 'not' && x.nextWord(x.firstWord)?.lower === 'once')) return false;
  for (const tag of ['es.badEvent', 'es.failure']) {
    if (
      x
        .all(tag)
        .some(
          (b) =>
            b.s >= from &&
            !NO_BAD.has(x.prevWord(b.s)?.lower ?? '') &&
            !x.negatedBefore(b.s, 2) &&
            !(x.tokens[b.e]?.lower === '-' && x.tokens[b.e].start === x.tokens[b.e - 1].end),
        )
    )
      return true;
  }
  return false;
}

/** Praise with nothing going wrong in it and no sarcasm: "Huge well done to the night team!!" */
function isSinceredPraise(s: Sentence): boolean {
  if (!s.has('es.praiseOpener') && !s.has('es.praiseWord')) return false;
  // "Well done to Sam, who fixed the broken scanner!!": praise addressed to someone.
  const opener = s.near('es.praiseOpener', s.firstWord, Math.min(s.to - 1, s.firstWord + 2));
  if (opener && nextTok(s, opener.e)?.lower === 'to' && !s.has('es.phrase')) return true;
  return !hasBad(s) && !s.has('es.phrase') && !s.has('al.neg');
}

const SCARE_LEADS = set('another latest usual so-called his her their your');
const IRONIC_FOLLOWERS = set(
  'took takes caused causes meant would will broke breaks crashed wiped deleted lasted left cost failed turned ended',
);

/**
 * Irony with no exclamation mark: a praise word on its own next to a failure ("Lovely. Carly's 'fix' took the
 * system down. Great job."), scare quotes round the person's own work ("another 'genius' idea", "Mandy's
 * 'quick question' took 45 minutes"), a feeling next to "as ever" ("Thrilled, as ever, to receive…"),
 * "Of course she didn't read it", contempt verbs ("his attitude stinks") and a flat retort ("He isn't.").
 */
function ironicPraise(s: Sentence, ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  if (s.reportedBefore(s.to)) return out;
  const fw = s.firstWord;
  const words = wordCount(s, 6);
  // A praise fragment on its own ("Lovely.", "Great job.", "Priceless.") beside a failure or a scare quote.
  const frag = s.near('es.ironicFragment', fw, fw);
  if (frag && words <= 3 && !s.quoted(frag)) {
    const beside = (x: Sentence | undefined) => x !== undefined && (hasBad(x) || scareQuotes(x).length > 0);
    if (beside(ctx.prev) || beside(ctx.next)) out.push(raw('emotional_or_sarcastic', { s: frag.s, e: frag.e }));
  }
  out.push(...scareQuotes(s).map((m) => raw('emotional_or_sarcastic', m)));
  // "Amazing how Chris always finds something else to do", "Looking forward to another of Gary's monologues".
  for (const m of s.all('es.ironicLead')) {
    if (s.quoted(m)) continue;
    let owner = false;
    for (let k = m.e; k < s.to && k < m.e + 6; k++) if (s.tokens[k].lower.endsWith("'s") && s.tokens[k].cap) owner = true;
    if (
      owner ||
      hasBad(s, m.e) ||
      s.near('al.always', m.e, s.to - 1) ||
      s.near('al.never', m.e, s.to - 1) ||
      s.near('al.neg', m.e, s.to - 1)
    )
      out.push(raw('emotional_or_sarcastic', m));
  }
  for (const f of s.all('es.ironicFeeling')) {
    if (s.quoted(f) || s.negatedBefore(f.s, 2)) continue;
    const ever = s.near('es.asEver', Math.max(s.from, f.s - 4), Math.min(s.to - 1, f.e + 4));
    if (ever) out.push(raw('emotional_or_sarcastic', { s: Math.min(f.s, ever.s), e: Math.max(f.e, ever.e) }));
  }
  // "Of course Stella didn't read the brief."
  if (fw + 1 < s.to && s.tokens[fw].lower === 'of' && s.tokens[fw + 1].lower === 'course' && s.tokens[fw + 2]?.word) {
    for (let k = fw + 2; k < s.to && k < fw + 8; k++) {
      const t = s.tokens[k];
      if (!t.word) break;
      if (t.lower === 'i' || t.lower === 'we' || t.lower === "i'm" || t.lower === "we're") break;
      if (t.lower.endsWith("n't") || t.lower === 'never' || t.lower === 'not' || s.near('al.neg', k, k)) {
        out.push(raw('emotional_or_sarcastic', { s: fw, e: fw + 2 }));
        break;
      }
    }
  }
  for (const m of s.all('es.stinks')) {
    if (notAsserted(s, m, 2)) continue;
    const p = s.prevWord(m.s);
    // "his attitude stinks" is a label on the person (subjective_label says it).
    if (p?.lower === 'attitude') continue;
    const onPerson = p !== undefined && s.near('vn.workNoun', m.s - 1, m.s - 1) !== undefined;
    const subject = subjectBefore(s, m.s);
    if (onPerson || subject === 'person' || subject === 'possessed') out.push(raw('emotional_or_sarcastic', m));
  }
  // "Eddie thinks he's God's gift to sales. He isn't.": a flat two-word retort to what someone thinks of himself.
  if (words === 2 && ctx.prev !== undefined && PERSON_PRONOUNS.has(s.tokens[fw].lower)) {
    const neg = s.nextWord(fw + 1);
    if (neg !== undefined && neg.lower.endsWith("n't") && ctx.prev.has('es.selfView'))
      out.push(raw('emotional_or_sarcastic', { s: fw, e: s.to }));
  }
  return out;
}

const YES_OPENERS = set('yes yeah yep oh sure right');
const IRONIC_CERTAINTY = set('definitely clearly obviously totally surely certainly absolutely undoubtedly');
const RETORTS = set('sure right riiight suuure');
const NOT_SURE_HOW = set('sure idea clue knows');

/**
 * Venting in shapes beyond single words: an insult predicated of a person ("the dev lead is an idiot"), a contempt
 * word as a fragment on its own ("clueless"), "I'm done with his excuses", "X's idea of a handover is…",
 * "not sure how Janine got through the interview", mock agreement ("Yes Lorcan, the printer is definitely why…",
 * a closing "Sure."), scare-quoted praise ("the 'speedy' fix") and praise laid on too thick after a failure.
 */
function venting(s: Sentence, ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  if (s.reportedBefore(s.to)) return out;
  const fw = s.firstWord;
  if (fw >= s.to) return out;
  const words = wordCount(s, 8);
  for (const m of s.all('es.insult')) {
    if (notAsserted(s, m, 3) || hyphenGlued(s, m)) continue;
    const subject = subjectBefore(s, m.s);
    // Insult nouns only fit people ("our new site manager is a muppet"); "a pain" also fits things ("the booking was a pain").
    const thingWord = s.tokens[m.e - 1].lower === 'pain' || s.tokens[m.s].lower === 'pain';
    if (subject === 'possessed' || (subject === 'thing' && thingWord)) continue;
    const next = nextTok(s, m.e);
    if (next?.word && !PREDICATIVE_FOLLOWERS.has(next.lower) && !next.cap && next.lower !== 'since') continue;
    const p = s.prevWord(m.s);
    const framed = p !== undefined && (COPULA_OR_DEGREE.has(p.lower) || SOFT_FRAME.has(p.lower) || p.lower.endsWith("'s"));
    if (framed || m.s === s.clauseStart(m.s) || subject === 'person') out.push(raw('emotional_or_sarcastic', m));
  }
  // "clueless", "Useless.", "Embarrassing tbh": contempt as a sentence of its own.
  const frag = s.near('es.contemptFragment', fw, fw);
  if (frag && words <= 3 && !s.quoted(frag)) out.push(raw('emotional_or_sarcastic', frag));
  for (const m of s.all('es.doneWith')) {
    if (s.quoted(m)) continue;
    let hit = false;
    for (let k = m.e; k < s.to && k < m.e + 5; k++) {
      const t = s.tokens[k];
      if (!t.word) break;
      if (s.near('es.doneObject', k, k) || POSSESSIVES.has(t.lower) || t.lower.endsWith("'s") || (t.cap && looksLikeName(s, k)))
        hit = true;
    }
    if (hit || s.rawUpper(m.s + 2) || s.rawUpper(m.s + 1)) out.push(raw('emotional_or_sarcastic', m));
  }
  // "Martin's idea of a handover is a post-it and a prayer."
  for (let k = fw + 1; k + 2 < s.to; k++) {
    if (s.tokens[k].lower !== 'idea' || s.tokens[k + 1].lower !== 'of') continue;
    const owner = s.tokens[k - 1];
    if (!(POSSESSIVES.has(owner.lower) || (owner.lower.endsWith("'s") && owner.cap))) continue;
    for (let j = k + 2; j < s.to && j < k + 8; j++) {
      const w = s.tokens[j].lower;
      if (w === 'is' || w === 'was' || w === 'seems' || w === 'appears' || w === 'involves') {
        const after = s.nextWord(j + 1);
        if (
          after &&
          (after.lower === 'a' ||
            after.lower === 'an' ||
            after.lower === 'to' ||
            after.lower === 'apparently' ||
            after.lower === 'just')
        )
          out.push(raw('emotional_or_sarcastic', { s: k - 1, e: k + 2 }));
        break;
      }
    }
  }
  // "not sure how Janine got through the interview", "no idea how he passed probation".
  for (const m of s.all('es.howTheyGot')) {
    const who = m.s - 1;
    if (who <= s.from) continue;
    const w = s.tokens[who];
    if (!(PERSON_PRONOUNS.has(w.lower) || looksLikeName(s, who))) continue;
    const how = s.prevWord(who);
    if (how?.lower !== 'how') continue;
    const lead = s.prevWord(who - 1);
    if (lead && (NOT_SURE_HOW.has(lead.lower) || lead.lower === 'know' || lead.lower === 'wonder'))
      out.push(raw('emotional_or_sarcastic', { s: who - 2, e: m.e }));
  }
  // "Yes Lorcan, the printer is definitely why the board pack was late."
  if (YES_OPENERS.has(s.tokens[fw].lower)) {
    const name = s.nextWord(fw + 1);
    const nameAt = fw + 1 < s.to && s.tokens[fw + 1].word ? fw + 1 : -1;
    if (name && nameAt > 0 && s.tokens[nameAt].cap && s.tokens[nameAt + 1]?.lower === ',') {
      for (let k = nameAt + 2; k < s.to; k++)
        if (IRONIC_CERTAINTY.has(s.tokens[k].lower)) {
          out.push(raw('emotional_or_sarcastic', { s: fw, e: k + 1 }));
          break;
        }
    }
  }
  // A closing "Sure." / "Right." after a statement: a retort, not an answer.
  if (
    words === 1 &&
    RETORTS.has(s.tokens[fw].lower) &&
    ctx.prev !== undefined &&
    ctx.next === undefined &&
    !ctx.prev.endsWithQuestion()
  )
    out.push(raw('emotional_or_sarcastic', { s: fw, e: fw + 1 }));
  // "thanks to facilities for the 'speedy' heating fix": a quoted praise word on its own.
  for (let k = s.from; k + 2 < s.to; k++) {
    const open = s.tokens[k];
    if (open.word || !s.tokens[k + 1].q || s.tokens[k].q) continue;
    const m = s.near('es.scarePraise', k + 1, k + 1);
    if (!m || m.s !== k + 1) continue;
    const close = s.tokens[m.e];
    if (close === undefined || close.word) continue;
    if (s.tokens[m.s].cap && m.s !== fw) continue;
    out.push(raw('emotional_or_sarcastic', { s: k, e: m.e + 1 }));
  }
  // "release slipped, again. Thanks QA, truly heroic effort."
  const hyper = s.near('es.hyperbole', fw, s.to - 1);
  if (hyper && words <= 7 && !s.quoted(hyper) && (s.has('es.praiseOpener') || s.has('es.praiseWord'))) {
    const failed = (x: Sentence | undefined) => x !== undefined && hasBad(x) && !x.has('es.resolved');
    if (failed(ctx.prev) || (failed(s) && s.near('es.badEvent', hyper.e, s.to - 1)))
      out.push(raw('emotional_or_sarcastic', hyper));
  }
  return out;
}

/** The number of words in a sentence, counted up to `cap + 1`. */
export function wordCount(s: Sentence, cap: number): number {
  let n = 0;
  for (let k = s.from; k < s.to && n <= cap; k++) if (s.tokens[k].word) n++;
  return n;
}

/** "another 'genius' idea", "Carly's 'fix' took the system down": one or two quoted words mocking the person's work. */
function scareQuotes(s: Sentence): Array<{ s: number; e: number }> {
  const out: Array<{ s: number; e: number }> = [];
  for (let k = s.from + 1; k < s.to - 2; k++) {
    const open = s.tokens[k];
    if (open.word || open.q || !s.tokens[k + 1].q) continue;
    let e = k + 1;
    while (e < s.to && s.tokens[e].q && e - k <= 4) e++;
    const inner = e - k - 1;
    k = e;
    if (inner < 1 || inner > 3 || e >= s.to || s.tokens[e].word) continue;
    let ok = true;
    for (let j = k - inner; j < k; j++) if (s.tokens[j].word && s.tokens[j].cap) ok = false;
    if (!ok || s.reportedBefore(k - inner)) continue;
    const lead = s.tokens[k - inner - 2];
    if (lead === undefined || !lead.word || k - inner - 2 < s.from) continue;
    const possessive = lead.lower.endsWith("'s") || POSSESSIVES.has(lead.lower);
    const after = s.nextWord(e + 1);
    const badNext = s.near('es.badEvent', e + 1, e + 4) ?? s.near('es.failure', e + 1, e + 4);
    const mocking = SCARE_LEADS.has(lead.lower) || (possessive && ((after && IRONIC_FOLLOWERS.has(after.lower)) || badNext));
    if (mocking) out.push({ s: k - inner - 1, e: e + 1 });
  }
  return out;
}

const SARCASM_BREAKS = set(', : ; \u2014 \u2013 -');
const SARCASM_LINKS = set("you've you've he's she's they've they've has have you he she they");
const CONTRASTS = set('but although though however yet except');
const ZERO_WORDS = set('zero nil nada nothing 0');

/**
 * "Well done, team, you've broken production again.", "Another stellar week from Sam: zero calls logged.":
 * praise near the start of a sentence, then, after a break, a failure, with no "but" that would make it
 * sincere mixed feedback.
 */
function praiseThenFailure(s: Sentence): RawFinding[] {
  const praise = s.near('es.praiseOpener', s.firstWord, Math.min(s.to - 1, s.firstWord + 2));
  if (praise === undefined || s.quoted(praise) || s.reportedBefore(praise.s)) return [];
  // "Big thanks to Maya for staying late…", "Well done to the night team": praise addressed to someone.
  if (nextTok(s, praise.e)?.lower === 'to') return [];
  let broke = false;
  for (let k = praise.e; k < s.to && k < praise.e + 25; k++) {
    const t = s.tokens[k];
    if (t.word && CONTRASTS.has(t.lower)) return [];
    const glued = k > s.from && k + 1 < s.to && s.tokens[k - 1].end === t.start && s.tokens[k + 1].start === t.end;
    if (!t.word && SARCASM_BREAKS.has(t.lower) && !glued) broke = true;
    else if (t.word && SARCASM_LINKS.has(t.lower) && k > praise.e + 1) broke = true;
    if (!broke || !t.word) continue;
    // "Another stellar week from Sam: zero calls logged."
    if (ZERO_WORDS.has(t.lower) && s.tokens[k + 1]?.word && s.near('es.zeroOutput', k + 1, k + 2))
      return [raw('emotional_or_sarcastic', { s: praise.s, e: praise.e })];
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
  // "Missed the 3 Feb and 10 Feb deadlines. His work is not good enough.": the example is the sentence before.
  // Only a sentence that reports something going wrong; "Went over the 3 May schedule." is no example of a fault.
  const prev = ctx.prev;
  if (prev !== undefined && prev.to - prev.from <= 20 && hasEvidence(prev) && (prev.has('es.failure') || prev.has('al.neg')))
    return [];
  const out: RawFinding[] = [];
  for (const m of s.all('vn.phrase')) {
    if (notAsserted(s, m, 3) || predicted(s, m.s) || outsiderBefore(s, m.s) || stockLevel(s, m.e)) continue;
    // "Absolute shambles of a week": a bad spell, not anyone's work, unless it is someone's ("a poor week from Dan").
    const period = nextTok(s, m.e);
    if (period?.word && PERIODS.has(period.lower) && !personAfterPeriod(s, m.e + 1)) continue;
    // "We should hire more…" is the writer's plan, not a judgement of someone's work.
    // …but "I don't think she's up to it", "I doubt he's ready" are the writer's verdict on someone else.
    if (s.firstPersonBefore(m.s, 3) && !DOUBT_HEADS.has(s.tokens[m.s].lower)) continue;
    if (s.near('ctx.firstPerson', m.s + 1, m.e - 1)) continue; // "I don't think I'm up to it": their own doubt

    out.push(raw('vague_no_example', m));
  }
  for (const m of s.all('vn.writer')) {
    // "I expected better from Ryan", "not happy with his output": the writer's disappointment, with nothing observed.
    if (notAsserted(s, m, 2) || outsiderBefore(s, m.s)) continue;
    if (writerTarget(s, m.e)) out.push(raw('vague_no_example', m));
  }
  for (const m of s.all('vn.adj')) {
    if (notAsserted(s, m, 2) || stockLevel(s, m.e) || outsiderBefore(s, m.s)) continue;
    const head = s.tokens[m.s].lower;
    // "Disappointing from Jack", "not great from Sam": a verdict handed to a person.
    if (personAfterPeriod(s, m.e) && nextTok(s, m.e)?.lower === 'from' && !s.firstPersonBefore(m.s, 3)) {
      out.push(raw('vague_no_example', { s: m.s, e: m.e + 2 }));
      continue;
    }
    // "Dan is struggling.", "Kim has been struggling lately": the person, with nothing said about what.
    if (head.startsWith('struggl') || (head === 'been' && s.tokens[m.e - 1].lower.startsWith('struggl'))) {
      if (subjectBefore(s, m.s) === 'person' && bareEnd(s, m.e)) out.push(raw('vague_no_example', m));
      continue;
    }
    // "Overall a disappointing year for Stella", "a weak quarter from Dan": a verdict on someone's period of work.
    const period = nextTok(s, m.e);
    if (period?.word && PERIODS.has(period.lower)) {
      if (personAfterPeriod(s, m.e + 1) && !s.firstPersonBefore(m.s, 3))
        out.push(raw('vague_no_example', { s: m.s, e: m.e + 1 }));
      continue;
    }
    if (head === 'concern' || head === 'concerns') {
      if (vagueConcern(s, m)) out.push(raw('vague_no_example', m));
      continue;
    }
    // "Embarrassing performance from Lottie", "dismal output this month": the verdict right before the work.
    const after = s.near('vn.workNoun', m.e, m.e);
    const emotive = already.some((f) => f.category === 'emotional_or_sarcastic' && f.s <= m.s && f.e >= m.e);
    if (after && !emotive && m.s === s.clauseStart(m.s) && !s.firstPersonBefore(m.s, 3)) {
      out.push(raw('vague_no_example', { s: m.s, e: after.e }));
      continue;
    }
    const noun = s.inClause('vn.workNoun', m.s, 7, 0);
    if (noun && noun.s < m.s) {
      out.push(raw('vague_no_example', { s: noun.s, e: m.e }));
      continue;
    }
    // "Lacks polish.", "He needs work on it": a verdict verb with the person (or nobody) as its subject.
    const verdictVerb = head.startsWith('lack') || head.startsWith('need') || head === 'leaves' || head === 'falls';
    const subject = subjectBefore(s, m.s);
    if (verdictVerb && (subject === 'person' || (subject === 'none' && m.s === s.clauseStart(m.s))))
      out.push(raw('vague_no_example', m));
    // "ravi all over the place this month", "Sam's been all over the shop": the whole person is the verdict's subject.
    else if (PERSON_STATE.has(head) && (subject === 'person' || nameFirst(s, m.s))) out.push(raw('vague_no_example', m));
  }
  return out;
}

const DOUBT_HEADS = set("don't do doubt");
const RETURN_WORDS = set('return come go start resume travel drive fly');
const TARGET_SKIP = set("his her their its the this that these those recent latest current overall general own 's");
const BARE_TAIL = set('lately recently still again generally overall tbh honestly atm currently really now a bit');

/** Only hedges or nothing after the verdict ("Dan is struggling.", "struggling a bit lately"). */
function bareEnd(s: Sentence, i: number): boolean {
  for (let k = i; k < s.to; k++) {
    const t = s.tokens[k];
    if (!t.word) return t.lower !== '-' && t.lower !== '/';
    if (!BARE_TAIL.has(t.lower) && t.lower !== 'bit' && t.lower !== 'at' && t.lower !== 'the' && t.lower !== 'moment')
      return false;
  }
  return true;
}

/** After "expected better", "not happy with": a person after from/of/in, or someone's work within a few words. */
function writerTarget(s: Sentence, i: number): boolean {
  // "disappointed in Tom", "not happy w/ Sam": the phrase already ends with its link word.
  if (WRITER_ENDS.has(s.tokens[i - 1].lower)) {
    const who = nextTok(s, i);
    const acronym = who?.cap && s.rawUpper(i);
    if (
      who?.word &&
      ((who.cap && !acronym) || PERSON_PRONOUNS.has(who.lower)) &&
      !OUTSIDERS.has(who.lower) &&
      !who.lower.endsWith("'s")
    ) {
      const after = nextTok(s, i + 1);
      if (!after || !after.word || after.lower === 'again' || after.lower === 'tbh') return true;
    }
  }
  const link = nextTok(s, i);
  if (link?.word && (link.lower === 'from' || link.lower === 'of' || link.lower === 'in')) {
    if (personAfterPeriod(s, i, WRITER_LINKS))
      return nextTok(s, i + 2)?.lower !== "'s" || s.near('vn.workNoun', i + 3, i + 3) !== undefined;
  }
  let k =
    link?.word &&
    (link.lower === 'from' || link.lower === 'of' || link.lower === 'with' || link.lower === 'by' || link.lower === 'in')
      ? i + 1
      : i;
  for (let n = 0; k < s.to && n < 4; k++, n++) {
    const t = s.tokens[k];
    if (t.lower === 'own') return false; // "not happy with her own performance": her self-assessment
    if (s.near('vn.workNoun', k, k)) return true;
    if (!t.word && t.lower !== "'s" && t.lower !== "'") return false;
    if (t.word && !TARGET_SKIP.has(t.lower) && !t.cap && !PERSON_PRONOUNS.has(t.lower)) return false;
  }
  return false;
}

// A time span a verdict can be passed on: "a disappointing year for Stella", "shambles of a week".
const PERIODS = set(
  'year years quarter quarters month months week weeks half term semester season shift shifts day days spell period run cycle',
);
const PERIOD_LINKS = set('for from by');
const WRITER_LINKS = set('from of in');
const WRITER_ENDS = set('with in by of from /');

/** "…year for Stella", "…quarter from him": the period belongs to a person. */
function personAfterPeriod(s: Sentence, i: number, links = PERIOD_LINKS): boolean {
  const link = nextTok(s, i);
  if (!link?.word || !links.has(link.lower)) return false;
  const who = nextTok(s, i + 1);
  if (!who?.word) return false;
  if (PERSON_PRONOUNS.has(who.lower) || s.near('sl.personNoun', i + 1, i + 1)) return true;
  return who.cap && !s.near('vn.workNoun', i + 1, i + 1) && !OUTSIDERS.has(who.lower);
}

// "below par level", "low stock": an inventory level, not a verdict.
const STOCK_AFTER = set('level levels stock stocks quantity quantities');
function stockLevel(s: Sentence, i: number): boolean {
  const t = nextTok(s, i);
  return t?.word === true && STOCK_AFTER.has(t.lower);
}

const PLACE_THINGS = set('stock stuff kit rota data money cash post mail paper wiring weather traffic everything everyone it');
// Verdicts that describe the whole person rather than a piece of work.
const PERSON_STATE = set('all');

/** A lower-case name starting a terse note ("ravi all over the place"): the first word with the verdict right after it. */
function nameFirst(s: Sentence, i: number): boolean {
  const fw = s.firstWord;
  const w = s.tokens[fw];
  if (i !== fw + 1 || !w.word || !/^[a-z]{3,}$/.test(w.lower) || COMMON_NOUN_END.test(w.lower) || w.lower.endsWith('s'))
    return false;
  return (
    !s.near('vn.workNoun', fw, fw) && !DETERMINERS.has(w.lower) && !NON_PERSON_SUBJECTS.has(w.lower) && !PLACE_THINGS.has(w.lower)
  );
}

// A number after these is a grade or a name ("a Band 6", "Year 10"), not evidence.
const GRADE_WORDS = set('band grade level tier step year stage');

// "He asked what specifically", "no examples given": asking for detail shows there is none.
const NO_DETAIL = set('what no any without');
function realEvidence(s: Sentence, lo: number, hi: number): boolean {
  for (const m of s.all('vn.evidence')) {
    if (m.s < lo || m.s > hi) continue;
    if (NO_DETAIL.has(s.prevWord(m.s)?.lower ?? '')) continue;
    // "not good enough when it comes to comms": an idiom, not an occasion.
    if (s.tokens[m.s].lower === 'when' && s.nextWord(m.e)?.lower === 'it' && s.nextWord(m.e + 1)?.lower === 'comes') continue;
    return true;
  }
  return false;
}

function hasEvidence(s: Sentence): boolean {
  if (realEvidence(s, s.from, s.to)) return true;
  for (let k = s.from; k < s.to; k++) {
    const t = s.tokens[k];
    if (t.q) return true;
    if (t.word && /[0-9]/.test(t.lower) && !(k > s.from && GRADE_WORDS.has(s.tokens[k - 1].lower)) && !meetingName(s, k))
      return true;
  }
  return false;
}

const MEETING_SHAPES = [
  ['1', ':', '1'],
  ['1', '-', '2', '-', '1'],
];
/** "1:1", "1-2-1", "121": the name of the meeting, not a count or a date. */
function meetingName(s: Sentence, k: number): boolean {
  const t = s.tokens[k].lower;
  if (t === '121' || t === '1x1') return true;
  for (const shape of MEETING_SHAPES)
    for (let start = k - shape.length + 1; start <= k; start++) {
      if (start < s.from || start + shape.length > s.to) continue;
      let ok = true;
      for (let n = 0; n < shape.length && ok; n++) {
        const tok = s.tokens[start + n];
        ok = tok.lower === shape[n] && (n === 0 || s.tokens[start + n - 1].end === tok.start);
      }
      if (ok) return true;
    }
  return false;
}

const OUTSIDERS = set(
  'vendor vendors supplier suppliers contractor contractors courier couriers agency council bank landlord partner',
);

/** "The vendor isn't delivering on the SLA": a verdict on an outside party, not on an employee. */
function outsiderBefore(s: Sentence, i: number): boolean {
  for (let k = i - 1, n = 0; k >= s.from && n < 4; k--, n++)
    if (s.tokens[k].word && OUTSIDERS.has(s.tokens[k].lower.replace(/'s$/, ''))) return true;
  return false;
}

const MODALS = set('probably might may will likely');

/** "he'll probably be less focused": a prediction (another category's business), not a verdict on work done. */
function predicted(s: Sentence, i: number): boolean {
  for (let k = i - 1, n = 0; k >= s.from && n < 3; k--, n++) {
    const t = s.tokens[k];
    if (!t.word) return false;
    if (MODALS.has(t.lower) || t.lower.endsWith("'ll")) return true;
  }
  return false;
}

const CONCERN_LINKS = set('re about around over with regarding on wrt in');
const CONCERN_VERBS = set('raised raises raising flagged flags voiced voices expressed expresses shared shares has have had');
const CONDUCT_WORDS = set('conduct conducting conducted conducts behaviour behavior behaving behaves manner demeanour demeanor');

/**
 * "general concerns re output, to monitor", "raised some concerns with Sasha about how she's been conducting
 * herself": concerns about someone's work or conduct with nothing observed. Someone else's concerns
 * ("Priya raised concerns about the rota") and concerns about things are not.
 */
function vagueConcern(s: Sentence, m: Match): boolean {
  let linked = false;
  for (let k = m.e; k < s.to && k < m.e + 9; k++) {
    const t = s.tokens[k];
    if (!t.word) {
      if (t.lower === ',' || t.lower === '.' || t.lower === ';') break;
      continue;
    }
    if (CONCERN_LINKS.has(t.lower)) linked = true;
    else if (linked && concernAboutPerson(s, k)) return concernIsWriters(s, m);
    else if (linked && (s.near('vn.workNoun', k, k) || CONDUCT_WORDS.has(t.lower) || t.lower === 'how')) {
      // Whose concerns: a person before the verb ("Priya raised concerns") reports someone else's.
      for (let j = m.s - 1, n = 0; j >= s.from && n < 4; j--, n++) {
        const w = s.tokens[j];
        if (!w.word) break;
        if (CONCERN_VERBS.has(w.lower)) {
          const who = s.prevWord(j);
          if (
            who &&
            who.lower !== 'i' &&
            who.lower !== 'we' &&
            (who.cap ||
              PERSON_PRONOUNS.has(who.lower) ||
              s.near('sl.personNoun', j - 1, j - 1) ||
              s.near('pa.customer', j - 1, j - 1))
          )
            return false;
          break;
        }
      }
      return true;
    }
  }
  return false;
}

const CONCERN_OBJECTS = set('him her them');

/** "I've got concerns about Nat.", "some concerns re him": a whole person, nothing said about what. */
function concernAboutPerson(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  const name = t.cap && k !== s.firstWord && !s.rawUpper(k) && !t.lower.endsWith("'s") && !OUTSIDERS.has(t.lower);
  if (!name && !CONCERN_OBJECTS.has(t.lower)) return false;
  if (nextTok(s, k + 1)?.lower === "'s") return false;
  // "Concerns about Nat, she seems very low": what follows says what the concern is.
  for (let j = k + 1; j < s.to; j++) if (s.tokens[j].lower === ',' || s.tokens[j].lower === '-') return false;
  return bareEnd(s, k + 1);
}

/** The concerns are the writer's (or nobody's), not a colleague's being reported. */
function concernIsWriters(s: Sentence, m: Match): boolean {
  for (let j = m.s - 1, n = 0; j >= s.from && n < 4; j--, n++) {
    const w = s.tokens[j];
    if (!w.word) break;
    // "the client's concerns about Pete", "her concerns about him": someone else's.
    if (w.lower.endsWith("'s") || POSSESSIVES.has(w.lower)) return false;
    if (CONCERN_VERBS.has(w.lower) || w.lower === 'got') {
      const who = s.prevWord(j);
      return (
        !who ||
        who.lower === 'i' ||
        who.lower === 'we' ||
        who.lower === "i've" ||
        who.lower === "we've" ||
        who.lower === 'have' ||
        !(who.cap || PERSON_PRONOUNS.has(who.lower))
      );
    }
  }
  return true;
}

function startsWithEvidence(s: Sentence): boolean {
  const fw = s.firstWord;
  const hi = Math.min(s.to - 1, fw + 5);
  if (realEvidence(s, fw, hi)) return true;
  for (let k = fw; k <= hi; k++) if (/[0-9]/.test(s.tokens[k].lower) && !meetingName(s, k)) return true;
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

// "she won't be promoted because she's 'about to start a family'", "turned down cos he's too old": a decision
// about someone given a protected characteristic as its reason.
const OD_DECISION =
  /^(promot|hir|shortlist|interview|select|consider|pick|choos|chose|appoint|renew|confirm|reject|turn|pass|overlook|refus|denied|deny|let|sack|fire|dismiss|drop|paid|pay)/;
const BECAUSE = set('because cos coz cuz bc since as');
const OD_REASON_TAGS = [...OD_GROUP_WORDS, 'pc.family', 'pc.familyGated', 'pc.nationality', 'pc.coded'];
function becauseOfCharacteristic(s: Sentence, excluded: (m: Match) => boolean): { s: number; e: number } | undefined {
  for (let k = s.from; k < s.to; k++) {
    const t = s.tokens[k];
    if (!t.word || !BECAUSE.has(t.lower)) continue;
    // The decision shortly before the reason.
    let decision = -1;
    for (let j = k - 1, n = 0; j >= s.from && n < 6; j--) {
      if (!s.tokens[j].word) continue;
      n++;
      if (OD_DECISION.test(s.tokens[j].lower)) {
        decision = j;
        break;
      }
    }
    if (decision < 0) continue;
    const hi = Math.min(s.to - 1, k + 10);
    for (const tag of OD_REASON_TAGS) {
      const r = s.near(tag, k + 1, hi);
      if (r && !excluded(r)) return { s: decision, e: r.e };
    }
  }
  return undefined;
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
  if (!ctx.offRecordGroups || ctx.offRecordGroups.has('od.discrimination')) {
    const because = becauseOfCharacteristic(s, excluded);
    if (because)
      out.push(
        raw(
          'off_record_disclosure',
          because,
          `This describes ${MATTER_LABEL['od.discrimination']}, which can never stay off the record.`,
        ),
      );
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
