import type { Db } from '../database';
import { countOrganisations, insertLines, insertOrganisation, insertPeople } from '../repositories/people.repository';
import type { NewPerson, ReportingLineRow } from '../schema';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoObjectives } from './demo-objectives';

// A small believable company so that a new user sees OnRecord at work on first start.

export const DEMO_PASSWORD = 'onrecord-demo-2026';
export const DEMO_ORG_ID = '0190a000-0000-7000-8000-000000000001';
const DOMAIN = 'harbourpine.example';
const email = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${DOMAIN}`;

export const DEMO_ACCOUNTS = {
  admin: email('Grace Lindqvist'),
  hr: email('Priya Raman'),
  manager: email('Sofia Alvarez'),
  employee: email('Tom Becker'),
  skipLevel: email('Daniel Whitfield'),
} as const;

interface DemoPerson {
  name: string;
  tz: string;
  hr?: boolean;
  admin?: boolean;
  /** [manager name, from date, until date?] oldest first */
  lines?: [string, string, string?][];
}

const PEOPLE: DemoPerson[] = [
  { name: 'Helen Marsh', tz: 'Europe/London' },
  { name: 'Grace Lindqvist', tz: 'Europe/Stockholm', admin: true, lines: [['Helen Marsh', '2023-02-01']] },
  { name: 'Priya Raman', tz: 'Europe/London', hr: true, lines: [['Helen Marsh', '2022-09-12']] },
  { name: 'Daniel Whitfield', tz: 'Europe/London', lines: [['Helen Marsh', '2021-05-03']] },
  { name: 'Sofia Alvarez', tz: 'Europe/Madrid', lines: [['Daniel Whitfield', '2022-01-10']] },
  { name: 'Marcus Bell', tz: 'America/New_York', lines: [['Daniel Whitfield', '2023-03-06']] },
  { name: 'Tom Becker', tz: 'Europe/Berlin', lines: [['Sofia Alvarez', '2023-04-17']] },
  { name: 'Aisha Khan', tz: 'Europe/London', lines: [['Sofia Alvarez', '2024-01-08']] },
  { name: 'Lucas Moreau', tz: 'Europe/Paris', lines: [['Sofia Alvarez', '2025-02-03']] },
  { name: 'Chloe Nguyen', tz: 'America/New_York', lines: [['Marcus Bell', '2023-09-18']] },
  // A transfer: Ravi moved from Sofia's team to Marcus's, and the history keeps both.
  {
    name: 'Ravi Patel',
    tz: 'America/Chicago',
    lines: [
      ['Sofia Alvarez', '2024-03-04', '2026-06-01'],
      ['Marcus Bell', '2026-06-01'],
    ],
  },
];

/** Creates the demo organisation in an empty database; returns false when data already exists. */
export async function seedDemo(db: Db, opts: { passwordHash: string; now: Date; settings: object }): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if ((await countOrganisations(trx)) > 0) return false;
    const at = opts.now.toISOString();
    const orgId = DEMO_ORG_ID;
    await insertOrganisation(trx, { id: orgId, name: 'Harbour & Pine', settings: opts.settings, createdAt: at });
    const idOf = new Map(PEOPLE.map((p, i) => [p.name, `0190a000-0000-7000-8000-1000000000${String(i).padStart(2, '0')}`]));
    const people: NewPerson[] = PEOPLE.map((p) => ({
      id: idOf.get(p.name) as string,
      org_id: orgId,
      name: p.name,
      email: email(p.name),
      time_zone: p.tz,
      is_hr: p.hr ? 1 : 0,
      is_admin: p.admin ? 1 : 0,
      status: 'active',
      password_hash: opts.passwordHash,
      created_at: at,
      updated_at: at,
    }));
    await insertPeople(trx, people);
    const lines: ReportingLineRow[] = PEOPLE.flatMap((p) =>
      (p.lines ?? []).map(([manager, from, to], i) => ({
        id: `${idOf.get(p.name)}-l${i}`,
        org_id: orgId,
        person_id: idOf.get(p.name) as string,
        manager_id: idOf.get(manager) as string,
        valid_from: from,
        valid_to: to ?? null,
        created_at: at,
      })),
    );
    await insertLines(trx, lines);
    await seedDemoMeetings(trx, { orgId, now: opts.now });
    await seedDemoObjectives(trx, { orgId, now: opts.now });
    return true;
  });
}
