import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalBytes } from './canonical';

/**
 * Record entries: what is appended to an organisation's Merkle log. An entry is only ever what
 * both sides already share; private notes and off-the-record text never appear here (a closed
 * meeting carries only the number of off-the-record points).
 *
 * Objects are strict: an unknown field is an error, so a bundle cannot smuggle data past
 * verification and a typo in a writer fails in tests rather than in someone's evidence.
 */

const id = z.string().min(1).max(128);
const hash = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex sha256');
const instant = z.iso.datetime(); // zod 4: UTC only ("Z"), no offsets
const day = z.iso.date();
const body = z.string().max(200_000);
const reason = z.string().min(1).max(10_000);
const version = z.number().int().min(1);
// How many documentation-checker findings the author chose to ignore when sharing: the number
// only, so the record shows that a warning was overridden without copying the finding.
const checkerFindingsIgnored = z.number().int().min(0).optional();

/** sha256 (lowercase hex) of the NFC UTF-8 text: what confirmations and disputes refer to. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex');
}

// Entries that carry a text also carry its hash; the two must agree, or the hash that a later
// confirmation refers to would not be the text that was shown.
const hashMatches = (d: { text: string; textHash: string }) => textHash(d.text) === d.textHash;
const hashMismatch = { message: 'textHash is not the sha256 of text', path: ['textHash'] };

const minutesSent = z
  .strictObject({
    minutesId: id,
    meetingId: id,
    version,
    recipientId: id,
    text: body,
    textHash: hash,
    respondBy: instant,
    checkerFindingsIgnored,
  })
  .refine(hashMatches, hashMismatch);

const minutesConfirmed = z.strictObject({ minutesId: id, version, textHash: hash });

const correctionProposed = z
  .strictObject({ minutesId: id, version, correctionId: id, text: body, textHash: hash, reason, checkerFindingsIgnored })
  .refine(hashMatches, hashMismatch);

const minutesAmended = z
  .strictObject({
    minutesId: id,
    version, // the new version
    fromVersion: version,
    correctionId: id.optional(), // present when the amendment is an accepted correction
    text: body,
    textHash: hash,
    reason,
    respondBy: instant.optional(), // present when the amendment restarts confirmation
    checkerFindingsIgnored,
  })
  .refine(hashMatches, hashMismatch)
  .refine((d) => d.version > d.fromVersion, { message: 'an amendment makes a later version', path: ['version'] });

// Declined correction: both versions stand, referred to by hash (their texts are in earlier entries).
const minutesDisputed = z.strictObject({ minutesId: id, version, correctionId: id, textHash: hash, correctionTextHash: hash });

const deemedAccepted = z.strictObject({ minutesId: id, version, textHash: hash, deadline: instant });

const actionItem = z.strictObject({
  actionItemId: id,
  text: body,
  ownerId: id,
  dueDate: day.optional(),
  state: z.enum(['open', 'done', 'dropped']),
});

const meetingClosed = z
  .strictObject({
    meetingId: id,
    seriesId: id,
    text: body, // the shared notes
    textHash: hash,
    actionItems: z.array(actionItem).max(500),
    offRecordPoints: z.number().int().min(0), // the count only: their text never enters the record
    checkerFindingsIgnored,
  })
  .refine(hashMatches, hashMismatch);

const objectiveVersion = z.strictObject({
  objectiveId: id,
  version,
  title: z.string().min(1).max(500),
  measure: body.optional(),
  dueDate: day.optional(),
  state: z.enum(['not_started', 'in_progress', 'completed', 'at_risk', 'dropped']),
  reason: reason.optional(),
  // A manager's change after work started counts as agreed only once acknowledged.
  needsAcknowledgement: z.boolean(),
  checkerFindingsIgnored,
  // The rest of the version, so the record alone tells the whole history.
  kind: z.enum(['created', 'change', 'proposal']).optional(),
  ownerId: id.optional(),
  description: body.optional(),
  startDate: day.optional(),
  weight: z.number().int().min(0).max(100).optional(),
  cycle: z.string().min(1).max(40).optional(),
  meetingId: id.optional(), // the 1:1 in which it was proposed
});

const objectiveAcknowledged = z.strictObject({
  objectiveId: id,
  version,
  // agree: accepted the objective as it stands; the others answer a proposal.
  answer: z.enum(['agree', 'accept', 'accept_with_comment', 'dispute']).optional(),
  comment: z.string().min(1).max(10_000).optional(),
});

// Sending the same week again is a new version of that week's update (absent means version 1).
const weeklyUpdateSent = z
  .strictObject({
    weeklyUpdateId: id,
    weekOf: day,
    version: version.optional(),
    recipientId: id,
    text: body,
    textHash: hash,
    checkerFindingsIgnored,
  })
  .refine(hashMatches, hashMismatch);

// Retention erases an entry's content, never its place: the tombstone names the erased leaf so
// the tree still verifies with the stored leaf hash.
const tombstone = z.strictObject({
  erasedIndex: z.number().int().min(0),
  erasedLeafHash: hash,
  policy: id,
  reason: reason.optional(),
});

function entry<T extends string, D extends z.ZodType>(type: T, data: D) {
  return z.strictObject({
    v: z.literal(1),
    type: z.literal(type),
    orgId: id,
    at: instant,
    actorId: id,
    // Person ids whose record this entry belongs to (both participants, usually): the export
    // of a person's bundle selects on this.
    subjects: z
      .array(id)
      .min(1)
      .max(50)
      .refine((s) => new Set(s).size === s.length, 'subjects must be distinct'),
    data,
  });
}

export const entrySchema = z.discriminatedUnion('type', [
  entry('minutes.sent', minutesSent),
  entry('minutes.confirmed', minutesConfirmed),
  entry('minutes.correction_proposed', correctionProposed),
  entry('minutes.amended', minutesAmended),
  entry('minutes.disputed', minutesDisputed),
  entry('minutes.deemed_accepted', deemedAccepted),
  entry('meeting.closed', meetingClosed),
  entry('objective.version', objectiveVersion),
  entry('objective.acknowledged', objectiveAcknowledged),
  entry('weekly_update.sent', weeklyUpdateSent),
  entry('record.tombstone', tombstone),
]);

export type RecordEntry = z.infer<typeof entrySchema>;
export type RecordEntryType = RecordEntry['type'];
export type EntryData<T extends RecordEntryType> = Extract<RecordEntry, { type: T }>['data'];
export const entryTypes = entrySchema.options.map((o) => o.shape.type.value) as RecordEntryType[];

/**
 * Validates an entry. Accepts the parsed JSON value, or its serialised form (string or bytes:
 * an entry is never itself a string). Throws an Error that names the first problem.
 */
export function parseEntry(json: unknown): RecordEntry {
  let value = json;
  if (typeof json === 'string' || Buffer.isBuffer(json)) {
    try {
      value = JSON.parse(json.toString());
    } catch (e) {
      throw new Error(`record entry: not JSON (${(e as Error).message})`);
    }
  }
  const r = entrySchema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`record entry: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}

/** The bytes that go into the log: validated first, so an invalid entry is never appended. */
export function entryBytes(entry: RecordEntry): Buffer {
  return canonicalBytes(parseEntry(entry));
}
