// Word lists. Tags are `<category>.<role>` (the rules decide what a role means) or `ctx.<role>` for
// context shared by several rules. Phrase syntax: see matcher.ts.

const pronounsObj = ['his', 'her', 'their'];
const each = (tpl: string, words: readonly string[]) => words.map((w) => tpl.replace('#', w));

export const LEXICON: Record<string, readonly string[]> = {
  // ---------------------------------------------------------------- context
  /** Someone else's words are being recorded, not the writer's judgement. */
  'ctx.speech': [
    'said', 'says', 'told', 'tells', 'stated', 'states', 'wrote', 'writes', 'described', 'describes', 'reported',
    'reports that', 'alleges', 'alleged', 'allegedly', 'claims', 'claimed', 'complained that', 'mentioned',
    'shared that', 'explained', 'disclosed', 'according to', 'quoted', 'quote', 'called her', 'called him',
    'called them', 'feels', 'felt', 'raised that', 'asked whether', 'asked if',
  ],
  /** Neutral administrative handling of a sensitive matter. */
  'ctx.process': [
    'request', 'requested', 'requests', 'asked for', 'asked to', 'approve', 'approved', 'approval', 'forwarded',
    'submitted', 'paperwork', 'policy', 'policies', 'occupational health', 'assessment', 'adjustment', 'adjustments',
    'accommodation', 'referral', 'referred', 'acknowledged', 'logged', 'recorded', 'scheduled', 'booked',
    'confirmed', 'briefing', 'conference', 'network', 'report', 'data', 'field', 'fields',
    'system', 'calendar', 'planner', 'programme', 'program', 'scheme', 'disclosed', 'verification', 'form', 'survey', 'at his request', 'at her request',
    'at their request', 'as requested', 'agreed', 'per policy', 'options', 'diagnosis', 'audit', 'chart',
    'pharmacy', 'stock', 'referrals', 'treatment plan', 'first aider', 'leaflet', 'eap', 'gap',
  ],
  'ctx.firstPerson': ['i', "i'm", 'im', "i've", "i'd", "i'll", 'me', 'my', 'myself', 'we', "we're", "we've", 'our', 'us'],

  // ---------------------------------------------------------------- protected characteristics
  'pc.age': [
    'new blood', 'fresh blood', 'young blood', 'digital native', 'digital natives', 'millennial', 'millennials',
    'boomer', 'boomers', 'gen z', 'zoomer', 'zoomers', 'long in the tooth', 'over the hill', 'set in * ways',
    'close to retirement', 'near retirement',
    'nearing retirement', 'ready to retire', 'too old', 'too young', 'someone younger', 'somebody younger',
    'someone older', 'younger and cheaper', 'younger person', 'younger people', 'younger team', 'younger guy',
    'older worker', 'older workers', 'older employee', 'older employees', 'older candidate', 'older candidates',
    'older applicant', 'older one', 'older guy', 'older lady', 'older woman', 'older man', 'older staff',
    'older people', 'elderly', 'granny', 'grandad', 'grandma', 'grandpa', 'past his prime', 'past her prime',
    ...each('at # age', pronounsObj), ...each('for # age', pronounsObj), ...each('# age', ['his', 'her']),
    ...each('in # fifties', pronounsObj), ...each('in # sixties', pronounsObj), ...each('in # 50s', pronounsObj),
    ...each('in # 60s', pronounsObj), 'overqualified', 'young and hungry', 'young and energetic',
  ],
  'pc.sex': [
    'woman', 'women', 'girl', 'girls', 'lady', 'ladies', 'female', 'females', 'male', 'lads', 'boys club',
    "boys' club", 'old boys', "man's job", 'mans job', 'like a girl', 'time of the month', 'hormonal',
    'maternal', 'gay', 'lesbian', 'bisexual', 'trans', 'transgender', 'queer', 'homosexual', 'sexuality',
    'sexual orientation', 'gender', 'effeminate', 'butch',
  ],
  'pc.family': [
    'pregnant', 'pregnancy', "she's expecting", 'she is expecting', 'expecting a baby', 'start a family',
    'starting a family', 'baby on the way', 'mum', 'mom', 'mums', 'moms', 'mother of', 'working mother',
    'single mother', 'single mum', 'single mom', 'married', 'marriage', 'divorce', 'divorced', 'kids', 'children',
    'childless', 'family commitments', 'family man', 'young family', 'her husband', 'his wife', 'her condition',
  ],
  'pc.origin': [
    'accent', 'his background', 'her background', 'their background', 'that background', 'where she is from',
    "where she's from", "where he's from", 'where he is from', "where they're from", 'where she comes from',
    'where he comes from', 'first language', 'not native', "isn't native", 'non-native', 'native speaker',
    'foreigner', 'foreigners', 'immigrant', 'immigrants', 'his race', 'her race',
    'ethnic', 'ethnicity', 'cultural fit', 'culture fit', 'local lads', 'diversity hire',
    'token hire',
  ],
  /** Nationality or ethnicity words; they only count when they describe a person (checked by the rule). */
  'pc.nationality': [
    'polish', 'indian', 'chinese', 'nigerian', 'romanian', 'pakistani', 'mexican', 'arab', 'african', 'asian',
    'black', 'foreign', 'exotic', 'hispanic', 'latino', 'latina', 'eastern european', 'bulgarian', 'filipino', 'jamaican', 'russian',
  ],
  /** Adjectives that only count when they describe a person, not a thing ("old-school process"). */
  'pc.personAdj': ['old-school', 'old school', 'old fashioned', 'old-fashioned', 'disabled', 'deaf', 'blind'],
  'pc.religion': [
    'religious', 'religion', 'catholic', 'muslim', 'jewish', 'christian', 'hindu', 'sikh', 'buddhist', 'atheist',
    'mormon', 'headscarf', 'hijab', 'turban', 'yarmulke', 'kippah', 'prayers', 'praying', 'ramadan', 'church',
    'mosque', 'synagogue', 'observance',
  ],
  'pc.disability': [
    'disability', 'wheelchair', 'deafness', 'hard of hearing', 'dyslexic', 'dyslexia',
    'autistic', 'autism', 'on the spectrum', 'adhd', 'learning disability', 'crippled', 'cripple', 'handicapped',
    'special needs', 'mental illness', 'stammer', 'stutter', 'hearing aid', 'family history of',
    'runs in the family', 'runs in his family', 'runs in her family',
  ],
  /** Nouns that make a preceding nationality word describe a person. */
  'pc.personNoun': ['guy', 'guys', 'girl', 'woman', 'man', 'lady', 'lads', 'worker', 'workers', 'staff', 'people', 'one', 'ones', 'candidate', 'lot'],

  // ---------------------------------------------------------------- health speculation
  'hs.spec': [
    'think', 'suspect', 'guess', 'wonder', 'wondering', 'bet', 'maybe', 'perhaps', 'possibly', 'probably', 'might',
    'could', 'must', 'seems', 'seem', 'seemed', 'looks', 'looked', 'appears', 'appeared', 'sounded', 'smelled',
    'smelt', 'smells', 'clearly', 'obviously', 'apparently', 'likely', 'some kind of', 'some sort of',
    'something going on', "something's going on", "something's wrong", 'something wrong', 'judging by',
    'signs of', 'heading for', 'reckon', 'presumably', 'surely', 'assume', 'guessing', 'suspected',
  ],
  'hs.term': [
    'depressed', 'depression', 'depressive', 'anxiety', 'anxious', 'mental health', 'mentally', 'mental',
    'breakdown', 'burnout', 'burnt out', 'burned out', 'burnt-out', 'bipolar', 'ocd', 'adhd', 'autistic', 'autism',
    'on the spectrum', 'dementia', 'alzheimer*', 'bulimic', 'bulimia', 'anorexic', 'anorexia', 'eating disorder',
    'alcoholic', 'alcoholism', 'alcohol problem', 'drinking problem', 'drink problem', 'drinking', 'drunk',
    'hungover', 'hung over', 'on drugs', 'on something', 'drugs', 'medication', 'meds', 'antidepressant*',
    'pills', 'ill', 'illness', 'unwell', 'psychotic', 'psycho', 'schizo*', 'paranoid', 'unstable', 'disorder',
    'therapy', 'addict*', 'high', 'manic', 'panic attack*', 'ptsd', 'traumatised', 'traumatized', 'neurodivergent',
    'dyslexic', 'learning disability', 'pregnant', 'suicidal', 'mental health crisis',
  ],
  /** Verdicts on someone's mind or body that are speculation even without a hedge. */
  /** Clinical or pharmacy work where health words are the subject matter, not a guess about a colleague. */
  'hs.domain': [
    'patient', 'patients', 'clinic', 'ward', 'research', 'study', 'chart', 'audit', 'pharmacy', 'stock',
    'referrals', 'treatment', 'first aider', 'leaflet', 'eap', 'occupational health', 'assessment', 'diagnosis',
    'disclosed', 'policy', 'training', 'awareness', 'charity', 'webinar', 'workshop',
  ],
  'hs.strong': [
    'mentally unstable', 'mentally ill', 'unhinged', 'hungover', 'hung over', 'drunk', 'off her meds',
    'off his meds', 'off their meds', 'an alcoholic', 'on drugs', 'losing his mind', 'losing her mind',
    'lost the plot', 'cracking up', 'psychotic', 'paranoid', 'depressed', 'mental breakdown', 'nervous breakdown',
  ],
  /** Clinical words used casually as character labels ("so OCD"). */
  'hs.casual': [
    'so ocd', 'bit ocd', 'very ocd', 'totally ocd', 'such a psycho', 'bit psycho', 'a psycho', 'bit autistic',
    'so autistic', 'bit bipolar', 'so bipolar', 'mental case', 'nutcase', 'nut job', 'basket case', 'bit mental',
    'completely mental', 'total psycho', 'bit of a psycho',
  ],

  // ---------------------------------------------------------------- subjective labels
  'sl.adj': [
    'lazy', 'abrasive', 'arrogant', 'aggressive', 'difficult', 'defensive', 'negative', 'toxic', 'rude', 'bossy',
    'immature', 'sloppy', 'unprofessional', 'incompetent', 'hysterical', 'stubborn', 'argumentative', 'emotional',
    'entitled', 'useless', 'clueless', 'shrill', 'moody', 'dramatic', 'pushy', 'cocky', 'disrespectful',
    'insubordinate', 'uncooperative', 'disengaged', 'unmotivated', 'apathetic', 'careless', 'flaky', 'grumpy',
    'combative', 'confrontational', 'condescending', 'selfish', 'unreliable', 'complacent', 'scatterbrained',
    'disorganised', 'disorganized', 'inflexible', 'high-maintenance', 'abrupt', 'obnoxious', 'annoying', 'whiny',
    'needy', 'sullen', 'surly', 'thick', 'dim', 'dumb', 'stupid', 'ditzy', 'bitchy', 'catty', 'feisty', 'bolshy',
    'stroppy', 'mouthy', 'intimidating', 'unpleasant', 'standoffish', 'aloof', 'smug', 'uppity', 'slack',
    'belligerent', 'petulant', 'passive-aggressive', 'negative person', 'unmanageable', 'demotivated',
  ],
  'sl.noun': [
    'slacker', 'moaner', 'whinger', 'troublemaker', 'drama queen', 'diva', 'prima donna', 'waste of space',
    'know-it-all', 'loose cannon', 'snowflake', 'dead weight', 'deadwood', 'bad apple', 'weak link',
    'control freak', 'hothead', 'nightmare to work with', 'pain to work with', 'jobsworth', 'laziness',
    'arrogance', 'bad egg', 'a liability', 'attitude problem', 'bad attitude', 'poor attitude', 'terrible attitude',
    'negative attitude', 'wrong attitude', 'attitude stinks', 'not a team player', "isn't a team player",
    'not much of a team player', 'no team player', 'not a people person', 'no work ethic', 'poor work ethic',
    'lacks drive', 'lack of drive', 'no drive', 'lacks motivation', 'lacks common sense', 'no common sense',
    'lacks maturity', 'difficult to work with', 'chip on his shoulder', 'chip on her shoulder', 'not very bright',
    'a bit thick', 'full of himself', 'full of herself', 'too big for his boots', 'too big for her boots',
  ],
  /** Nouns after a label adjective that make it a verdict on a person ("lazy worker", "toxic presence"). */
  'sl.personNoun': [
    'person', 'people', 'guy', 'man', 'woman', 'girl', 'lady', 'worker', 'employee', 'colleague', 'member',
    'presence', 'character', 'individual', 'personality', 'manager', 'type', 'attitude', 'reaction', 'response',
    'streak', 'hire', 'starter', 'staffer', 'one', 'boss', 'teammate', 'behaviour', 'behavior', 'manner',
  ],

  // ---------------------------------------------------------------- absolutes
  'al.always': [
    'always', 'constantly', 'continually', 'continuously', 'perpetually', 'forever', 'all the time', 'every time',
    'every single time', 'each time', 'each and every', 'every single', 'without fail', 'every', 'invariably',
    'nonstop', 'non-stop', '24/7',
  ],
  'al.never': [
    'never', 'not once', "doesn't ever", "don't ever", "didn't ever", 'does not ever', 'never ever', 'can ever',
    'nobody ever', 'no one ever', 'not ever',
  ],
  /** Fixed expressions that contain an absolute but accuse nobody. */
  'al.domain': [
    'always-on', 'always on-call', 'never event', 'never events', 'as always', 'never mind', 'now or never',
    'better late than never', 'never-ending', 'never too', 'always welcome', 'never been better', 'every now',
    'every other', 'every day', 'every week', 'every month', 'every monday', 'every tuesday', 'every wednesday',
    'every thursday', 'every friday', 'every sprint', 'every quarter', 'every year', 'every morning',
  ],
  /** Negative behaviour: an absolute next to one of these is an accusation. */
  'al.neg': [
    'late', 'lateness', 'miss', 'misses', 'missed', 'missing', 'forget*', 'forgot', 'interrupt*', 'complain*',
    'moan*', 'whing*', 'whine*', 'ignore*', 'ignoring', 'fail', 'fails', 'failed', 'failing', 'argu*', 'blame*',
    'excuse', 'excuses', 'mistake*', 'error*', 'wrong', 'typo*', 'behind', 'leaves early', 'leave early',
    'leaving early', 'left early', 'goes home early', 'disappear*', 'absent', 'distracted', 'on his phone',
    'on her phone', 'on their phone', 'on the phone', 'defensive', 'negative', 'rude', 'push back', 'pushes back',
    'pushing back', 'pushback', 'unprepared', 'sloppy', 'last minute', 'last-minute', 'drama', 'shout*', 'swear*',
    'talks over', 'talking over', 'gossip*', 'mess', 'rush*', 'delay*', 'slip*', 'overrun*', 'problem*',
    'issue*', 'cuts corners', 'cutting corners', 'asleep', 'chatting', 'criticis*', 'criticiz*', 'undermin*',
    'contradict*', 'skip*', 'dodge*', 'avoid*', 'let * down', 'lets * down', 'hesitate*', 'grumpy', 'moody',
    'sarcastic', 'difficult', 'angry', 'snap*', 'worst', 'wrong',
  ],

  // ---------------------------------------------------------------- legal conclusions
  'lc.term': [
    'harass*', 'discriminat*', 'hostile environment', 'hostile work environment', 'hostile working environment',
    'retaliat*', 'victimis*', 'victimiz*', 'bully', 'bullying', 'bullied', 'bullies', 'constructive dismissal',
    'unfair dismissal', 'wrongful termination', 'wrongful dismissal', 'gross misconduct', 'breach of contract',
    'negligent', 'negligence', 'fraud', 'fraudulent', 'embezzl*', 'stole', 'steal', 'stealing', 'steals', 'theft',
    'thief', 'assault*', 'unlawful*', 'illegal*', 'defamat*', 'racist', 'sexist', 'homophobic', 'transphobic',
    'racial abuse', 'victim of', 'libel*', 'slander*', 'intimidation', 'extortion', 'bribery', 'guilty of',
  ],
  /** The legal word names an allegation, a process or a policy rather than the writer's verdict. */
  'lc.allege': [
    'alleg*', 'complaint', 'complaints', 'complain*', 'claim', 'claims', 'accus*', 'reported', 'raised',
    'concern', 'concerns', 'investigat*', 'case', 'tribunal', 'hearing', 'referred', 'forwarded', 'escalated',
    'passed', 'suspected', 'possible', 'potential', 'look into', 'looking into', 'i saw', 'i know', 'i heard',
    "i've seen", 'i noticed', 'whether', 'if it was', 'no evidence', 'found no', 'definition', 'definitions',
  ],
  'lc.context': [
    'policy', 'policies', 'training', 'module', 'course', 'refresher', 'workshop', 'handbook', 'procedure',
    'procedures', 'guidance', 'awareness', 'hotline', 'prevention', 'investigation', 'tribunal', 'hearing',
    'legal advice', 'act', 'law',
  ],
  /** Nouns after the legal word that make it a label for something else ("harassment policy"). */
  'lc.modified': [
    'policy', 'training', 'complaint', 'complaints', 'allegation', 'allegations', 'claim', 'claims', 'case',
    'cases', 'investigation', 'procedure', 'module', 'guard', 'awareness', 'team', 'prevention', 'law', 'laws',
    'act', 'officer', 'hotline', 'report', 'reporting', 'routes', 'refresher', 'detection', 'check', 'checks',
    'risk', 'takeover', 'controls', 'prevention', 'concern', 'concerns', 'grievance', 'matter', 'process',
  ],

  // ---------------------------------------------------------------- protected activity
  'pa.act': [
    'grievance', 'grievances', 'whistleblow*', 'whistle-blow*', 'blew the whistle', 'ethics hotline',
    'protected disclosure', 'safety concern', 'safety concerns', 'safety violation', 'safety issue', 'regulator',
    'union', 'unionised', 'unionized', 'strike', 'fmla', 'medical leave', 'sick leave', 'stress leave',
    'maternity leave', 'paternity leave', 'parental leave', 'family leave', 'adoption leave', 'compassionate leave',
    'bereavement leave', 'disability leave', 'time off for chemo', 'chemo', 'off sick', 'sickness', 'jury duty',
    'jury service', "workers' comp", 'workers comp', "workers' compensation", 'injury claim', 'accommodation',
    'reasonable adjustment', 'reasonable adjustments', 'tribunal', 'lawsuit', 'legal claim', 'went to hr',
    'spoke to hr', 'went to the union', 'raised a concern', 'raised concerns', 'raising the safety concern',
  ],
  'pa.complaint': ['complaint', 'complaints', 'complained', 'complaining'],
  'pa.adverse': [
    'pip', 'performance improvement plan', 'improvement plan', 'underperform*', 'not meeting expectations',
    'numbers dropped', 'downhill', 'fell off', 'fallen off', 'dropped off', 'dropped', 'dipped', 'declined',
    'slipped', 'behind', 'poor', 'terrible', 'low rating', 'rating', 'needs improvement', 'warning',
    'disciplinary', 'terminat*', 'fire him', 'fire her', 'let him go', 'let her go', 'manage her out',
    'manage him out', 'manage them out', 'dismiss*', 'demot*', 'off the project', 'off the audit', 'leaving him off',
    'leaving her off', 'moved her off', 'moved him off', 'take him off', 'take her off', 'hold off', 'promotion',
    'reliability', 'commitment', 'troublemaker', 'dragging his feet', 'dragging her feet', 'hurt', 'to cut',
    'redundan*', 'productivity', 'eating into', 'disengaged', 'difficult', 'uncooperative', 'bad attitude',
    'not focused', 'tactical', 'late', 'performance', 'output', 'not impressed', 'should reflect', 'taking up time',
    'distraction', 'unreliable', 'attendance', 'work has', 'numbers', 'targets',
  ],
  /** The activity is being administered, or handled fairly, not held against anyone. */
  'pa.neutral': [
    'paperwork', 'submitted', 'forwarded', 'acknowledged', 'approved', 'per policy', 'per the policy', 'pro-rated',
    'prorated', 'deferred', 'postponed', 'scheduled', 'no impact', 'non-retaliation', 'consultation',
    'accompanied', 'as is his right', 'as is her right', 'documented with hr', 'not held against',
    'adjusted for', 'excluded from the rating',
  ],
  'pa.customer': ['customer', 'customers', 'client', 'clients', "client's", "customer's", 'patient', 'supplier', 'vendor', 'caller'],

  // ---------------------------------------------------------------- emotional or sarcastic
  'es.phrase': [
    'ridiculous', 'pathetic', 'shambles', 'shambolic', 'disgrace', 'disgraceful', 'disgusting', 'appalling',
    'laughable', 'a joke', 'total joke', 'complete joke', 'beyond a joke', 'unbelievable', 'shocking', 'fed up',
    'sick and tired', 'sick of', 'had enough', 'had it with', "i've had it", "can't believe", 'cannot believe',
    "can't stand", 'drives me mad', 'drives me crazy', 'drives me nuts', 'infuriating', 'what a mess',
    'what a disaster', 'total disaster', 'complete disaster', 'ugh', 'argh', 'yeah right', 'surprise surprise',
    'shocker', 'what a surprise', 'thanks for nothing', 'must be nice', 'heaven forbid', 'god forbid',
    'genius move', 'real genius', 'another genius', 'what a genius', 'another brilliant idea', 'another great idea',
    'oh great', 'oh wonderful', 'oh brilliant', 'oh fantastic', 'oh perfect', 'oh lovely', 'nice of him to',
    'nice of her to', 'nice of them to', 'nice of you to', 'too important to', 'above the rest of us',
    'waste of space', 'waste of oxygen', 'useless as usual', 'who knows', 'for god\'s sake', 'ffs',
    'for crying out loud', 'give me strength', 'clean up your mess', 'clean up his mess', 'clean up her mess',
    'thanks a lot for leaving', 'is optional now', 'how hard can it be', 'idiotic', 'moronic', 'absurd',
    'outrageous', 'a total mess', 'clown', 'circus', 'what a joke', 'dreadful', 'woeful', 'abysmal', 'farcical',
    'a farce', 'fiasco',
  ],
  'es.feeling': [
    'furious', 'livid', 'fuming', 'angry', 'annoyed', 'irritated', 'exasperated', 'frustrated', 'pissed off',
    'sick to death', 'disgusted', 'outraged', 'seething',
  ],
  'es.praiseWord': ['great', 'brilliant', 'fantastic', 'wonderful', 'perfect', 'lovely', 'marvellous', 'marvelous', 'super', 'excellent', 'terrific', 'awesome'],
  'es.badEvent': ['again', 'another', 'missed', 'late', 'broke', 'broken', 'failed', 'down', 'forgot', 'still', 'lost', 'deleted'],
  'es.capsWord': ['always', 'never', 'again', 'still', 'every', 'not', 'ever', 'seriously', 'really', 'once', 'late', 'no'],

  // ---------------------------------------------------------------- vague judgement
  'vn.phrase': [
    'needs to improve', 'need to improve', 'needs improvement', 'needs work', 'must improve', 'has to improve',
    'needs to step up', 'need to step up', 'step up', 'do better', 'needs to be more', 'should be more',
    'could be more', 'needs to take more', 'should take more', 'needs to show more', 'demonstrate more',
    'needs to demonstrate', 'could be better', 'not good enough', 'not up to standard', 'not up to scratch',
    'not up to par', 'below par', 'below standard', 'below expectations', 'below the standard',
    'not meeting expectations', 'not met expectations', 'has not met expectations', "hasn't met expectations",
    'does not meet', "doesn't meet", 'did not meet', "didn't meet", 'falls short', 'fall short', 'fell short',
    'underperform*', 'poor performance', 'not where it should be', 'not where it needs to be',
    'not where he needs to be', 'not where she needs to be', 'not where they need to be', 'poor quality',
    'lacks ownership', 'lack of ownership', 'lacks initiative', 'lack of initiative', "doesn't show enough",
    'does not show enough', "doesn't show initiative", 'not enough initiative', 'lacks accountability',
    'not accountable', 'more accountable', 'more initiative', 'more ownership', 'struggles with basic',
    'not performing', 'not pulling his weight', 'not pulling her weight', 'more engaged', 'more of a leader',
    'more leadership', 'more proactive', 'more commitment', 'not a strong performer', 'weak performer',
    'low performer', 'poor performer', 'could do better', 'must do better', 'not delivering', 'not contributing',
  ],
  /** An evaluative word that makes a vague judgement when it sits next to a work noun ("output is low"). */
  'vn.adj': [
    'poor', 'weak', 'disappointing', 'lacking', 'subpar', 'sub-par', 'unsatisfactory', 'not great', 'low',
    'suffering', 'dropped', 'slipped', 'declined', 'deteriorated', 'inadequate', 'not good', 'not acceptable',
    'unacceptable', 'mediocre', 'patchy', 'inconsistent', 'lacklustre', 'lackluster', 'not there', 'gone down',
    'below par', 'not up to', 'below',
  ],
  'vn.workNoun': [
    'work', 'quality', 'output', 'performance', 'results', 'effort', 'communication', 'contribution',
    'contributions', 'delivery', 'attendance', 'timekeeping', 'standard', 'standards', 'productivity', 'reports',
    'engagement', 'collaboration', 'leadership', 'ownership', 'focus', 'initiative', 'teamwork', 'commitment',
    'professionalism', 'judgement', 'judgment', 'motivation', 'progress',
  ],
  /** Observable detail: a time, an example or a quotation. */
  'vn.evidence': [
    'e.g', 'eg', 'for example', 'for instance', 'such as', 'specifically', 'including', 'yesterday', 'today',
    'last week', 'last month', 'last sprint', 'this morning', 'this week', 'in the meeting', 'in the review',
    'ticket', 'tickets', 'pr', 'incident', 'january', 'february', 'march', 'april', 'june', 'july', 'august',
    'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
    'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'when', 'because', 'where',
  ],

  // ---------------------------------------------------------------- never off the record
  /** Everyday phrases that contain a never-off-the-record keyword. */
  'od.exclude': [
    'touching base', 'touched base', 'touch base', 'psychological safety', 'safety net', 'type safety',
    'threat model', 'threat modelling', 'sort out my', 'sort out the', 'sort out a', 'sort out our',
  ],
  'od.harassment': [
    'harass*', 'sexual', 'sexually', 'my body', 'her body', 'touching', 'touched', 'touches', 'grope*', 'groping',
    'inappropriate', 'stalking', 'stalks', 'bully*', 'slur', 'slurs', 'unwanted', 'leering', 'flirting with me',
    'comments about my',
  ],
  'od.discrimination': [
    'discriminat*', "because i'm", 'because i am', 'because of my', 'only promote', 'passed over', 'racist',
    'sexist', 'racial', 'homophobic', 'left out of promotions', 'treated differently because',
  ],
  'od.safety': [
    'safety', 'unsafe', 'hazard', 'hazardous', 'guard on', 'asbestos', 'scaffolding', 'fire exit', 'blocked exit',
    'going to fall', 'injur*', 'without breaks', 'gas leak', 'exposed wire*', 'live wire*', 'no ppe', 'fall off',
    'chemical leak', 'toxic fumes', 'not tied in', "isn't tied", 'someone will get hurt', "someone's going to get hurt",
    '14-hour shifts', 'logs are faked',
  ],
  'od.fraud': [
    'fraud', 'padded', 'padding', 'backdate', 'backdated', 'backdating', 'falsif*', 'faked', 'fake receipts',
    'cooking the books', 'fiddl*', 'kickback', 'kickbacks', 'bribe*', 'offered me cash', 'cash to push',
    'stealing', 'steal', 'stole', 'theft', 'embezzl*', 'delete the emails', 'destroy the records',
    'shred the', 'insider trading', 'money laundering', 'receipts changed', 'off the books',
  ],
  'od.harm': [
    'hurting myself', 'hurt myself', 'kill myself', 'end it all', 'ending it all', 'suicid*', 'self-harm',
    'self harm', "don't see the point of going on", 'point of going on', "don't want to be here anymore",
    'not want to be here anymore', 'make everyone pay', '" sort out "', 'sort her out', 'sort him out', 'threat*',
    'bring a gun', 'bring a knife', 'weapon', 'kill him', 'kill her', 'kill them', 'hurt him', 'hurt her',
    'hurt them', 'come back and make', 'come back and hurt', 'going to get him', 'beat him up', 'beat her up',
  ],
  'od.reportable': [
    'abuse', 'abused', 'abusing', 'hits her', 'hits him', 'hits them', 'safeguarding', 'data breach',
    'leaked customer data', 'neglect', 'underage', 'child protection',
  ],
};
