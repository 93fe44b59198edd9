import { z } from 'zod';

// The objectives API: requests parsed by the server, views the browser renders.

export const OBJECTIVE_STATES = ['not_started', 'in_progress', 'completed', 'at_risk', 'dropped'] as const;
export type ObjectiveStateName = (typeof OBJECTIVE_STATES)[number];
export const OBJECTIVE_STATE_LABEL: Record<ObjectiveStateName, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  at_risk: 'At risk',
  dropped: 'Dropped',
};

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
const text = (max: number) => z.string().max(max, `must be at most ${max.toLocaleString('en')} characters`);
const weight = z.number().int('must be a whole number').min(0).max(100).nullable();
const state = z.enum(OBJECTIVE_STATES);
const id = z.string().min(1).max(64);

export const CreateObjectiveBody = z
  .object({
    title: text(200),
    description: text(10_000).default(''),
    measure: text(5_000).default(''),
    startDate: day,
    dueDate: day.nullable().default(null),
    weight: weight.default(null),
    state: state.optional(),
    cycle: text(40).nullable().default(null),
    meetingId: id.nullable().optional(),
  })
  .strict();
export type CreateObjectiveInput = z.infer<typeof CreateObjectiveBody>;

export const ChangeObjectiveBody = z
  .object({
    changes: z
      .object({
        title: text(200).optional(),
        description: text(10_000).optional(),
        measure: text(5_000).optional(),
        startDate: day.optional(),
        dueDate: day.nullable().optional(),
        weight: weight.optional(),
        state: state.optional(),
      })
      .strict(),
    reason: text(5_000).nullable().optional(),
    meetingId: id.nullable().optional(),
    /** The version the editor saw: a change made meanwhile makes this one fail clearly. */
    expectedSeq: z.number().int().min(1).optional(),
  })
  .strict();
export type ChangeObjectiveInput = z.infer<typeof ChangeObjectiveBody>;

export const AnswerProposalBody = z
  .object({
    answer: z.enum(['accept', 'accept_with_comment', 'dispute']),
    comment: text(5_000).nullable().optional(),
  })
  .strict();

export const NoteBody = z.object({ text: text(10_000), notedOn: day.optional() }).strict();

export const TimelineQuery = z.object({ from: day.optional(), to: day.optional() });

const person = z.object({ id: z.string(), name: z.string() });
const role = z.enum(['owner', 'manager']);

export const AGREEMENT = ['agreed', 'awaiting_owner', 'awaiting_manager', 'proposal_pending', 'disputed'] as const;
export const AGREEMENT_LABEL: Record<(typeof AGREEMENT)[number], string> = {
  agreed: 'Agreed',
  awaiting_owner: 'Waiting for the owner to accept',
  awaiting_manager: 'Waiting for the manager to accept',
  proposal_pending: 'Change proposed, waiting for an answer',
  disputed: 'Change disputed',
};

export const ObjectiveSummary = z.object({
  id: z.string(),
  ownerId: z.string(),
  title: z.string(),
  state,
  dueDate: z.string().nullable(),
  startDate: z.string(),
  weight: z.number().nullable(),
  cycle: z.string().nullable(),
  versionNumber: z.number(),
  latestNumber: z.number(),
  pendingVersion: z.number().nullable(),
  agreement: z.enum(AGREEMENT),
  noteCount: z.number(),
  /** Versions after the first: how often it moved. */
  changes: z.number(),
  updatedAt: z.string(),
});
export type ObjectiveSummary = z.infer<typeof ObjectiveSummary>;

export const ViewerRole = z.enum(['owner', 'manager', 'previous_manager']);

export const ObjectivesResponse = z.object({
  person,
  viewerRole: ViewerRole,
  /** A previous manager sees only what was written while they managed this person. */
  partial: z.boolean(),
  abilities: z.object({ create: z.boolean() }),
  objectives: z.array(ObjectiveSummary),
});
export type ObjectivesResponse = z.infer<typeof ObjectivesResponse>;

export const OverviewResponse = z.object({
  me: person,
  people: z.array(person.extend({ relation: z.enum(['self', 'report', 'former_report']), open: z.number() })),
});
export type OverviewResponse = z.infer<typeof OverviewResponse>;

export const MoveView = z.object({
  field: z.enum(['title', 'description', 'measure', 'startDate', 'dueDate', 'weight', 'state']),
  direction: z.string().optional(),
  from: z.union([z.string(), z.number()]).nullable().optional(),
  to: z.union([z.string(), z.number()]).nullable().optional(),
});

export const TimelineEventView = z.object({
  objectiveId: z.string(),
  title: z.string(),
  at: z.string(),
  kind: z.enum(['created', 'changed', 'proposed', 'agreed', 'accepted', 'accepted_with_comment', 'disputed']),
  version: z.number(),
  actor: person.extend({ role }),
  moves: z.array(MoveView),
  summary: z.string(),
  reason: z.string().nullable(),
  comment: z.string().nullable(),
});
export type TimelineEventView = z.infer<typeof TimelineEventView>;

export const PeriodCountView = z.object({
  period: z.string(),
  created: z.number(),
  changed: z.number(),
  proposed: z.number(),
  acknowledged: z.number(),
  disputed: z.number(),
});
export type PeriodCountView = z.infer<typeof PeriodCountView>;

export const TimelineResponse = z.object({
  person,
  from: z.string(),
  to: z.string(),
  partial: z.boolean(),
  events: z.array(TimelineEventView),
  /** Per quarter, over the whole history the reader may see. */
  counts: z.array(PeriodCountView),
});
export type TimelineResponse = z.infer<typeof TimelineResponse>;

export const NoteView = z.object({
  id: z.string(),
  author: person,
  text: z.string(),
  notedOn: z.string(),
  at: z.string(),
  versionNumber: z.number(),
});
export type NoteView = z.infer<typeof NoteView>;

export const VersionView = z.object({
  number: z.number(),
  kind: z.enum(['created', 'change', 'proposal']),
  /** in_force, superseded, pending (a proposal waiting for the owner) */
  status: z.enum(['in_force', 'superseded', 'pending']),
  title: z.string(),
  description: z.string(),
  measure: z.string(),
  startDate: z.string(),
  dueDate: z.string().nullable(),
  weight: z.number().nullable(),
  state,
  reason: z.string().nullable(),
  author: person.extend({ role }),
  at: z.string(),
  meetingId: z.string().nullable(),
  moves: z.array(z.string()),
  /** The owner's answer, for a proposal. */
  answer: z
    .object({ kind: z.enum(['accept', 'accept_with_comment', 'dispute']), comment: z.string().nullable(), at: z.string() })
    .nullable(),
  /** Progress notes credited to this version. */
  notes: z.array(NoteView),
});
export type VersionView = z.infer<typeof VersionView>;

export const ObjectiveDetail = ObjectiveSummary.extend({
  description: z.string(),
  measure: z.string(),
  owner: person,
  manager: person.nullable(),
  viewerRole: ViewerRole,
  partial: z.boolean(),
  seq: z.number(),
  versions: z.array(VersionView),
  pending: VersionView.nullable(),
  accepted: z.object({ owner: z.boolean(), manager: z.boolean() }),
  events: z.array(TimelineEventView),
  abilities: z.object({
    change: z.boolean(),
    /** A change by this viewer would be a proposal the owner must answer. */
    changeIsProposal: z.boolean(),
    agree: z.boolean(),
    answer: z.boolean(),
    note: z.boolean(),
  }),
});
export type ObjectiveDetail = z.infer<typeof ObjectiveDetail>;

export const MeetingObjectiveChange = z.object({
  objectiveId: z.string(),
  ownerId: z.string(),
  title: z.string(),
  version: z.number(),
  kind: z.enum(['created', 'change', 'proposal']),
  summary: z.string(),
  reason: z.string().nullable(),
  authorId: z.string(),
  at: z.string(),
});
export type MeetingObjectiveChange = z.infer<typeof MeetingObjectiveChange>;
export const MeetingObjectiveChangesResponse = z.object({ changes: z.array(MeetingObjectiveChange) });

export const CreatedResponse = z.object({ id: z.string() });

export const ObjectiveCyclesBody = z.object({ cycles: z.enum(['none', 'annual', 'quarterly']) }).strict();
export type ObjectiveCyclesBody = z.infer<typeof ObjectiveCyclesBody>;
