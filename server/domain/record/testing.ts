import { type RecordEntry, textHash } from './entries';

/**
 * Deterministic, realistic record entries for tests and the benchmark (300–600 bytes once
 * canonical, every type, some non-ASCII text). Not used by the application.
 */

/** mulberry32: a small seeded PRNG, so failures reproduce. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const phrases = [
  'Agreed to move the release review to Thursday.',
  'Léa will pair with Jürgen on the migration — estimate by Friday.',
  'Discussed the on-call rota; no change for now.',
  'Objective 2 measure clarified: p95 latency under 300 ms.',
  'Feedback: the incident write-up was clear and on time.',
  'Waiting on design for the onboarding flow since 3 March.',
  'Asked for a budget decision on the conference trip.',
  'Decision: keep weekly 1:1s, 30 minutes, Tuesdays.',
];

function sentence(rnd: () => number, min: number, max: number): string {
  let s = '';
  const target = min + Math.floor(rnd() * (max - min));
  while (s.length < target) s += (s ? ' ' : '') + phrases[Math.floor(rnd() * phrases.length)];
  return s;
}

const pad = (n: number) => n.toString().padStart(7, '0');

/** The i-th sample entry of an organisation of `people` people (pairs are i-adjacent ids). */
export function sampleEntry(i: number, rnd: () => number, orgId = 'org_demo', people = 40): RecordEntry {
  const a = Math.floor(rnd() * people);
  const b = (a + 1 + Math.floor(rnd() * (people - 1))) % people;
  const manager = `person_${pad(a)}`;
  const report = `person_${pad(b)}`;
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const common = { v: 1 as const, orgId, at, actorId: manager, subjects: [manager, report] };
  const minutesId = `min_${pad(Math.floor(i / 4))}`;
  switch (i % 8) {
    case 0: {
      const text = sentence(rnd, 80, 240);
      return {
        ...common,
        type: 'minutes.sent',
        data: {
          minutesId,
          meetingId: `mtg_${pad(i)}`,
          version: 1,
          recipientId: report,
          text,
          textHash: textHash(text),
          respondBy: at,
        },
      };
    }
    case 1:
      return {
        ...common,
        actorId: report,
        type: 'minutes.confirmed',
        data: { minutesId, version: 1, textHash: textHash(`v${i}`) },
      };
    case 2: {
      const text = sentence(rnd, 60, 200);
      return {
        ...common,
        actorId: report,
        type: 'minutes.correction_proposed',
        data: {
          minutesId,
          version: 1,
          correctionId: `cor_${pad(i)}`,
          text,
          textHash: textHash(text),
          reason: 'The date was wrong.',
        },
      };
    }
    case 3: {
      const text = sentence(rnd, 30, 150);
      return {
        ...common,
        type: 'meeting.closed',
        data: {
          meetingId: `mtg_${pad(i)}`,
          seriesId: `ser_${pad(a)}`,
          text,
          textHash: textHash(text),
          actionItems: [
            { actionItemId: `act_${pad(i)}`, text: 'Send the draft plan', ownerId: report, dueDate: '2026-02-06', state: 'open' },
          ],
          offRecordPoints: i % 3,
        },
      };
    }
    case 4:
      return {
        ...common,
        type: 'objective.version',
        data: {
          objectiveId: `obj_${pad(i)}`,
          version: 1 + (i % 3),
          title: 'Reduce p95 latency of the search API',
          measure: sentence(rnd, 30, 150),
          dueDate: '2026-06-30',
          state: 'in_progress',
          reason: 'Scope agreed in the quarterly review.',
          needsAcknowledgement: i % 2 === 0,
          checkerFindingsIgnored: i % 5 === 0 ? 1 : undefined,
        },
      };
    case 5:
      return {
        ...common,
        actorId: report,
        type: 'objective.acknowledged',
        data: { objectiveId: `obj_${pad(i - 1)}`, version: 1 },
      };
    case 6: {
      const text = sentence(rnd, 100, 240);
      return {
        ...common,
        actorId: report,
        subjects: [report, manager],
        type: 'weekly_update.sent',
        data: { weeklyUpdateId: `wu_${pad(i)}`, weekOf: '2026-01-05', recipientId: manager, text, textHash: textHash(text) },
      };
    }
    default:
      return {
        ...common,
        type: 'minutes.deemed_accepted',
        data: { minutesId, version: 1, textHash: textHash(`v${i}`), deadline: at },
      };
  }
}
