import type { Db } from '../../db/database';
import { findMeeting, findSeries } from '../../db/repositories/meetings.repository';
import { type MinutesRow, findMinutes, updateMinutes } from '../../db/repositories/minutes.repository';
import { findPersonById } from '../../db/repositories/people.repository';
import { insertPendingReceipt } from '../../db/repositories/record.repository';
import { iso } from '../../domain/dates';
import { conflict, notFound } from '../../domain/errors';
import { newId } from '../../domain/ids';
import { type Minutes, type MinutesContent, type MinutesState, isFinal, minutesText, nextDueAt } from '../../domain/minutes';
import { type RecordEntry, textHash } from '../../domain/record';
import type { OrganisationSettings } from '../../domain/organisation';
import { settingsOf } from '../../queries/meeting-access';
import { findingsIgnored } from './checker';
import { appendRecordEntry } from './record';

export function toMinutes(r: MinutesRow): Minutes {
  return {
    state: r.state as MinutesState,
    authorId: r.author_id,
    recipientId: r.recipient_id,
    revision: r.revision,
    content: JSON.parse(r.content),
    sentAt: r.sent_at,
    deadlineAt: r.deadline_at,
    reminderAt: r.reminder_at,
    remindedAt: r.reminded_at,
    finalAt: r.final_at,
    correction: r.correction ? JSON.parse(r.correction) : null,
    disputedVersion: r.disputed_version ? JSON.parse(r.disputed_version) : null,
  };
}

export function minutesColumns(m: Minutes) {
  return {
    state: m.state,
    revision: m.revision,
    content: JSON.stringify(m.content),
    sent_at: m.sentAt,
    deadline_at: m.deadlineAt,
    reminder_at: m.reminderAt,
    reminded_at: m.remindedAt,
    final_at: m.finalAt,
    correction: m.correction ? JSON.stringify(m.correction) : null,
    disputed_version: m.disputedVersion ? JSON.stringify(m.disputedVersion) : null,
    next_due_at: nextDueAt(m),
  };
}

export interface LoadedMinutes {
  row: MinutesRow;
  minutes: Minutes;
  settings: OrganisationSettings;
  names: Map<string, string>;
  emails: Map<string, string>;
  zones: Map<string, string>;
  seriesId: string;
}

/**
 * Loads minutes for one of their two participants. A draft exists only for its author; anyone
 * else (or another organisation) gets "not found".
 */
export async function loadMinutes(db: Db, opts: { minutesId: string; personId: string; orgId: string }): Promise<LoadedMinutes> {
  const row = await findMinutes(db, opts.minutesId);
  const visible =
    row &&
    row.org_id === opts.orgId &&
    (row.author_id === opts.personId || (row.recipient_id === opts.personId && row.state !== 'draft'));
  if (!row || !visible) throw notFound('These minutes');
  return loadRow(db, row);
}

export async function loadRow(db: Db, row: MinutesRow): Promise<LoadedMinutes> {
  const meeting = await findMeeting(db, row.meeting_id);
  const [author, recipient, settings] = await Promise.all([
    findPersonById(db, row.author_id),
    findPersonById(db, row.recipient_id),
    settingsOf(db, row.org_id),
  ]);
  if (!meeting || !author || !recipient) throw notFound('These minutes');
  const people = [author, recipient];
  return {
    row,
    minutes: toMinutes(row),
    settings,
    seriesId: meeting.series_id,
    names: new Map(people.map((p) => [p.id, p.name])),
    emails: new Map(people.map((p) => [p.id, p.email])),
    zones: new Map(people.map((p) => [p.id, p.time_zone])),
  };
}

/** Saves a transition; a concurrent change (another answer, the sweeper) makes this one lose clearly. */
export async function saveMinutes(db: Db, row: MinutesRow, next: Minutes, now: Date): Promise<void> {
  const ok = await updateMinutes(db, row.id, row.version, { ...minutesColumns(next), updated_at: iso(now) });
  if (!ok)
    throw conflict('These minutes changed a moment ago (answered or updated by someone else). Reload to see where they stand.');
}

export const textOf = (l: LoadedMinutes, content = l.minutes.content) => minutesText(content, (id) => l.names.get(id) ?? id);

/** The texts the author wrote, each as its editor checked it (the findings ignored are counted over these). */
const writtenTexts = (c: MinutesContent): string[] => [
  ...c.agreements,
  ...c.decisions,
  ...c.actionItems.map((a) => a.text),
  ...c.objectiveChanges,
  ...c.feedback,
  c.freeText,
];

function entry(l: LoadedMinutes, actorId: string, now: Date, data: RecordEntry['data'], type: RecordEntry['type']): RecordEntry {
  return {
    v: 1,
    type,
    orgId: l.row.org_id,
    at: iso(now),
    actorId,
    subjects: [l.row.author_id, l.row.recipient_id],
    data,
  } as RecordEntry;
}

/**
 * Appends the record entry for a transition from `l.minutes` to `next`, in the caller's
 * transaction; a final state also owes both participants a receipt.
 */
export async function recordTransition(
  db: Db,
  l: LoadedMinutes,
  next: Minutes,
  opts: { actorId: string; now: Date; reason?: string },
): Promise<number> {
  const id = l.row.id;
  const text = textOf(l, next.content);
  let e: RecordEntry;
  switch (next.state) {
    case 'sent':
      e =
        next.revision === 1
          ? entry(
              l,
              opts.actorId,
              opts.now,
              {
                minutesId: id,
                meetingId: l.row.meeting_id,
                version: 1,
                recipientId: l.row.recipient_id,
                text,
                textHash: textHash(text),
                respondBy: next.deadlineAt as string,
                checkerFindingsIgnored: findingsIgnored(writtenTexts(next.content), l.settings),
              },
              'minutes.sent',
            )
          : entry(
              l,
              opts.actorId,
              opts.now,
              {
                minutesId: id,
                version: next.revision,
                fromVersion: l.minutes.revision,
                text,
                textHash: textHash(text),
                reason: opts.reason ?? 'amended',
                respondBy: next.deadlineAt as string,
                checkerFindingsIgnored: findingsIgnored(writtenTexts(next.content), l.settings),
              },
              'minutes.amended',
            );
      break;
    case 'confirmed':
      e = entry(
        l,
        opts.actorId,
        opts.now,
        { minutesId: id, version: next.revision, textHash: textHash(text) },
        'minutes.confirmed',
      );
      break;
    case 'correction_proposed': {
      const c = next.correction as NonNullable<Minutes['correction']>;
      const ct = textOf(l, c.content);
      e = entry(
        l,
        opts.actorId,
        opts.now,
        {
          minutesId: id,
          version: next.revision,
          correctionId: c.id,
          text: ct,
          textHash: textHash(ct),
          reason: c.reason,
          checkerFindingsIgnored: findingsIgnored(writtenTexts(c.content), l.settings),
        },
        'minutes.correction_proposed',
      );
      break;
    }
    case 'corrected': {
      const c = l.minutes.correction as NonNullable<Minutes['correction']>;
      e = entry(
        l,
        opts.actorId,
        opts.now,
        {
          minutesId: id,
          version: next.revision,
          fromVersion: l.minutes.revision,
          correctionId: c.id,
          text,
          textHash: textHash(text),
          reason: c.reason,
        },
        'minutes.amended',
      );
      break;
    }
    case 'disputed': {
      const c = next.disputedVersion as NonNullable<Minutes['disputedVersion']>;
      e = entry(
        l,
        opts.actorId,
        opts.now,
        {
          minutesId: id,
          version: next.revision,
          correctionId: c.id,
          textHash: textHash(text),
          correctionTextHash: textHash(textOf(l, c.content)),
        },
        'minutes.disputed',
      );
      break;
    }
    case 'deemed_accepted':
      e = entry(
        l,
        opts.actorId,
        opts.now,
        { minutesId: id, version: next.revision, textHash: textHash(text), deadline: next.deadlineAt as string },
        'minutes.deemed_accepted',
      );
      break;
    default:
      throw new Error(`no record entry for minutes in state ${next.state}`);
  }
  const idx = await appendRecordEntry(db, e);
  if (isFinal(next.state))
    await insertPendingReceipt(db, { id: newId(), orgId: l.row.org_id, idx, minutesId: id, createdAt: iso(opts.now) });
  return idx;
}

export async function seriesOfMeeting(db: Db, meetingId: string) {
  const meeting = await findMeeting(db, meetingId);
  const series = meeting ? await findSeries(db, meeting.series_id) : undefined;
  return { meeting, series };
}
