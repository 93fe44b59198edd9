import { z } from 'zod';

// Weekly updates: the API's shapes, shared by the server (validation) and the web (forms).

export const WEEKLY_LIMITS = {
  line: 1000,
  progressItems: 30,
  waitingItems: 30,
  what: 500,
  fromText: 200,
  asks: 20,
  objectives: 50,
  objectiveTitle: 300,
  objectiveNote: 500,
  notes: 5000,
  comment: 5000,
  search: 200,
} as const;

const L = WEEKLY_LIMITS;
const max = (n: number) => `must be at most ${n.toLocaleString('en')} characters`;
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
const id = z.string().min(1).max(64);

export const OBJECTIVE_STATES = ['not_started', 'in_progress', 'completed', 'at_risk', 'dropped'] as const;
export type ObjectiveStateName = (typeof OBJECTIVE_STATES)[number];
export const OBJECTIVE_STATE_LABEL: Record<ObjectiveStateName, string> = {
  not_started: 'To do',
  in_progress: 'In progress',
  completed: 'Completed',
  at_risk: 'At risk',
  dropped: 'Dropped',
};

export const WaitingItemInput = z
  .object({
    /** The id of an open item from an earlier week; absent for a new one. */
    id: id.nullable(),
    what: z.string().max(L.what, max(L.what)),
    /** A person of the organisation… */
    fromPersonId: id.nullable(),
    /** …or free text: a team, a supplier. */
    fromText: z.string().max(L.fromText, max(L.fromText)).nullable(),
    since: date,
    chased: z.boolean(),
  })
  .strict();
export type WaitingItemInput = z.infer<typeof WaitingItemInput>;

export const AskInput = z
  .object({
    id: id.nullable(),
    text: z.string().max(L.line, max(L.line)),
    /** Asks the manager to escalate: unanswered by the next 1:1, it goes on that meeting's agenda. */
    escalation: z.boolean(),
  })
  .strict();

export const ObjectiveRowInput = z
  .object({
    objectiveId: id.nullable(),
    title: z.string().max(L.objectiveTitle, max(L.objectiveTitle)),
    state: z.enum(OBJECTIVE_STATES),
    dueDate: date.nullable(),
    note: z.string().max(L.objectiveNote, max(L.objectiveNote)),
  })
  .strict();

export const WeeklyContentSchema = z
  .object({
    progress: z.array(z.string().max(L.line, max(L.line))).max(L.progressItems, `at most ${L.progressItems} lines`),
    waitingOn: z.array(WaitingItemInput).max(L.waitingItems, `at most ${L.waitingItems} items`),
    asks: z.array(AskInput).max(L.asks, `at most ${L.asks} asks`),
    objectives: z.array(ObjectiveRowInput).max(L.objectives, `at most ${L.objectives} objectives`),
    notes: z.string().max(L.notes, max(L.notes)),
  })
  .strict();
export type WeeklyContentInput = z.infer<typeof WeeklyContentSchema>;

export const emptyWeeklyContent = (): WeeklyContentInput => ({
  progress: [],
  waitingOn: [],
  asks: [],
  objectives: [],
  notes: '',
});

export const WeekParams = z.object({ week: date });
export const SaveWeeklyBody = z.object({ content: WeeklyContentSchema }).strict();
export const CommentBody = z
  .object({ text: z.string().trim().min(1, 'write something').max(L.comment, max(L.comment)) })
  .strict();

export const WeeklyPreferencesInput = z
  .object({
    weekday: z.number().int().min(1, 'must be 1 (Monday) to 7 (Sunday)').max(7, 'must be 1 (Monday) to 7 (Sunday)'),
    hour: z.number().int().min(0, 'must be 0 to 23').max(23, 'must be 0 to 23'),
    /** A weekly digest mail of the reports' updates (managers). */
    digest: z.boolean(),
  })
  .strict();
export type WeeklyPreferencesInput = z.infer<typeof WeeklyPreferencesInput>;

const Person = z.object({ id: z.string(), name: z.string() });

export const WaitingItemView = z.object({
  id: z.string(),
  what: z.string(),
  fromPersonId: z.string().nullable(),
  fromText: z.string().nullable(),
  fromLabel: z.string(),
  since: z.string(),
  chased: z.boolean(),
  ageDays: z.number().int(),
  ageLabel: z.string(),
  closedAt: z.string().nullable(),
});
export type WaitingItemView = z.infer<typeof WaitingItemView>;

export const AskView = z.object({
  id: z.string(),
  text: z.string(),
  escalation: z.boolean(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  withdrawn: z.boolean(),
  /** The 1:1 whose agenda this escalation was added to, when it was. */
  agendaMeetingId: z.string().nullable(),
});

export const CommentView = z.object({ id: z.string(), author: Person, text: z.string(), at: z.string() });

export const WeeklyVersionView = z.object({ version: z.number().int(), sentAt: z.string(), text: z.string() });

export const WeeklyUpdateView = z.object({
  id: z.string(),
  week: z.string(),
  weekName: z.string(),
  weekRange: z.string(),
  author: Person,
  manager: Person.nullable(),
  state: z.enum(['draft', 'sent']),
  /** Number of sent versions (0 while a draft). */
  version: z.number().int(),
  content: WeeklyContentSchema,
  text: z.string(),
  sentAt: z.string().nullable(),
  readAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  versions: z.array(WeeklyVersionView),
  asks: z.array(AskView),
  waiting: z.array(WaitingItemView),
  comments: z.array(CommentView),
  abilities: z.object({
    edit: z.boolean(),
    acknowledge: z.boolean(),
    comment: z.boolean(),
    answerAsks: z.boolean(),
  }),
});
export type WeeklyUpdateView = z.infer<typeof WeeklyUpdateView>;

/** The editor: this week's update (or a draft to start from) and what the author can pick from. */
export const WeeklyEditorView = z.object({
  week: z.string(),
  weekName: z.string(),
  weekRange: z.string(),
  currentWeek: z.string(),
  earliestWeek: z.string(),
  manager: Person.nullable(),
  update: WeeklyUpdateView.nullable(),
  /** What the form starts with: the draft, the last sent version, or open items and objectives. */
  content: WeeklyContentSchema,
  openWaiting: z.array(WaitingItemView),
  people: z.array(Person),
  /** Objectives were filled in from the objectives list (false: the list is not available yet). */
  objectivesAutoFilled: z.boolean(),
  reminderAt: z.string().nullable(),
});
export type WeeklyEditorView = z.infer<typeof WeeklyEditorView>;

export const HistoryItem = z.object({
  id: z.string(),
  week: z.string(),
  weekName: z.string(),
  weekRange: z.string(),
  state: z.enum(['draft', 'sent']),
  version: z.number().int(),
  sentAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  excerpt: z.string(),
});
export const HistoryResponse = z.object({
  person: Person,
  query: z.string(),
  items: z.array(HistoryItem),
  /** The last weeks, oldest first: sent (on time or late), missing, or the week in progress. */
  weeks: z.array(z.object({ week: z.string(), weekName: z.string(), status: z.enum(['sent', 'missed', 'current']) })),
  streak: z.number().int(),
});
export type HistoryResponse = z.infer<typeof HistoryResponse>;

export const TeamRow = z.object({
  person: Person,
  updateId: z.string().nullable(),
  state: z.enum(['sent', 'draft', 'missing']),
  version: z.number().int(),
  sentAt: z.string().nullable(),
  readAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  openEscalations: z.array(z.object({ id: z.string(), text: z.string(), updateId: z.string(), week: z.string() })),
  objectivesAtRisk: z.array(z.string()),
  openWaiting: z.number().int(),
  progress: z.array(z.string()),
});
export const TeamWeekResponse = z.object({
  week: z.string(),
  weekName: z.string(),
  weekRange: z.string(),
  sent: z.number().int(),
  reports: z.array(TeamRow),
});
export type TeamWeekResponse = z.infer<typeof TeamWeekResponse>;

export const NoticeView = z.object({
  id: z.string(),
  kind: z.enum(['reminder', 'received', 'acknowledged', 'commented', 'answered']),
  text: z.string(),
  updateId: z.string().nullable(),
  week: z.string(),
  at: z.string(),
  readAt: z.string().nullable(),
});
export const NoticesResponse = z.object({ notices: z.array(NoticeView) });
export type NoticeView = z.infer<typeof NoticeView>;

export const PreferencesView = WeeklyPreferencesInput.extend({
  timeZone: z.string(),
  nextReminderAt: z.string().nullable(),
});
export type PreferencesView = z.infer<typeof PreferencesView>;
