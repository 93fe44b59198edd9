import type { Db } from '../../db/database';
import { findMeeting } from '../../db/repositories/meetings.repository';
import { formatDay, formatInstant } from '../../domain/dates';
import type { Minutes } from '../../domain/minutes';
import { minutesAnsweredMail, minutesReminderMail, minutesSentMail } from '../../emails/templates';
import { queueMail } from '../../emails/outbox';
import type { CommandContext } from '../context';
import { issueLink } from './links';
import { type LoadedMinutes, textOf } from './minutes';

/** Mails the recipient the minutes with a signed link to answer that expires at the deadline. */
export async function mailMinutesToRecipient(
  db: Db,
  ctx: CommandContext,
  l: LoadedMinutes,
  next: Minutes,
  kind: 'sent' | 'amended' | 'reminder',
  now: Date,
) {
  const r = next.recipientId;
  const zone = l.zones.get(r) ?? 'UTC';
  const meeting = await findMeeting(db, l.row.meeting_id);
  const link = await issueLink(db, {
    ...ctx,
    kind: 'minutes_answer',
    orgId: l.row.org_id,
    personId: r,
    subjectId: l.row.id,
    now,
    expiresAt: new Date(next.deadlineAt as string),
  });
  const a = {
    recipient: l.names.get(r) ?? '',
    author: l.names.get(next.authorId) ?? '',
    meetingDate: formatDay(meeting?.starts_at ?? l.row.created_at, zone),
    minutes: textOf(l, next.content),
    url: link.url,
    deadline: formatInstant(next.deadlineAt as string, zone),
  };
  const content = kind === 'reminder' ? minutesReminderMail(a) : minutesSentMail({ ...a, amended: kind === 'amended' });
  await queueMail(db, { orgId: l.row.org_id, to: l.emails.get(r) ?? '', content, smtp: ctx.smtpConfigured, now });
}

/** Tells the author how the other participant answered. */
export async function mailAnswerToAuthor(db: Db, ctx: CommandContext, l: LoadedMinutes, answer: string, now: Date) {
  const a = l.minutes.authorId;
  const meeting = await findMeeting(db, l.row.meeting_id);
  const content = minutesAnsweredMail({
    author: l.names.get(a) ?? '',
    recipient: l.names.get(l.minutes.recipientId) ?? '',
    meetingDate: formatDay(meeting?.starts_at ?? l.row.created_at, l.zones.get(a) ?? 'UTC'),
    answer,
    url: `${ctx.publicUrl}/minutes/${l.row.id}`,
  });
  await queueMail(db, { orgId: l.row.org_id, to: l.emails.get(a) ?? '', content, smtp: ctx.smtpConfigured, now });
}
