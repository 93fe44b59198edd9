import type { WeeklyContentInput, WeeklyUpdateView, WaitingItemView } from '../../../common/api/weekly';
import type { Db } from '../../db/database';
import {
  asksOf,
  commentsOf,
  findUpdate,
  insertMails,
  insertNotices,
  namesOf,
  versionsOf,
} from '../../db/repositories/weekly.repository';
import type { AskRow, NewNotice, WaitingItemRow, WeeklyUpdateRow } from '../../db/weekly.schema';
import { iso, localDate } from '../../domain/dates';
import { notFound } from '../../domain/errors';
import { newId } from '../../domain/ids';
import { daysBetween, waitingAge, weekName, weekRange } from '../../domain/weekly';
import type { MailContent } from '../../emails/templates';
import type { Actor } from '../../policies/actor';
import {
  type WeeklySubject,
  canAcknowledgeWeeklyUpdate,
  canCommentWeeklyUpdate,
  canReadWeeklyUpdate,
  canWriteWeeklyUpdate,
  isWeeklyManager,
} from '../../policies/weekly.policy';

// Pieces shared by the weekly-update commands and queries: loading an update for a reader,
// presenting it, and queuing mail and notices in bulk in the caller's transaction.

export const subjectOf = (row: WeeklyUpdateRow): WeeklySubject => ({
  orgId: row.org_id,
  authorId: row.author_id,
  managerId: row.manager_id,
  sent: row.state === 'sent',
});

/** An update for someone who may read it; "not found" for everybody else, whether it exists or not. */
export async function loadUpdateFor(db: Db, actor: Actor, id: string): Promise<WeeklyUpdateRow> {
  const row = await findUpdate(db, id);
  if (!row || !canReadWeeklyUpdate(actor, subjectOf(row))) throw notFound('This weekly update');
  return row;
}

export const parseContent = (json: string): WeeklyContentInput => JSON.parse(json) as WeeklyContentInput;

export function presentWaiting(w: WaitingItemRow, today: string, nameOf: (id: string) => string): WaitingItemView {
  const age = daysBetween(w.since, w.closed_at ? w.closed_at.slice(0, 10) : today);
  return {
    id: w.id,
    what: w.what,
    fromPersonId: w.from_person_id,
    fromText: w.from_text,
    fromLabel: w.from_person_id ? nameOf(w.from_person_id) : (w.from_text ?? ''),
    since: w.since,
    chased: w.chased === 1,
    ageDays: age,
    ageLabel: waitingAge(age),
    closedAt: w.closed_at,
  };
}

export const presentAsk = (a: AskRow) => ({
  id: a.id,
  text: a.text,
  escalation: a.escalation === 1,
  answer: a.answer,
  answeredAt: a.answered_at,
  withdrawn: a.withdrawn_at !== null,
  agendaMeetingId: a.agenda_meeting_id,
});

/** An update as its reader sees it, with what they may do (the UI shows exactly that). */
export async function presentUpdate(db: Db, row: WeeklyUpdateRow, actor: Actor, now: Date): Promise<WeeklyUpdateView> {
  const subject = subjectOf(row);
  const manager = isWeeklyManager(actor, subject);
  const [versions, asks, comments] = await Promise.all([versionsOf(db, row.id), asksOf(db, row.id), commentsOf(db, row.id)]);
  const content = parseContent(row.content);
  const personIds = [row.author_id, ...(row.manager_id ? [row.manager_id] : [])];
  for (const w of content.waitingOn) if (w.fromPersonId) personIds.push(w.fromPersonId);
  const names = new Map((await namesOf(db, [...new Set(personIds)])).map((p) => [p.id, p.name]));
  const nameOf = (id: string) => names.get(id) ?? 'someone';
  // A sent row holds the last sent content; a draft its working copy.
  const latest = versions[0];
  const shown = content;
  const today = localDate(now, actor.timeZone);
  return {
    id: row.id,
    week: row.week_of,
    weekName: weekName(row.week_of),
    weekRange: weekRange(row.week_of),
    author: { id: row.author_id, name: nameOf(row.author_id) },
    manager: row.manager_id ? { id: row.manager_id, name: nameOf(row.manager_id) } : null,
    state: row.state,
    version: row.version,
    content: shown,
    text: latest?.text ?? '',
    sentAt: row.sent_at,
    readAt: row.read_at,
    acknowledgedAt: row.acknowledged_at,
    versions: versions.map((v) => ({ version: v.version, sentAt: v.sent_at, text: v.text })),
    asks: asks.map(presentAsk),
    waiting: shown.waitingOn.map((w) => ({
      id: w.id ?? '',
      what: w.what,
      fromPersonId: w.fromPersonId,
      fromText: w.fromText,
      fromLabel: w.fromPersonId ? nameOf(w.fromPersonId) : (w.fromText ?? ''),
      since: w.since,
      chased: w.chased,
      ageDays: daysBetween(w.since, today),
      ageLabel: waitingAge(daysBetween(w.since, today)),
      closedAt: null,
    })),
    comments: comments.map((c) => ({ id: c.id, author: { id: c.author_id, name: c.name }, text: c.text, at: c.created_at })),
    abilities: {
      edit: canWriteWeeklyUpdate(actor, subject),
      acknowledge: canAcknowledgeWeeklyUpdate(actor, subject) && row.acknowledged_at === null,
      comment: canCommentWeeklyUpdate(actor, subject),
      answerAsks: manager,
    },
  };
}

/** Queues mails in the caller's transaction (the transactional outbox, several at once). */
export async function queueMails(
  db: Db,
  smtp: boolean,
  now: Date,
  mails: Array<{ orgId: string; to: string; content: MailContent }>,
): Promise<void> {
  await insertMails(
    db,
    mails.map((m) => ({
      id: newId(),
      org_id: m.orgId,
      to_address: m.to,
      subject: m.content.subject,
      text_body: m.content.text,
      html_body: m.content.html,
      transport: smtp ? 'smtp' : 'outbox',
      created_at: iso(now),
      sent_at: null,
      attempts: 0,
      error: null,
    })),
  );
}

export async function addNotice(db: Db, n: Omit<NewNotice, 'id' | 'read_at'>): Promise<void> {
  await insertNotices(db, [{ ...n, id: newId(), read_at: null }]);
}

export const updateUrl = (publicUrl: string, id: string) => `${publicUrl}/weekly/updates/${id}`;
