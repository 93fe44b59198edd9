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
