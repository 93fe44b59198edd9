import { v7 as newId } from 'uuid';
import type { Db } from '../database';
import type { ObjectiveAnswersTable, ObjectiveNotesTable, ObjectiveVersionsTable, ObjectivesTable } from '../objectives.schema';

// Demo objectives: every report with a manager today gets a few objectives with history: one
// agreed and in progress whose due date the manager then moved earlier (a moving goalpost:
// disputed, accepted with a comment, or still waiting for an answer), one completed, one proposed
// by the report and waiting for the manager. Ravi's transfer shows a previous manager's view.
//
// Rows are written directly (the seed sits below the domain); the integration tests replay every
// demo objective through the domain and compare it with the stored snapshot, so they cannot drift.

type State = ObjectivesTable['state'];
type Role = 'owner' | 'manager';
interface Fields {
  title: string;
  description: string;
  measure: string;
  start_date: string;
  due_date: string | null;
  weight: number | null;
  state: State;
}

const DAY = 86_400_000;
const TERMS = ['title', 'description', 'measure', 'start_date', 'due_date', 'weight'] as const;

/** Builds one objective's history the way the domain does, and its snapshot. */
class History {
  readonly id = newId();
  versions: ObjectiveVersionsTable[] = [];
  answers: ObjectiveAnswersTable[] = [];
  notes: ObjectiveNotesTable[] = [];
  fields: Fields;
  inForce = 1;
  latest = 1;
  pending: ObjectiveVersionsTable | null = null;
  accepted = { owner: false, manager: false };
  disputed = false;
  seq = 1;
  createdAt: string;
  updatedAt: string;

  constructor(
    private readonly orgId: string,
    private readonly ownerId: string,
    private readonly managerId: string,
    private readonly cycle: string | null,
    by: Role,
    fields: Fields,
    at: string,
  ) {
    this.fields = fields;
    this.accepted[by] = true;
    this.createdAt = at;
    this.updatedAt = at;
    this.versions.push(this.version(1, 1, 'created', fields, null, by, at));
  }

  private who = (r: Role) => (r === 'owner' ? this.ownerId : this.managerId);

  private version(
    number: number,
    seq: number,
    kind: ObjectiveVersionsTable['kind'],
    f: Fields,
    reason: string | null,
    by: Role,
    at: string,
  ) {
    return {
      id: newId(),
      org_id: this.orgId,
      objective_id: this.id,
      owner_id: this.ownerId,
      number,
      seq,
      kind,
      ...f,
      reason,
      author_id: this.who(by),
      author_role: by,
      manager_id: this.managerId,
      meeting_id: null,
      created_at: at,
    };
  }

  change(by: Role, changes: Partial<Fields>, reason: string | null, at: string, proposal = false) {
    const next = { ...this.fields, ...changes };
    this.seq++;
    this.latest++;
    const v = this.version(this.latest, this.seq, proposal ? 'proposal' : 'change', next, reason, by, at);
    this.versions.push(v);
    this.updatedAt = at;
    if (proposal) {
      this.pending = v;
      return this;
    }
    if (TERMS.some((k) => this.fields[k] !== next[k])) {
      this.accepted = { owner: by === 'owner', manager: by === 'manager' };
      this.disputed = false;
    }
    this.fields = next;
    this.inForce = this.latest;
    return this;
  }

  answer(kind: ObjectiveAnswersTable['kind'], by: Role, at: string, comment: string | null = null) {
    this.seq++;
    const number = kind === 'agree' ? this.inForce : (this.pending as ObjectiveVersionsTable).number;
    this.answers.push({
      id: newId(),
      org_id: this.orgId,
      objective_id: this.id,
      owner_id: this.ownerId,
      number,
      seq: this.seq,
      kind,
      comment,
      person_id: this.who(by),
      role: by,
      created_at: at,
    });
    this.updatedAt = at;
    if (kind === 'agree') {
      this.accepted[by] = true;
      if (by === 'owner') this.disputed = false;
    } else {
      const p = this.pending as ObjectiveVersionsTable;
      this.fields = {
        title: p.title,
        description: p.description,
        measure: p.measure,
        start_date: p.start_date,
        due_date: p.due_date,
        weight: p.weight,
        state: p.state,
      };
      this.inForce = p.number;
      this.pending = null;
      this.disputed = kind === 'dispute';
      this.accepted = { owner: kind !== 'dispute', manager: true };
    }
    return this;
  }

  note(text: string, at: string, by: Role = 'owner') {
    this.seq++;
    this.notes.push({
      id: newId(),
      org_id: this.orgId,
      objective_id: this.id,
      owner_id: this.ownerId,
      version_number: this.inForce,
      seq: this.seq,
      author_id: this.who(by),
      text,
      noted_on: at.slice(0, 10),
      created_at: at,
    });
    this.updatedAt = at;
    return this;
  }

  row(): ObjectivesTable {
    return {
      id: this.id,
      org_id: this.orgId,
      owner_id: this.ownerId,
      created_by: this.versions[0].author_id,
      cycle: this.cycle,
      ...this.fields,
      version_number: this.inForce,
      latest_number: this.latest,
      pending_number: this.pending?.number ?? null,
      owner_accepted: this.accepted.owner ? 1 : 0,
      manager_accepted: this.accepted.manager ? 1 : 0,
      disputed: this.disputed ? 1 : 0,
      note_count: this.notes.length,
      seq: this.seq,
      created_at: this.createdAt,
      updated_at: this.updatedAt,
    };
  }
}

const TOPICS = [
  [
    'Ship the billing migration',
    'Move every invoice run to the new billing service.',
    'All invoices for one full month issued by the new service, no manual corrections',
  ],
  [
    'Cut support backlog',
    'Bring the open support queue down and keep it there.',
    'Fewer than 40 open tickets older than 5 days, four weeks in a row',
  ],
  [
    'Document the on-call runbook',
    'Write the runbook for the services the team is on call for.',
    'Runbook reviewed by two on-call engineers and used in one incident',
  ],
  [
    'Automate the release checklist',
    'Replace the manual release checklist with pipeline steps.',
    'A release needs no manual step apart from approval',
  ],
] as const;

export async function seedDemoObjectives(db: Db, opts: { orgId: string; now: Date }): Promise<void> {
  const now = opts.now.getTime();
  const ago = (days: number, hour = 9) => new Date(Math.floor((now - days * DAY) / DAY) * DAY + hour * 3_600_000).toISOString();
  const date = (days: number) => new Date(now + days * DAY).toISOString().slice(0, 10);
  const year = new Date(now).getUTCFullYear();
  const lines = await db
    .selectFrom('reporting_lines as l')
    .innerJoin('people as r', 'r.id', 'l.person_id')
    .select(['l.person_id', 'l.manager_id', 'l.valid_from', 'l.valid_to', 'r.name'])
    .where('l.org_id', '=', opts.orgId)
    .orderBy('r.name')
    .execute();
  const today = new Date(now).toISOString().slice(0, 10);
  const current = lines.filter((l) => l.valid_from <= today && (l.valid_to === null || today < l.valid_to));
  const all: History[] = [];

  current.forEach((l, i) => {
    const o = (by: Role, topic: number, startDays: number, dueDays: number, createdDays: number) => {
      const [title, description, measure] = TOPICS[(i + topic) % TOPICS.length];
      const h = new History(
        opts.orgId,
        l.person_id,
        l.manager_id,
        null,
        by,
        {
          title,
          description,
          measure,
          start_date: date(-startDays),
          due_date: date(dueDays),
          weight: 25 + 5 * topic,
          state: 'not_started',
        },
        ago(createdDays),
      );
      all.push(h);
      return h;
    };
    const first = l.name.split(' ')[0];
    // The moving goalpost: agreed, in progress with notes, then the manager moves the due date earlier.
    const moved = o('manager', 0, 120, 100, 118)
      .answer('agree', 'owner', ago(117))
      .change('owner', { state: 'in_progress' }, null, ago(110))
      .note(`${first}: first third done; the plan holds for the original date.`, ago(80))
      .note('Second third done; the last part depends on the vendor API.', ago(40))
      .change('manager', { due_date: date(40) }, 'Leadership brought the launch forward by two months.', ago(20), true);
    if (i % 3 === 0)
      moved.answer(
        'dispute',
        'owner',
        ago(19, 15),
        'Two months of planned work were agreed for the original date; the earlier date needs help from another team.',
      );
    else if (i % 3 === 1)
      moved.answer('accept_with_comment', 'owner', ago(19, 15), 'Accepted if the vendor work moves to the platform team.');
    // Left waiting for i % 3 === 2: the proposal shows both versions.
    if (i % 3 !== 2) moved.note('Vendor work handed over; on track for the new date.', ago(5));

    // Completed.
    o('owner', 1, 300, -30, 300)
      .answer('agree', 'manager', ago(298))
      .change('owner', { state: 'in_progress' }, null, ago(290))
      .note('Halfway there.', ago(200))
      .change(
        'manager',
        { measure: `${TOPICS[(i + 1) % TOPICS.length][2]}, for two teams` },
        'The second team joined the scope.',
        ago(150),
      )
      .answer('agree', 'owner', ago(149))
      .change('owner', { state: 'completed' }, null, ago(35));

    // Proposed by the report, waiting for the manager.
    o('owner', 2, 0, 150, 3);

    // A second moving goalpost still waiting for an answer, for the first report (Tom in the demo).
    if (first === 'Tom')
      o('manager', 3, 60, 120, 60)
        .answer('agree', 'owner', ago(58))
        .change('owner', { state: 'in_progress' }, null, ago(50))
        .note('Pipeline covers build and tests; deploy next.', ago(12))
        .change(
          'manager',
          { measure: 'A release needs no manual step, including approval', due_date: date(90) },
          'Compliance accepts automated approvals now.',
          ago(2),
          true,
        );
  });

  // Ravi's transfer: an objective set with his previous manager and changed with the current one.
  const ended = lines.filter((l) => l.valid_to !== null && l.valid_to <= today);
  for (const l of ended) {
    const next = current.find((c) => c.person_id === l.person_id);
    if (!next) continue;
    const from = Date.parse(`${l.valid_to}T00:00:00Z`);
    const daysBefore = Math.round((now - from) / DAY) + 30;
    const h = new History(
      opts.orgId,
      l.person_id,
      l.manager_id,
      String(year),
      'manager',
      {
        title: 'Own the incident reviews',
        description: 'Run the review of every severity-1 incident.',
        measure: 'Every severity-1 incident reviewed within 5 working days',
        start_date: date(-daysBefore),
        due_date: date(60),
        weight: 20,
        state: 'not_started',
      },
      ago(daysBefore),
    );
    h.answer('agree', 'owner', ago(daysBefore - 1)).change('owner', { state: 'in_progress' }, null, ago(daysBefore - 5));
    // After the transfer, the new manager (recorded as the manager of these versions) narrows it.
    const moved = new History(opts.orgId, l.person_id, next.manager_id, String(year), 'manager', h.fields, h.createdAt);
    Object.assign(moved, {
      id: h.id,
      versions: h.versions,
      answers: h.answers,
      notes: h.notes,
      accepted: h.accepted,
      seq: h.seq,
      inForce: h.inForce,
      latest: h.latest,
      updatedAt: h.updatedAt,
      fields: h.fields,
    });
    moved
      .note('Reviewed the two incidents of last month.', ago(20))
      .change('manager', { weight: 30, due_date: date(30) }, 'Incident reviews are now half of the role.', ago(10), true);
    all.push(moved);
  }

  if (all.length === 0) return;
  await db
    .insertInto('objectives')
    .values(all.map((h) => h.row()))
    .execute();
  await db
    .insertInto('objective_versions')
    .values(all.flatMap((h) => h.versions))
    .execute();
  const answers = all.flatMap((h) => h.answers);
  if (answers.length) await db.insertInto('objective_answers').values(answers).execute();
  const notes = all.flatMap((h) => h.notes);
  if (notes.length) await db.insertInto('objective_notes').values(notes).execute();
}
