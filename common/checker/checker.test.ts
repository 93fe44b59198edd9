import { describe, expect, it } from 'vitest';
import { type CheckerCategory, CHECKER_CATEGORIES, checkText, DEFAULT_NEVER_OFF_RECORD } from './index';

const cats = (text: string, offTheRecord = false) =>
  [...new Set(checkText(text, { offTheRecord }).map((f) => f.category))].sort();
const spans = (text: string, category: CheckerCategory) =>
  checkText(text, { offTheRecord: true })
    .filter((f) => f.category === category)
    .map((f) => text.slice(f.start, f.end));

// Each category: sentences that must be flagged, and close look-alikes that must not.
const CASES: Record<CheckerCategory, { positive: string[]; negative: string[] }> = {
  protected_characteristic: {
    positive: [
      'We need new blood on the team, someone younger.',
      "She's pregnant, so I doubt she'll want the lead role.",
      'At his age it is hard to learn a new stack.',
      'Not a cultural fit given his background.',
      "He's 61 and slowing down.",
    ],
    negative: [
      'Maternity leave starts 1 August; handover agreed.',
      'Employee requested time off for a religious holiday; approved.',
      'Reviewed the age verification flow with legal.',
      "I'm getting married in October and would like leave around the release.",
      'The old billing system is retired on 30 June.',
      'Older laptops will be replaced in Q3.',
    ],
  },
  health_speculation: {
    positive: [
      'I think he might be depressed.',
      "Seems like she's off her meds again.",
      'Probably burnt out or something going on mentally.',
      'Is she anorexic?',
    ],
    negative: [
      'Sick note received covering 2–16 June.',
      'She told me she is anxious about the presentation; we did a dry run.',
      'The medication chart audit had zero discrepancies.',
      'The build seems unstable since the upgrade.',
      "I'd rather not lead the offsite, I'm a bit burnt out on event planning.",
    ],
  },
  subjective_label: {
    positive: [
      'Marcus has a bad attitude.',
      'Lazy.',
      'She is very abrasive with support staff.',
      'Not a team player.',
      'Toxic presence on the team.',
    ],
    negative: [
      'Checked the attitude indicator calibration.',
      'Not lazy at all — he was waiting on access.',
      'We discussed the aggressive timeline.',
      'Lazy loading cut page weight by 40%.',
      'It has been a difficult quarter.',
      'The client wrote that our agent was "lazy"; we reviewed the call.',
      'The data is sensitive, so keep it in the vault.',
    ],
  },
  absolute_language: {
    positive: [
      'He is always late.',
      'Never responds to emails.',
      'Every time we talk priorities she pushes back.',
      'You never follow through.',
    ],
    negative: [
      'Always-on monitoring is live.',
      'Discussed the never event on ward 7.',
      'Tom has never missed a sprint commitment.',
      'She always hits her deadlines.',
      'Never deploy on Fridays.',
      'We always meet on Tuesdays.',
      'The build always fails when the cache is cold.',
    ],
  },
  legal_conclusion: {
    positive: [
      'This is harassment.',
      'He created a hostile work environment.',
      'Moving her desk was retaliation.',
      'Tom discriminated against her.',
    ],
    negative: [
      'The complaint alleges harassment by a contractor.',
      'Completed the anti-harassment training module.',
      'HR found no evidence to support the discrimination allegation.',
      'Retaliation guard check done by HR.',
      'Hostile takeover rumours came up.',
    ],
  },
  protected_activity_link: {
    positive: [
      'Since she filed the grievance her work has gone downhill.',
      'After his FMLA leave he is way behind — time for a PIP.',
      'He has been slow since joining the union; consider termination.',
    ],
    negative: [
      'FMLA paperwork submitted and acknowledged by HR.',
      'Leave request forwarded to HR on 3 May.',
      'Grievance hearing scheduled for 3 October.',
      "The client's complaint about the late shipment was closed.",
    ],
  },
  emotional_or_sarcastic: {
    positive: [
      'Oh great, another missed deadline.',
      "I'm sick and tired of chasing him!!!",
      'Nice of her to finally show up.',
      'What a shambles.',
    ],
    negative: [
      'Great presentation at the all-hands!',
      'Customer was furious about the double charge; refunded within the hour.',
      'Thanks for covering the weekend incident. Much appreciated!',
      'Congratulations, the release went out with zero bugs.',
    ],
  },
  vague_no_example: {
    positive: [
      'Needs to improve communication.',
      'Work quality is poor.',
      'Should be more proactive.',
      'Needs to raise his game.',
    ],
    negative: [
      'Needs to improve status updates: the 3 May and 10 May reports went out two days late.',
      'Her written communication needs work — for example, the 2 May email omitted the price.',
      'Communication improved this sprint.',
      'Not a performance issue: the delay was caused by the vendor outage.',
    ],
  },
  off_record_disclosure: {
    positive: [
      'My lead keeps commenting on my body.',
      'The guard on the press has been removed and it is unsafe.',
      'Finance asked me to backdate invoices.',
      "Some days I don't see the point of going on.",
    ],
    negative: [
      "I'm thinking about applying for the Leeds role.",
      'Can we touch base about my objectives?',
      'I would like feedback on my presentations.',
    ],
  },
};

describe('checkText per category', () => {
  for (const [category, { positive, negative }] of Object.entries(CASES) as Array<
    [CheckerCategory, (typeof CASES)[CheckerCategory]]
  >) {
    const off = category === 'off_record_disclosure';
    for (const text of positive) {
      it(`${category}: flags ${JSON.stringify(text)}`, () => {
        expect(cats(text, off)).toContain(category);
      });
    }
    for (const text of negative) {
      it(`${category}: accepts ${JSON.stringify(text)}`, () => {
        expect(cats(text, off)).toEqual([]);
      });
    }
  }
});

describe('findings', () => {
  it('returns exact spans, a message and a suggestion', () => {
    const text = 'She is always late, probably because of her pregnancy.';
    const found = checkText(text);
    expect(found.map((f) => f.category).sort()).toEqual(['absolute_language', 'protected_characteristic']);
    for (const f of found) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.suggestion).toBeTruthy();
    }
    expect(spans(text, 'absolute_language')).toEqual(['always']);
  });

  it('clears once rewritten as dated behaviour', () => {
    expect(checkText('She arrived after 9:30 on 3, 5 and 12 May; we agreed she will message the team if delayed.')).toEqual([]);
  });

  it('is sorted by start', () => {
    const f = checkText('Lazy. Always late. This is harassment. Needs to improve.');
    expect(f.map((x) => x.start)).toEqual([...f.map((x) => x.start)].sort((a, b) => a - b));
    expect(f).toHaveLength(4);
  });

  it('honours disabled categories', () => {
    const text = 'He is always late and lazy.';
    expect(cats(text)).toEqual(['absolute_language', 'subjective_label']);
    expect(checkText(text, { disabledCategories: ['absolute_language'] }).map((f) => f.category)).toEqual(['subjective_label']);
  });

  it('only reports off-the-record matters in off-the-record text', () => {
    const text = 'The fire exit on level 2 has been blocked for weeks.';
    expect(cats(text, false)).toEqual([]);
    expect(cats(text, true)).toEqual(['off_record_disclosure']);
  });

  it('follows the organisation list of never-off-the-record matters', () => {
    const text = 'Finance asked me to backdate invoices.';
    const withoutFraud = DEFAULT_NEVER_OFF_RECORD.filter((m) => m !== 'fraud');
    expect(checkText(text, { offTheRecord: true, neverOffRecordMatters: withoutFraud })).toEqual([]);
    const custom = checkText('I think the export control rules were broken.', {
      offTheRecord: true,
      neverOffRecordMatters: ['export control'],
    });
    expect(custom.map((f) => f.category)).toEqual(['off_record_disclosure']);
  });

  it('handles curly apostrophes and quotes', () => {
    expect(cats('She’s pregnant, so I doubt she’ll want it.')).toEqual(['protected_characteristic']);
    expect(cats('He said the process “never works” at night.')).toEqual([]);
  });

  it('lists every category with a label', () => {
    expect(CHECKER_CATEGORIES.map((c) => c.id).sort()).toEqual(Object.keys(CASES).sort());
  });
});

// The general shapes behind each category (vocab.ts and the construction rules), with wording that is in no
// evaluation set: a broad trait vocabulary, label frames, hedged health words, clause subjects, sarcasm built
// from praise and a failure, and the adjacent-sentence link between a protected activity and a judgement.
describe('general rules', () => {
  const flagged: Array<[string, CheckerCategory]> = [
    ['Rafael is quite vindictive when he loses an argument.', 'subjective_label'],
    ['Bit of a weasel in negotiations, honestly.', 'subjective_label'],
    ["She's a total pushover.", 'subjective_label'],
    ['Comes across as supercilious.', 'subjective_label'],
    ['Could it be long covid? She tires by lunchtime.', 'health_speculation'],
    ['I wonder whether he has a gambling problem.', 'health_speculation'],
    ["Not sure she's mentally stable at the moment.", 'health_speculation'],
    ['Might be an autoimmune issue.', 'health_speculation'],
    ['He gets the stock count wrong every single time.', 'absolute_language'],
    ['Procrastinates without fail.', 'absolute_language'],
    ['She is perpetually late with the rota.', 'absolute_language'],
    ["Bogdan is Romanian, so he'll be fine with the night shifts.", 'protected_characteristic'],
    ['Looking for a graduate, ideally under 25.', 'protected_characteristic'],
    ['A single parent will struggle with the travel.', 'protected_characteristic'],
    ['He embezzled the float over six months.', 'legal_conclusion'],
    ["Took carer's leave in spring. Not management material.", 'protected_activity_link'],
    ['Since the tribunal, her output has plateaued.', 'protected_activity_link'],
    ["Well done, Tariq, you've deleted the backups again.", 'emotional_or_sarcastic'],
    ['Why on earth would anyone email the client directly?', 'emotional_or_sarcastic'],
    ['Her slide decks lack structure.', 'vague_no_example'],
    ['Lacks rigour.', 'vague_no_example'],
    ['He should communicate more with the wider team.', 'vague_no_example'],
    ['Always arguing with the pharmacist.', 'absolute_language'], // "argue*" also matches "arguing"
    ["Her forecasting isn't good enough.", 'vague_no_example'],
    ["Doesn't delegate well.", 'vague_no_example'],
    ['The night supervisor is spiteful.', 'subjective_label'],
    ['Spoke to the police about the break-in at her flat. Since then she is unreliable.', 'protected_activity_link'],
  ];
  it.each(flagged)('flags %j as %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });

  const clean = [
    'Petty cash reconciled on Friday.',
    'The cold store is at 3°C.',
    'It was a bit of a rush, but we shipped.',
    'Perhaps the forecast model needs a stress test.',
    'The depressed market hit Q2 bookings.',
    'We should hire more agents for the peak.',
    'Retaliation clauses reviewed in the supplier template.',
    'Romanian translation of the handbook is done.',
    'Congratulations, the audit closed with zero findings.',
    'Great job on the migration, and thanks for the clear runbook.',
    'Not once has she missed a handover.',
    'Never lets a complaint go unanswered.',
    "Don't ever leave the safe open.",
    'Our Polish supplier delivered early.',
    'The scanner is unstable after the update; IT is on it.',
    'Grievance hearing scheduled. Output targets for Q3 agreed with the team.',
  ];
  it.each(clean)('accepts %j', (text) => {
    expect(cats(text)).toEqual([]);
  });
});

describe('never off the record: negation that is part of the matter', () => {
  it.each(['The cherry picker has no working brakes and is still in use.', "He doesn't see the point of going on."])(
    'flags %j',
    (text) => {
      expect(cats(text, true)).toContain('off_record_disclosure');
    },
  );
  it('still accepts a denied hazard', () => {
    expect(cats('No safety issues on site this week.', true)).toEqual([]);
  });
});

// Generalised shapes from the unseen-a review: each pattern with new wording, and close look-alikes that must stay quiet.
describe('generalised patterns (labels, absolutes, sarcasm, vague verdicts)', () => {
  const flags: Array<[string, CheckerCategory]> = [
    ['- Priya = rude. end of', 'subjective_label'],
    ['- Sean condescending w/ the juniors', 'subjective_label'],
    ['- Aoife: spiky w/ the agency staff', 'subjective_label'],
    ['Dan frosty + standoffish with the new porters', 'subjective_label'],
    ['Mo is high maintenance and knows it.', 'subjective_label'],
    ["Tom's the weak link on nights.", 'subjective_label'],
    ['His demeanour has gone downhill since spring.', 'subjective_label'],
    ['Whenever the rota changes, Bev kicks off.', 'absolute_language'],
    ['Every time I chase Zara for the timesheets, they come in a week late.', 'absolute_language'],
    ["Nadia won't ever own up to a mistake.", 'absolute_language'],
    ['Lewis is repeatedly argumentative in stand-ups.', 'absolute_language'],
    ['- Ben: drags his feet on every ticket', 'absolute_language'],
    ['Sunita is stubborn in every sprint review.', 'absolute_language'],
    ["Oh good. Raj's 'quick tidy-up' wiped the shared drive.", 'emotional_or_sarcastic'],
    ["Another 'urgent' request from Kev that could have waited a month.", 'emotional_or_sarcastic'],
    ['Delighted, as always, to get the rota at 2am.', 'emotional_or_sarcastic'],
    ["Of course Pete hasn't updated the tracker.", 'emotional_or_sarcastic'],
    ['- Mel in on time today. somebody call the papers', 'emotional_or_sarcastic'],
    ["Gary reckons he's the best closer we've got. He isn't.", 'emotional_or_sarcastic'],
    ['His handover notes: pure fiction, as usual.', 'emotional_or_sarcastic'],
    ['Well, that was a wasted afternoon.', 'emotional_or_sarcastic'],
    ["Overall Kate isn't meeting the standard we expect.", 'vague_no_example'],
    ['- Omar: some concerns re his work, keep an eye', 'vague_no_example'],
    ['Still not up to speed on the new till system.', 'vague_no_example'],
    ['Seems less engaged than the others lately.', 'vague_no_example'],
    ['- Lucy - flaky, cant rely on her', 'subjective_label'],
    ['- Tim lazy af', 'subjective_label'],
    ['Each shift Mike turns up late.', 'absolute_language'],
    ['Funny how Jade always has a dentist appointment on audit day.', 'emotional_or_sarcastic'],
    ["Can't wait for another one of Neil's hour-long updates.", 'emotional_or_sarcastic'],
    ['His attitude needs to change.', 'subjective_label'],
    ['Not really pulling her weight on lates.', 'vague_no_example'],
    ['Rhys took over the depot accounts and has been abrasive with the drivers.', 'subjective_label'],
    ["Marvellous. Jack's shortcut cost us the Hendry account.", 'emotional_or_sarcastic'],
    ['Another masterpiece from Kev: a two-line report.', 'emotional_or_sarcastic'],
    ['Literally every week there is an excuse from Dom.', 'absolute_language'],
    ["She's permanently glued to her phone.", 'absolute_language'],
    ["Not the standard I'd expect from someone at her level.", 'vague_no_example'],
  ];
  it.each(flags)('flags %j as %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });

  const quiet: Array<[string, CheckerCategory]> = [
    ['Massive well done to the dispatch team!! Zero late orders in March!', 'emotional_or_sarcastic'],
    ['Huge thanks to Leo for covering the 6 May shift at short notice. The ward stayed fully staffed.', 'emotional_or_sarcastic'],
    ['- Rob: shaky hands, sweating on Mon. withdrawal??', 'emotional_or_sarcastic'],
    ["The 'quick wins' list is on the shared drive.", 'emotional_or_sarcastic'],
    ['Delighted to welcome Ana to the team.', 'emotional_or_sarcastic'],
    ['Of course, Sam can take the Friday off.', 'emotional_or_sarcastic'],
    ['We meet every day at 9 for the huddle.', 'absolute_language'],
    ['Whenever you need a hand, just ask.', 'absolute_language'],
    ['She is consistently the first to help new starters.', 'absolute_language'],
    ['Cold storage checks are done every shift.', 'subjective_label'],
    ['- Kim: high maintenance costs on the van flagged to fleet', 'subjective_label'],
    ['Priya raised concerns about the new rota with HR.', 'vague_no_example'],
    ['Output is down 12% on last quarter because the line was shut for 9 days.', 'vague_no_example'],
  ];
  it.each(quiet)('does not flag %j as %s', (text, category) => {
    expect(cats(text)).not.toContain(category);
  });
});

describe('protected characteristic and health: reasons for decisions', () => {
  const flagged: Array<[string, CheckerCategory]> = [
    // Family status, pregnancy, parenthood or marriage given as the reason for a decision.
    ["His partner's pregnant, so I'm going with Sam for the on-call rota.", 'protected_characteristic'],
    ["With three kids under five she won't want the travel, so I'll ask Mark.", 'protected_characteristic'],
    ['- Jo: newly married, prob wants kids soon, leave her off the 3-yr project', 'protected_characteristic'],
    ['Told her the promotion will go to Priya, she has two toddlers at home.', 'protected_characteristic'],
    ['- Rosa: engaged, wedding in June, prob not the time to give her the migration', 'protected_characteristic'],
    ['Since the paternity leave his mind is elsewhere, so the pitch goes to Ana.', 'protected_characteristic'],
    // Accent, background, "people like them".
    ['Clients struggle with the way she talks; better suited to back office.', 'protected_characteristic'],
    ["Not sure he'd fit in with the partners, he's not really one of us.", 'protected_characteristic'],
    ['Customers prefer someone local, so Aleksander stays in the stockroom.', 'protected_characteristic'],
    ['Being from Lagos, probably not the best fit for the Surrey clients.', 'protected_characteristic'],
    // Religious holidays next to a judgement; age next to a decision.
    ['Eid is next week, so expect Omar to be distracted.', 'protected_characteristic'],
    ["At his stage of life he won't want to learn the new system.", 'protected_characteristic'],
    // Genetic information used for a decision: both a characteristic and a guess at future health.
    ["His dad had Parkinson's so I'm wary of giving him the 5-year plan.", 'protected_characteristic'],
    ["His dad had Parkinson's so I'm wary of giving him the 5-year plan.", 'health_speculation'],
    // A guessed condition as the reason for a decision is also disability bias.
    ['Maybe bipolar, so not putting her forward for team lead.', 'protected_characteristic'],
    // The employee's wish, but the writer's own decision because of it.
    ["She wants to start a family, so I'm not putting her forward for the MBA.", 'protected_characteristic'],
    // A request held against the person in the next sentence.
    ['Zainab asked to leave early on Fridays for prayers. Hard to see her as a shift lead then.', 'protected_characteristic'],
    ['She could be heading for a breakdown. Not ready to run the night shift.', 'protected_characteristic'],
    ["Needs someone with more energy, Derek's 30 years in and slowing down.", 'protected_characteristic'],
    ['We want a younger feel for the front desk.', 'protected_characteristic'],
    ["Once the baby arrives she'll lose interest.", 'protected_characteristic'],
    ["Because of the kids she's never going to commit to the night rota.", 'protected_characteristic'],
    ['Customers like a pretty face on the counter, so Jess stays front of house.', 'protected_characteristic'],
    // Terse health guesses.
    ['- Tina: panic attacks prob, keeps leaving the meetings', 'health_speculation'],
    ['- Sam: off sick again. hungover probs', 'health_speculation'],
    ['Looks like he is back on the booze.', 'health_speculation'],
    ["Guessing she's taking something, pupils like saucers.", 'health_speculation'],
    ["He swears he's fine, but he's clearly cracking up.", 'health_speculation'],
    ['I reckon the mini-stroke has slowed him down.', 'health_speculation'],
    ['- Dev: shaky, sweating, prob withdrawal', 'health_speculation'],
    ['- Ian: dozing at the till, sleep apnoea or on the bottle', 'health_speculation'],
    ['- Steve: memory going, early onset tbh', 'health_speculation'],
    ['Def something psychological going on with Tariq.', 'health_speculation'],
    ['Her nerves are shot, she needs to see someone.', 'health_speculation'],
    ["Drink or drugs, either way he's not fit to drive the forklift.", 'health_speculation'],
    ["Something up with him mentally, wouldn't trust him with the keys.", 'protected_characteristic'],
  ];
  it.each(flagged)('flags %j as %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });

  const clean = [
    'Hanukkah starts on the 14th; Levi is off that week and Ana will cover.',
    '- Ramadan: Yusuf on early shifts by choice, agreed',
    'Navratri: Priya has the Thursday off.',
    "The kids' play area reopens on Monday.",
    'Antenatal scanning clinic list is down to five days.',
    'Geoff turns 66 next month, so we went through his state pension options.',
    'Jamie is 17, so young worker rules apply to his shifts.',
    "Ella's dad is unwell; she may work from home Thursday and Friday.",
    'Congratulations to Mei on getting married; she is back on the 20th.',
    'One of us will cover the late shift.',
    'Staff are highly engaged this quarter.',
    'Genetic testing lab throughput is up 12%.',
    "'Ethnic foods' aisle renamed after customer feedback.",
    "Kim's son has ADHD, so she'll leave at 3 on Tuesdays for appointments.",
    '- Q3: withdrawal of the legacy product prob in Nov',
    '- Budget: breakdown prob needed by Friday',
    'Bring the kids to the summer fair on Saturday.',
    'Psychological safety scores are up in the team survey.',
    'Medication or therapy options are listed in the EAP leaflet.',
    'Tbh the release went well.',
    'Maternity cover: giving the payroll run to Ravi until Leah returns in May.',
    "The kids' club at the leisure centre is short-staffed; moved her to reception.",
    'Accent bar lighting at the Leeds store is being replaced.',
    "Raj's wife had the baby on Tuesday! Paternity leave starts Monday.",
    'Getting on well with the new team, no issues.',
    'Ten years in, Maria still brings fresh ideas to every review.',
    "She said she's pregnant and would like to hold off on the promotion interview until after the birth.",
    'Ana told me she has a family history of breast cancer and wants time for the screening; agreed.',
    'Since Raj is on paternity leave, the release sign-off will go to Priya.',
    'Jo is back from adoption leave on Monday; giving the onboarding project back to her.',
    // The employee's own request or preference, arranged by the manager.
    'Priya asked to move to the back office after her maternity leave; approved.',
    'At her request, moved her to days while she is pregnant.',
    'Sara prefers not to travel while her kids are young, so Ben is doing the Frankfurt trips.',
    'Omar asked to be kept off the late audit during Ramadan; agreed.',
  ];
  it.each(clean)('accepts %j', (text) => {
    expect(cats(text)).toEqual([]);
  });

  it('keeps a characteristic named beside a health guess only when a judgement or decision goes with it', () => {
    expect(cats('Possibly suffering from depression after the divorce.')).toEqual(['health_speculation']);
    expect(cats("Given his age I wonder if it's early dementia.")).toContain('protected_characteristic');
  });

  it('respects a disabled characteristic category when a health guess drives a decision', () => {
    const found = checkText('Maybe bipolar, so not putting her forward for team lead.', {
      disabledCategories: ['protected_characteristic'],
    });
    expect(found.map((f) => f.category)).toEqual(['health_speculation']);
  });
});

describe('protected characteristic and health: further general shapes', () => {
  const flagged: Array<[string, CheckerCategory]> = [
    // Pregnancy as "expecting" beside a decision, not a delivery someone expects.
    ["Priya's expecting again so I'm not putting her forward for the Dubai role.", 'protected_characteristic'],
    ["She's expecting in March, no point starting her on the ERP migration.", 'protected_characteristic'],
    // A demonym describing a voice, accent or face behind a staffing choice.
    ['Rather not put Tomasz on reception, clients prefer a British accent.', 'protected_characteristic'],
    ["Prefer not to send him to the Leeds pitch, they'd want a native English voice.", 'protected_characteristic'],
    // A named condition disclosed, then a decision in the same or the next sentence.
    ['Ola mentioned she has diabetes. Best we take her off nights.', 'protected_characteristic'],
    ["She's got ADHD so we'll keep her off the audit.", 'protected_characteristic'],
    // The writer's own decision, told to the employee.
    ["Told him I'd rather give the promotion to someone without kids at home.", 'protected_characteristic'],
    // A low rating after family leave.
    [
      "Just back from paternity leave and behind on targets, so marked him down to 'requires improvement'.",
      'protected_characteristic',
    ],
    ['Back off adoption leave and behind, so scored her lower this cycle.', 'protected_characteristic'],
    // A stated age beside a judgement.
    ["Gary's 62, not worth sending him on the leadership course.", 'protected_characteristic'],
    ["Gary, 62, prob won't want the travel.", 'protected_characteristic'],
    // Marital news with a forecast about the person.
    ['Mo just got married, so expect him to want less travel.', 'protected_characteristic'],
    // A condition in scare quotes with doubt beside it.
    ["Her 'anxiety' flares up every Monday, conveniently.", 'health_speculation'],
    ["His 'bad back' again. Pretty sure it's an excuse.", 'health_speculation'],
    ["Her so-called 'burnout' lasted exactly until the bonus was paid.", 'health_speculation'],
    // Bodily signs, then a bare condition asked.
    ['Sweating and shaky at stand-up. Hungover?', 'health_speculation'],
    ['slurring on the 2pm call. drunk?', 'health_speculation'],
    ['Nodding off in the afternoon meeting again. Sleep apnoea?', 'health_speculation'],
    ["Reckon Dan's going through a mid-life crisis, new car and all.", 'health_speculation'],
    ["pretty sure the drinking's started again", 'health_speculation'],
    ["Yuki's expecting, so let's not give her the Osaka launch.", 'protected_characteristic'],
    ['rated her below expectations — back from mat leave and rusty', 'protected_characteristic'],
    ['shaky and pale in the 9am. diabetic?', 'health_speculation'],
    ["Needs someone with more energy, Pat's nearly at retirement.", 'protected_characteristic'],
    ["With her two under three, she won't manage the on-call rota.", 'protected_characteristic'],
  ];
  it.each(flagged)('flags %j as %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });

  const clean = [
    "Confirmed with Ben that his paternity leave won't affect his bonus.",
    'Told Amira her religion has nothing to do with the rota decision.',
    'Her age is not a factor in the restructure scoring.',
    'Her divorce is finalised next month; she may need a couple of afternoons for the solicitor.',
    'Got married in June, back on the 20th.',
    "Treating the interns like toddlers won't help them learn.",
    "We're expecting the Q3 figures on Friday.",
    "Sam's expecting the invoice today.",
    'Congrats to Jo, she is expecting!',
    'Maternity helpline now open weekends.',
    "It's a wing and a prayer until the new server arrives.",
    "We're all praying the migration works.",
    "Amy said her 'migraines' were diagnosed last year.",
    'Shaking hands with the client went fine. Contract?',
    'Laptop keeps shaking when the fan spins up. Hardware fault?',
    'Rated the supplier below par on delivery.',
    "Rated Priya 'exceeds' for the year; great delivery.",
    "I'm diabetic so I'll need a break at 11.",
    "I'd rather not lead the offsite, I'm a bit burnt out on event planning.",
    'Jo has epilepsy; PEEP and first-aid briefing done.',
    "Room's 12 by 10, fine for the workshop.",
    "He's expecting a decision by Friday, so we'll move him to the new team then.",
    "Kate's expecting the new laptops Monday, so hold off on the rollout.",
    'Back from mat leave on Monday, handover with Sam.',
    "The so-called 'mental health' days are getting out of hand.",
    'Tested positive for cannabis at the random test, so take him off the forklift pending investigation.',
    'Unwell this week so moving her to the later shift.',
    "Team lunch on the 14th, Mo's 58 on Friday, cake sorted.",
    'Nearing retirement, Pat asked about phased hours; agreed.',
    'Pension forms for staff nearing retirement sent out by HR.',
  ];
  it.each(clean)('accepts %j', (text) => {
    expect(cats(text).filter((c) => c === 'protected_characteristic' || c === 'health_speculation')).toEqual([]);
  });
});

describe('protected activity next to a judgement: general shapes', () => {
  it.each([
    // adverse step or soft verdict in the same sentence, any activity
    'Since Marta came back from mat leave her heart isn’t in it; leaving her off the pitch team.',
    'Not putting Kofi forward for the acting lead role while his tribunal claim is ongoing.',
    '- Sam off w/ stress in March, prob not one for the high-profile projects tbh',
    'Following his whistleblowing disclosure, we’re reviewing whether Karl still fits the team.',
    'Nadia has been on adoption leave, so I have marked her down on availability.',
    'Pieter joined the union committee and has been less invested since.',
    'Keep Ross off the weekend rota until his compensation claim is settled.',
    // the judgement first, the activity in the next sentence
    'Would hesitate to give Dev the supervisor role. He’s the one who raised the grievance about shifts.',
    // the next sentence carries the judgement; the writer’s own "told her" is not reported speech
    'Priya back from surgery leave. told her she is not ready for the client work, moved her to admin',
    'Since returning from jury service, Rhys’s accuracy has gone out the window.',
    'He keeps running to the union over every little thing, so he is bottom of the list for overtime.',
    'Reported her line manager to HR in May. Now Tia always has an excuse.',
    '- Ibrahim: off w/ knee injury 6 wks, then PIP on return',
    'Josh spoke up about the unpaid overtime at the all-hands. Bit of a barrack-room lawyer.',
  ])('flags %j', (text) => {
    expect(cats(text)).toContain('protected_activity_link');
  });
  it.each([
    'Explained to Ayo that raising a grievance will have no bearing on his appraisal.',
    'Noted that his grievance is being handled separately by HR and played no part in this rating.',
    'Her complaint about an aggressive supervisor will be investigated by the area manager; explained the process.',
    'Moved him to the day shift at his request after his paternity leave.',
    'Booked accommodation for the offsite; the hotel booking was a hassle.',
    'The rail strike made the commute a headache for everyone this week.',
    'Sick leave policy updated. Renewals for the software licences are risky if we delay.',
    'Since her maternity leave ended she has asked to take Fridays off; agreed a trial to March.',
    'Reported the Q3 figures to the board; numbers dropped slightly on freight.',
    'Since returning from adoption leave, Ana has led the migration brilliantly.',
  ])('accepts %j', (text) => {
    expect(cats(text)).not.toContain('protected_activity_link');
  });
});

describe('legal conclusions: general shapes', () => {
  it.each([
    'Having read the messages, what Rob wrote to Ellie was bullying, no two ways about it.',
    'We victimised Arjun after his grievance and should settle.',
    'Ian’s comments about Fola’s hair meet the legal definition of racial harassment.',
    'Outcome: unfair dismissal, we would lose at tribunal.',
    'Keeping Zoe on lower pay than Mark for the same job is an equal pay violation.',
    'Refusing Paul’s hearing aid request was a failure to make reasonable adjustments.',
    'Cutting Dee’s shifts after her complaint was victimisation.',
    'Paying Ryan less than Ellie for the same work breaks equal pay law.',
    'We have breached Ola’s contract by cutting her hours without notice.',
    'Reading Ben’s messages without telling him breached his privacy rights.',
  ])('flags %j', (text) => {
    expect(cats(text)).toContain('legal_conclusion');
  });
  it.each([
    'Sara believes the decision was discriminatory; referred to HR.',
    'Lee thinks he is being victimised by the day manager. Passed to HR to investigate.',
    'Drafted the advice note on the harassment point for the client; with the partner now.',
    'Research memo on vicarious liability for the Norwich claimant is due Friday.',
    'Priya has alleged that the drivers racially harassed her; statement taken.',
    'Legal say there is a risk of an unfair dismissal claim if we proceed; paused.',
    'Jasmine feels she has been discriminated against and has raised a grievance.',
  ])('accepts %j', (text) => {
    expect(cats(text)).not.toContain('legal_conclusion');
  });
});

describe('never off the record: plain factual descriptions', () => {
  it.each([
    'Priya says the night supervisor keeps texting her at 1am asking if she’s single.',
    'Dan says the shift lead asked him out twice and won’t take no for an answer.',
    'A care worker says a colleague shouts at the residents and pushed one into a chair.',
    'The coach has been sending one of the Under-14s private messages on Instagram.',
    'Ali says the assistant manager only gives overtime to the Polish lads.',
    'Grace says the older cleaners always get the worst shifts from the new supervisor.',
    'Mike has been thinking of ending his life and has been stockpiling tablets.',
    'The fire alarm on level 3 has been switched off since the refurb.',
    'The kitchen porter says they have stopped doing the temperature checks and just fill in the log.',
    'Neil says the warehouse manager has been claiming mileage for trips he never made.',
    'Yusuf says they never give the Muslim staff Friday afternoons off.',
    'The scaffolders go up without harnesses to save time.',
    'Bex says her partner controls her money and she is scared to go home.',
    'Colm says a colleague has been taking home stock and selling it on eBay.',
    'A patient was left in a wet bed all night on Ward 2.',
    'Omar keeps saying everyone would be better off if he wasn’t around.',
    'Beth says the area manager told her she would lose her shifts if she didn’t go for drinks with him.',
    'The crane operator is on something most mornings.',
    'Stan says the lead technician signs off gas safety visits he never attends.',
    'Ian says he will wait for his old supervisor in the car park and teach him a lesson.',
    'A nurse says agency staff are giving patients the wrong insulin doses.',
  ])('flags %j', (text) => {
    expect(cats(text, true)).toContain('off_record_disclosure');
  });
  it.each([
    'OTR: Sara turned off her alarm and overslept twice, embarrassed about it.',
    'Between us: Ola had a bruising meeting with finance and is feeling flat.',
    'Chris wants to move to the Year 10 team next term and asked me to put in a word.',
    'Amy has been messaging the students’ parents about the trip and finds it draining.',
    'Jin is planning to ask for a raise and has thought about how to pitch it.',
    'Helen is nervous about the patient safety audit next week.',
    'Pete would like to skip the maintenance training this year because of workload.',
    'Stefan isn’t wearing the new uniform because it hasn’t arrived in his size.',
    'Hugo is disappointed he wasn’t put forward for the award this year.',
    'Leah says the new Polish starter is great and she would like to mentor him.',
    'Ola is stressed about her nursery fees going up in January.',
    'Raj is annoyed the older design was rejected by the client.',
    'Dan is frustrated that the students ignored the revision deadline again.',
    'Meg had a rough week with the Year 9s and wants some coaching on behaviour management.',
    'The students hit 95% attendance and Jo wants it recognised.',
    'I am worried about the project initiation slipping.',
  ])('accepts %j', (text) => {
    expect(cats(text, true)).not.toContain('off_record_disclosure');
  });
  it('keeps each plain-words combination in its own matter group', () => {
    const text = 'The fire alarm on level 3 has been switched off since the refurb.';
    const withoutSafety = DEFAULT_NEVER_OFF_RECORD.filter((m) => m !== 'safety');
    expect(checkText(text, { offTheRecord: true, neverOffRecordMatters: withoutSafety })).toEqual([]);
  });
});

describe('protected activity, legal conclusion and off-the-record: further shapes', () => {
  it.each([
    // trust and reliance withdrawn, scoring and moderation, disruption, cost, credit withheld
    'Ever since she went to ACAS I can’t rely on her for the client accounts.',
    'Since Leon lawyered up, I wouldn’t trust him with the payroll file.',
    'Ash’s union duties take away from the sprint — rate him lower on flexibility in the scoring matrix.',
    'Her grievance in March caused real disruption; moderate her down to partially meets.',
    'His phased return has cost us the Q3 launch.',
    'Had shared parental leave through Q2 so hard to credit him with the migration.',
    'After the near miss report he filed, mark him down on teamwork.',
    'Nina joined Unison in March and her focus has slipped.',
    'Recommend we don’t confirm Omar’s probation given his sick days since January.',
    'Back from adoption leave in May. Doesn’t strike me as supervisor material any more.',
    'Since filing the grievance, Raj has become a real problem on nights.',
    'Lucy asked for flexible working again; starting to question how committed she is.',
    'Not a fan of how often Pete goes to the union.',
    'Dom filed an ethics report in spring and is no longer getting the key accounts.',
    '- raised an OSHA complaint in March. lower priority for the shift lead slot',
    'Gail requested an accommodation for her knee, which makes her hard to roster. Add to the RIF list.',
    'Wes has been vocal about the unpaid overtime, prob not one to promote this cycle.',
    'Ever since his grievance about Lou, Rob has been a thorn in my side.',
    '- filed an EEOC charge in Feb, not a culture fit imo',
  ])('flags %j', (text) => {
    expect(cats(text)).toContain('protected_activity_link');
  });
  it.each([
    // a predicted activity is a guess about the person, the employee’s own question, the writer naming it retaliation
    'She’s just engaged so I’d expect a maternity request soon; holding her secondment.',
    'Ben asked whether his whistleblowing report would affect his rating; confirmed in writing it won’t.',
    'Cutting Dee’s overtime straight after her grievance is victimisation, plain and simple.',
    'Bear in mind the union meeting is at 3pm.',
    'Her sick days are recorded in the HR system.',
    'Dev’s carer’s leave was approved per policy.',
    'Not convinced the new sick leave form is an improvement; raised with HR.',
    'Leadership material: Priya, Dan (both back from parental leave in spring).',
    'Went on strike twice; strike pay sorted.',
    'OH referral booked for Sunil’s wrist; results in two weeks, performance unaffected.',
    'Selection matrix agreed with the union; scoring to be done blind.',
    'Legal action against the supplier is on hold; cost us £2k so far.',
    'Sick days this quarter: two. Missed the Tuesday stand-up for the dentist.',
    'Kat is very vocal about customer needs and not one to give up.',
  ])('accepts %j', (text) => {
    expect(cats(text)).not.toContain('protected_activity_link');
  });
  it.each([
    // the writer’s own finding overrides the process word; wider word family
    'Investigation outcome: I find the team leader harassed the trainee on three occasions.',
    'Grievance hearing notes: we are satisfied that the rota changes were discriminatory.',
    'Leaving Ade off every promotion list is blatant racism.',
    'He keeps bullying team members.',
    'What Gaz said about Priya’s hijab was outright islamophobia.',
    'Telling Joan she is too slow for tills at her age amounts to ageism.',
    'Not consulting on the night rota breached the Working Time Regulations.',
  ])('flags %j', (text) => {
    expect(cats(text)).toContain('legal_conclusion');
  });
  it.each([
    'Joined the fraud team in May, settling in well.',
    'Kemi spotted a fraud pattern in the refunds data; passed to financial crime.',
    'I find that the allegation of harassment is not upheld.',
    'Sexism awareness training booked for March.',
    'The upload failed, the file is corrupt.',
    'Tested the new card reader and it is fraud-proof as far as we can tell.',
    'Goal for Q3: a harassment-free shop floor, training booked.',
    'Good session on tackling racism in hiring from the EDI group.',
    'Ageism came up in the panel discussion at the conference.',
    'Reminder to all: sharing customer data outside the firm is a criminal offence.',
  ])('accepts %j', (text) => {
    expect(cats(text)).not.toContain('legal_conclusion');
  });
  it.each([
    // a decision given a protected characteristic as its reason; threats; avoiding a reporting threshold; a report suppressed
    'Off the record: her manager told Ruth she won’t be shortlisted because she’s got young kids.',
    'Between us, Jo was turned down for the lead role cos he’s too old, according to the panel chair.',
    'Kyle says if he’s sacked he’ll make them pay, and he knows where the manager lives.',
    'Sam has the supervisor’s home address and keeps saying he’ll sort him out.',
    'She says the client keeps splitting deposits to stay under the reporting threshold.',
    'The site lead told Amir to keep quiet about the gas leak.',
    'Between us, the area manager keeps asking Lily to sit on his lap at team drinks.',
    'Off the record, the forklift brakes are faulty and the shift lead told Kim to use it anyway.',
    'OTR: the night supervisor has been clocking people in who are not on shift.',
    'Between us, mileage is being signed off for site visits nobody went to.',
  ])('flags %j', (text) => {
    expect(cats(text, true)).toContain('off_record_disclosure');
  });
  it.each([
    'Off the record, Ravi wasn’t promoted because he missed his targets and he knows it.',
    'Off the record, she thinks her deposit is under the threshold for the mortgage.',
    'Between us, Tom wants to pay for the team lunch himself.',
    'Off the record: Jo is nervous about clocking in for her first night shift.',
    'Between us, Abi found the conference dull and nobody went to the dinner.',
  ])('accepts %j', (text) => {
    expect(cats(text, true)).not.toContain('off_record_disclosure');
  });
});

describe('vague verdicts: periods, the writer’s disappointment, struggling, concerns about a person', () => {
  const flagged: string[] = [
    // A verdict on someone's stretch of work.
    'All in all a weak quarter from Dom.',
    'Honestly a poor half for Rachel.',
    'Underwhelming from Kit.',
    // The writer's disappointment, with a person or someone's work as its target.
    'I expected more from Jonas this cycle.',
    'Would have expected better of her.',
    'Not thrilled with his prep tbh',
    'Really disappointed in Tariq.',
    'not pleased w/ Mel',
    // A person struggling, with nothing said about what.
    'Bea is struggling.',
    'Finn has been struggling lately.',
    'Struggling in the new role, needs to step up.',
    'Still struggles to hit the standard expected.',
    // Concerns about a whole person.
    'I have concerns about Ravi.',
    'some concerns re her tbh',
    // Wider improvement wording.
    "Haven't seen the improvement we need from Dee.",
    'Expectations are not being met.',
    'Presentations could be much better.',
    'His choices on the rota have been questionable.',
    'Leo brings the whole team down.',
    'tomek all over the place lately',
  ];
  it.each(flagged)('flags %j as vague', (text) => {
    expect(cats(text)).toContain('vague_no_example');
  });

  const quiet: string[] = [
    'A tough quarter for the business; margins down across the region.',
    'Shambles of a week with the IT outage.',
    'Milk and bread both below par level, reordered.',
    'Struggling with childcare this month, asked to move to earlies.',
    'The new server is struggling under load.',
    "Not happy with the courier's service again.",
    'Not happy with IT.',
    'We expected more snow than this.',
    'Jess said she was disappointed in her own presentation and wants coaching.',
    'Priya raised concerns about Dan with HR.',
    'Concerns about Ola, she has seemed very low, suggested EAP.',
    "Sam's concerns about Nat are noted; asked Sam for dates and examples.",
    'Stock all over the place after the delivery.',
    'Objective: get better at first-time fix rate, target 85% by June.',
    'I need to get better at delegating.',
    'Expected better weather for the site visit.',
  ];
  it.each(quiet)('does not flag %j as vague', (text) => {
    expect(cats(text)).not.toContain('vague_no_example');
  });
});

describe('vague verdicts about the person, and about work that is not what it should be', () => {
  const flagged: string[] = [
    'Marco has a lot to learn.',
    'She still has a long way to go.',
    'Not sure she is up to it.',
    'Not convinced he is ready for the step up.',
    "Feels like he's lost interest.",
    'His reports are not what they should be.',
    'A few issues with her timekeeping.',
    'Quality has been a bit odd lately.',
  ];
  it.each(flagged)('flags %j as vague', (text) => {
    expect(cats(text)).toContain('vague_no_example');
  });
  const quiet: string[] = [
    'The rollout still has a long way to go.',
    'The new app is not reliable on Android.',
    "Mo's not ready to return yet, fit note runs to the 14th.",
    "I'm not ready to sign off the forecast.",
    'Some issues with the card reader again.',
    'No issues with his work at all.',
    'Odd number of pallets on bay 3.',
  ];
  it.each(quiet)('does not flag %j as vague', (text) => {
    expect(cats(text)).not.toContain('vague_no_example');
  });
});

describe('vague verdicts: a meeting name or an idiom is not evidence', () => {
  const flagged: string[] = [
    '1:1 with Dana: her output is not where it needs to be.',
    'In our 1-2-1 I told him his work is not good enough.',
    'Monthly 121 - standards need to improve.',
    "Not good enough when it comes to comms, I'm afraid.",
  ];
  it.each(flagged)('flags %j as vague', (text) => {
    expect(cats(text)).toContain('vague_no_example');
  });
  const quiet: string[] = [
    '1:1 with Dana: quality needs to improve, 3 of 10 audits failed in May.',
    'Scored 1:4 on the audit; output not where it needs to be.',
    'Standards slipped when he covered nights alone on 4 June.',
  ];
  it.each(quiet)('does not flag %j as vague', (text) => {
    expect(cats(text)).not.toContain('vague_no_example');
  });
});

describe('vague verdicts: an example in the sentence before', () => {
  it('does not flag a verdict right after a dated example', () => {
    expect(cats('Sent two customers the wrong quote on 4 March. His accuracy is not good enough.')).not.toContain(
      'vague_no_example',
    );
    expect(cats('Forgot the fridge log on Monday. Standards need to improve.')).not.toContain('vague_no_example');
  });
  it('still flags a verdict after a sentence with nothing specific', () => {
    expect(cats('Good chat overall. His accuracy is not good enough.')).toContain('vague_no_example');
  });
});

describe('vague verdicts: a dated sentence that is not an example of a fault', () => {
  it('still flags the verdict after routine dated business', () => {
    expect(cats('Went over the 3 June rota with Kai. His paperwork needs to improve.')).toContain('vague_no_example');
  });
});

describe('venting, labels and absolutes: shapes beyond single words', () => {
  const has = (cat: CheckerCategory) => (text: string) => expect(cats(text)).toContain(cat);
  const hasNot = (cat: CheckerCategory) => (text: string) => expect(cats(text)).not.toContain(cat);
  it.each([
    'Our new site manager is a complete muppet.',
    'Honestly the night lead is a moron.',
    'Callum is a pain in the backside.',
    'useless',
    'I am so done with his excuses.',
    "I'm done with this team's moaning.",
    "Gemma's idea of a status update is a thumbs-up emoji.",
    'No idea how he passed probation tbh.',
    'God knows how Kev got promoted.',
    'Yeah Priya, the traffic is obviously why you were late again.',
    "Big thanks to IT for the 'quick' password reset, only took three days.",
    'Demo crashed again. Cheers devs, truly legendary work.',
    'Great effort from Jo this sprint: zero tickets closed.',
    'Funnily enough his laptop always breaks on Fridays.',
    'It was ALL his fault and he KNOWS it. I am DONE.',
  ])('flags venting %j', has('emotional_or_sarcastic'));
  it.each([
    'Thanks to Priya for the quick turnaround on the audit.',
    "I'm done with the migration and moving on to QA.",
    'Fantastic job on the stocktake, zero variances.',
    'Outage restored overnight. Thanks Ops, truly heroic effort.',
    'That rota is a nightmare to maintain.',
    "Ana's idea of a shared inbox worked well for the front desk.",
    'Not sure how Sam got the numbers; will ask him on Monday.',
    'Can you cover Friday? Sure.',
    'The hotel booking was a pain.',
    'NHS and CQC audit scheduled for the SFTP migration.',
    'Customer said our old process was a joke; we have changed it since.',
  ])('keeps quiet about %j', hasNot('emotional_or_sarcastic'));
  it.each([
    'Dev being his usual grumpy self in stand-up.',
    'Zero initiative, needs everything spelled out.',
    'Not an ounce of common sense.',
    "Marta's a nightmare to manage.",
    'a real buzzkill in meetings',
  ])('flags the label %j', has('subjective_label'));
  it.each([
    'Zero drive space left on the build server.',
    'He was his usual cheerful self.',
    'The legacy payroll system is a nightmare to maintain.',
  ])('keeps the thing quiet %j', hasNot('subjective_label'));
  it.each([
    'Tariq is forever leaving the float unchecked.',
    'She is constantly interrupting the junior staff.',
    'Every time the report is due, Ravi goes quiet.',
    'Funny how Mark has time for the pub quiz but never for the timesheets.',
  ])('flags the absolute %j', has('absolute_language'));
  it.each([
    'Every time the backup job fails it raises a ticket automatically.',
    'Whenever the feed is late the dashboard shows amber.',
    'Never once in two years has the warehouse had a reportable accident.',
    'The server is constantly restarting; ticket raised with the vendor.',
  ])('keeps the thing quiet %j', hasNot('absolute_language'));
});

describe('protected activity: concerns flagged, adjustments asked for, leave in a rating', () => {
  const flagged = [
    'Flagged a concern about the scaffold ties in March and has been a pain ever since. Leaving him off the overtime list.',
    'Jury service for three weeks right in peak season. Noting it for his review.',
    "Solid year from Becky, but with 12 weeks of maternity leave in there I can't justify 'exceeds'.",
    "Another grievance from Natasha. She's not getting the team lead role while this drags on.",
    "Her request for a standing desk and extra breaks makes me think she's not up to the full role. Suggest moving her to part-time.",
  ];
  for (const text of flagged)
    it(`flags "${text}"`, () => {
      expect(cats(text)).toContain('protected_activity_link');
    });
  const neutral = [
    'Flagged a concern about the guard rail on 3 May; fixed on 4 May.',
    'Standing desk delivered; extra breaks agreed with OH.',
    'Jury service 3–21 March; cover arranged with Priya.',
    "Can't justify the spend on the new van this quarter; revisit in July.",
  ];
  for (const text of neutral)
    it(`accepts "${text}"`, () => {
      expect(cats(text)).toEqual([]);
    });
});

describe('stated ages beside a name, and never-off-the-record matters named by their objects', () => {
  const rulesOnly = (text: string, offTheRecord = false) =>
    [...new Set(checkText(text, { offTheRecord, rulesOnly: true }).map((f) => f.category))].sort();
  it.each([
    "Gareth (58) - output steady but he's coasting to retirement, I wouldn't invest training budget there.",
    "Good operator, though at 61 she's probably winding down, so I won't push her for the course.",
  ])('flags the age in %j', (text) => {
    expect(rulesOnly(text)).toContain('protected_characteristic');
  });
  it.each([
    'Gareth (58) led the audit in May and closed all 12 actions.',
    'At 58 he ran his first marathon.',
    'Stock at 58 units after the count.',
  ])('accepts %j', (text) => {
    expect(rulesOnly(text)).not.toContain('protected_characteristic');
  });
  it.each([
    "OTR - Ian mentioned he's been keeping a knife in his locker since the row with Dev.",
    'OTR: Steph has been making up the fridge readings because the probe is broken.',
    'Between us: Sandeep offered him £200 to clock him in on days he is not here.',
    'Off the record, the regional team are cooking the books before the audit.',
    'OTR: he said he has thought about stepping into the traffic on the way home.',
    'Off the record, a couple of the lads have been drinking before they drive the forklifts.',
    "Off the record: the agency staff are told they'll lose their shifts if they don't go for a drink with him.",
  ])('flags %j as a never-off-the-record matter', (text) => {
    expect(rulesOnly(text, true)).toContain('off_record_disclosure');
  });
  it.each([
    'Off the record: Jo is applying for the Leeds role.',
    'OTR - he is thinking about moving back to Cork.',
    "OTR: she's thinking about ending her contract early to go travelling.",
  ])('accepts %j', (text) => {
    expect(rulesOnly(text, true)).toEqual([]);
  });
});
