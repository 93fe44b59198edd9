import { z } from 'zod';

const line = z.string().max(2000, 'must be at most 2000 characters');
const list = z.array(line).max(100, 'at most 100 items');

export const MinutesContentSchema = z
  .object({
    agreements: list,
    decisions: list,
    actionItems: z
      .array(
        z
          .object({
            text: line,
            ownerId: z.string().max(64).nullable(),
            due: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
              .nullable(),
          })
          .strict(),
      )
      .max(100),
    objectiveChanges: list,
    feedback: list,
    freeText: z.string().max(50_000, 'must be at most 50,000 characters'),
  })
  .strict();
export type MinutesContentInput = z.infer<typeof MinutesContentSchema>;

export const MINUTES_STATES = [
  'draft',
  'sent',
  'correction_proposed',
  'confirmed',
  'corrected',
  'disputed',
  'deemed_accepted',
] as const;
export type MinutesStateName = (typeof MINUTES_STATES)[number];

/** What a person is shown: "deemed accepted" is never presented as "confirmed". */
export const MINUTES_STATE_LABEL: Record<MinutesStateName, string> = {
  draft: 'Draft',
  sent: 'Awaiting confirmation',
  correction_proposed: 'Correction proposed',
  confirmed: 'Confirmed',
  corrected: 'Corrected',
  disputed: 'Disputed',
  deemed_accepted: 'Deemed accepted (no answer)',
};

const Version = z.object({ content: MinutesContentSchema, text: z.string(), reason: z.string(), proposedAt: z.string() });

export const MinutesView = z.object({
  id: z.string(),
  meetingId: z.string(),
  seriesId: z.string(),
  state: z.enum(MINUTES_STATES),
  stateLabel: z.string(),
  revision: z.number().int(),
  author: z.object({ id: z.string(), name: z.string() }),
  recipient: z.object({ id: z.string(), name: z.string() }),
  content: MinutesContentSchema,
  text: z.string(),
  sentAt: z.string().nullable(),
  deadlineAt: z.string().nullable(),
  finalAt: z.string().nullable(),
  correction: Version.nullable(),
  disputedVersion: Version.nullable(),
  abilities: z.object({
    edit: z.boolean(),
    send: z.boolean(),
    confirm: z.boolean(),
    proposeCorrection: z.boolean(),
    resolveCorrection: z.boolean(),
    amend: z.boolean(),
  }),
});
export type MinutesView = z.infer<typeof MinutesView>;

export const MeetingMinutesResponse = z.object({ minutes: z.array(MinutesView) });

export const SaveDraftBody = z.object({ content: MinutesContentSchema }).strict();
export const CorrectionBody = z
  .object({ content: MinutesContentSchema, reason: z.string().trim().min(1, 'say why the minutes need correcting').max(5000) })
  .strict();
export const AmendBody = z
  .object({ content: MinutesContentSchema, reason: z.string().trim().min(1, 'say why you amend the minutes').max(5000) })
  .strict();
export const ResolveBody = z.object({ accept: z.boolean() }).strict();
export const LinkAnswerBody = z.discriminatedUnion('answer', [
  z.object({ token: z.string().min(10).max(500), answer: z.literal('confirm') }).strict(),
  z
    .object({
      token: z.string().min(10).max(500),
      answer: z.literal('correct'),
      content: MinutesContentSchema,
      reason: z.string().trim().min(1).max(5000),
    })
    .strict(),
]);

export const TimelineResponse = z.object({
  meetings: z.array(
    z.object({
      meetingId: z.string(),
      startsAt: z.string(),
      meetingStatus: z.string(),
      minutesId: z.string().nullable(),
      minutesState: z.enum(MINUTES_STATES).nullable(),
      stateLabel: z.string().nullable(),
      authorId: z.string().nullable(),
      deadlineAt: z.string().nullable(),
    }),
  ),
});
export type TimelineResponse = z.infer<typeof TimelineResponse>;

export const AccessLogResponse = z.object({
  entries: z.array(
    z.object({ id: z.string(), readerName: z.string(), readerRole: z.string(), what: z.string(), at: z.string() }),
  ),
});
