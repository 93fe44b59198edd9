import { z } from 'zod';
import { Id, IsoDate, PersonRef, TimeZone } from './people';

// API schemas of 1:1 series and meetings, shared by the server (validation) and the web (types).

export const MEETING_LIMITS = {
  pointText: 500,
  notes: 20_000,
  actionText: 500,
  templateName: 120,
  templatePoints: 20,
  neverOffRecordItem: 200,
  neverOffRecordItems: 50,
} as const;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const notes = z.string().max(MEETING_LIMITS.notes, `must be at most ${MEETING_LIMITS.notes} characters`);
const Instant = z.iso.datetime({ offset: true, message: 'must be a date and time such as 2026-11-23T09:00:00Z' });

export const Cadence = z.enum(['weekly', 'biweekly', 'monthly']);
export type Cadence = z.infer<typeof Cadence>;
export const ActionState = z.enum(['open', 'done', 'dropped']);
export type ActionState = z.infer<typeof ActionState>;

export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM, such as 09:30');

export const ScheduleFields = {
  cadence: Cadence,
  weekday: z.number().int().min(1, 'must be 1 (Monday) to 7 (Sunday)').max(7, 'must be 1 (Monday) to 7 (Sunday)'),
  localTime: LocalTime,
  timeZone: TimeZone,
  durationMinutes: z.number().int().min(5, 'must be at least 5 minutes').max(480, 'must be at most 480 minutes'),
  startsOn: IsoDate,
};

export const CreateSeriesBody = z.object({ managerId: Id, reportId: Id, ...ScheduleFields }).strict();
export type CreateSeriesBody = z.infer<typeof CreateSeriesBody>;
export const UpdateScheduleBody = z.object(ScheduleFields).strict();
export type UpdateScheduleBody = z.infer<typeof UpdateScheduleBody>;

export const OpenMeetingBody = z
  .object({ occurrenceDate: IsoDate.optional(), startsAt: Instant.optional() })
  .strict()
  .refine((b) => (b.occurrenceDate === undefined) !== (b.startsAt === undefined), {
    message: 'give either occurrenceDate (a scheduled meeting) or startsAt (an ad-hoc meeting)',
    path: ['occurrenceDate'],
  });
export type OpenMeetingBody = z.infer<typeof OpenMeetingBody>;
export const MoveMeetingBody = z.object({ startsAt: Instant }).strict();

export const AddPointBody = z.object({ text: text(MEETING_LIMITS.pointText), offRecord: z.boolean().optional() }).strict();
export type AddPointBody = z.infer<typeof AddPointBody>;
export const UpdatePointBody = z
  .object({
    text: text(MEETING_LIMITS.pointText).optional(),
    discussed: z.boolean().optional(),
    offRecord: z.boolean().optional(),
  })
  .strict();
export type UpdatePointBody = z.infer<typeof UpdatePointBody>;
export const MovePointBody = z.object({ direction: z.enum(['up', 'down']) }).strict();
export const SaveNotesBody = z.object({ text: notes, version: z.number().int().min(0) }).strict();
export type SaveNotesBody = z.infer<typeof SaveNotesBody>;
export const ApplyTemplateBody = z.object({ templateId: z.string().min(1).max(80) }).strict();

export const AddActionBody = z
  .object({ text: text(MEETING_LIMITS.actionText), ownerId: Id, dueOn: IsoDate.nullable().optional() })
  .strict();
export type AddActionBody = z.infer<typeof AddActionBody>;
export const UpdateActionBody = z
  .object({
    text: text(MEETING_LIMITS.actionText).optional(),
    ownerId: Id.optional(),
    dueOn: IsoDate.nullable().optional(),
    state: ActionState.optional(),
  })
  .strict();
export type UpdateActionBody = z.infer<typeof UpdateActionBody>;

export const TemplateBody = z
  .object({
    name: text(MEETING_LIMITS.templateName),
    points: z
      .array(text(MEETING_LIMITS.pointText))
      .min(1, 'must have at least one talking point')
      .max(MEETING_LIMITS.templatePoints),
  })
  .strict();
export type TemplateBody = z.infer<typeof TemplateBody>;

export const OffRecordPolicyBody = z
  .object({
    neverOffRecord: z.array(text(MEETING_LIMITS.neverOffRecordItem)).max(MEETING_LIMITS.neverOffRecordItems),
    keepOffRecordFact: z.boolean(),
  })
  .strict();
export type OffRecordPolicy = z.infer<typeof OffRecordPolicyBody>;

// ---- responses

export const NoteView = z.object({ text: z.string(), version: z.number().int() });

export const TalkingPointView = z.object({
  id: z.string(),
  author: PersonRef,
  /** null once an off-the-record point was erased at close: only the fact it existed remains. */
  text: z.string().nullable(),
  offRecord: z.boolean(),
  erased: z.boolean(),
  discussed: z.boolean(),
  position: z.number().int(),
  notes: NoteView,
  carriedFrom: z.object({ pointId: z.string(), meetingId: z.string(), startsAt: z.string() }).nullable(),
  can: z.object({ edit: z.boolean(), markOffRecord: z.boolean(), delete: z.boolean() }),
});
export type TalkingPointView = z.infer<typeof TalkingPointView>;

export const ActionItemView = z.object({
  id: z.string(),
  seriesId: z.string(),
  meetingId: z.string(),
  meetingStartsAt: z.string(),
  text: z.string(),
  owner: PersonRef,
  dueOn: z.string().nullable(),
  state: ActionState,
  overdue: z.boolean(),
  /** Raised in an earlier meeting and still open then (carried over into this one). */
  carried: z.boolean(),
});
export type ActionItemView = z.infer<typeof ActionItemView>;

export const SeriesSummary = z.object({
  id: z.string(),
  manager: PersonRef,
  report: PersonRef,
  /** The other participant, from the viewer's side. */
  other: PersonRef,
  role: z.enum(['manager', 'report']),
  cadence: Cadence,
  weekday: z.number().int(),
  localTime: z.string(),
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  startsOn: z.string(),
  /** false once the reporting line ended: read-only for both. */
  active: z.boolean(),
  next: z.object({ meetingId: z.string().nullable(), occurrenceDate: z.string().nullable(), startsAt: z.string() }).nullable(),
  lastMeetingAt: z.string().nullable(),
  openActions: z.number().int(),
});
export type SeriesSummary = z.infer<typeof SeriesSummary>;

export const SeriesListResponse = z.object({
  series: z.array(SeriesSummary),
  /** Current reports and manager without a series yet, to start one. */
  canStartWith: z.array(PersonRef.extend({ role: z.enum(['manager', 'report']) })),
});
export type SeriesListResponse = z.infer<typeof SeriesListResponse>;

export const MeetingSummary = z.object({
  id: z.string().nullable(),
  occurrenceDate: z.string().nullable(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  status: z.enum(['scheduled', 'skipped', 'closed', 'upcoming']),
  adHoc: z.boolean(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const SeriesDetail = z.object({
  series: SeriesSummary,
  meetings: z.array(MeetingSummary),
  upcoming: z.array(MeetingSummary),
  actions: z.array(ActionItemView),
});
export type SeriesDetail = z.infer<typeof SeriesDetail>;

export const MeetingView = z.object({
  meeting: z.object({
    id: z.string(),
    seriesId: z.string(),
    occurrenceDate: z.string().nullable(),
    startsAt: z.string(),
    durationMinutes: z.number().int(),
    status: z.enum(['scheduled', 'skipped', 'closed']),
    adHoc: z.boolean(),
    closedAt: z.string().nullable(),
    closedBy: PersonRef.nullable(),
    notes: NoteView,
  }),
  series: z.object({ id: z.string(), manager: PersonRef, report: PersonRef, timeZone: z.string(), active: z.boolean() }),
  talkingPoints: z.array(TalkingPointView),
  actionItems: z.array(ActionItemView),
  carriedActions: z.array(ActionItemView),
  /** The viewer's own private note; never anyone else's. */
  privateNote: NoteView.nullable(),
  privateNotesAcknowledged: z.boolean(),
  neverOffRecord: z.array(z.string()),
  can: z.object({ edit: z.boolean(), close: z.boolean(), reschedule: z.boolean() }),
});
export type MeetingView = z.infer<typeof MeetingView>;

export const OpenedMeeting = z.object({ meetingId: z.string() });
export const MyActionsResponse = z.object({
  actions: z.array(ActionItemView.extend({ other: PersonRef, seriesActive: z.boolean() })),
});
export type MyActionsResponse = z.infer<typeof MyActionsResponse>;

export const TemplateView = z.object({ id: z.string(), name: z.string(), points: z.array(z.string()), builtIn: z.boolean() });
export type TemplateView = z.infer<typeof TemplateView>;
export const TemplatesResponse = z.object({ templates: z.array(TemplateView) });

export const CalendarFeedStatus = z.object({ active: z.boolean(), createdAt: z.string().nullable() });
export const CalendarFeedCreated = z.object({ url: z.string(), createdAt: z.string() });

/** 409 on a stale save: the current text and version, so the client can show them. */
export const StaleVersionError = z.object({ error: z.literal('stale_version'), message: z.string(), current: NoteView });
