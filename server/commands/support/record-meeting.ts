import { type RecordEntry, textHash } from '../../domain/record';

/** What the record needs of a closed meeting (a structural subset of close-meeting's snapshot). */
export interface ClosedMeetingForRecord {
  meetingId: string;
  seriesId: string;
  orgId: string;
  managerId: string;
  reportId: string;
  closedAt: string;
  closedBy: string;
  notes: string;
  talkingPoints: Array<{ text: string; notes: string; discussed: boolean }>;
  offRecordPointCount: number;
  actionItems: Array<{ id: string; text: string; ownerId: string; dueOn: string | null; state: string }>;
  /** Documentation-checker findings left in the shared notes when the meeting closed (a count only). */
  checkerFindingsIgnored?: number;
}

/** The shared part of a closed meeting as Markdown: on-record talking points, their notes, the meeting notes. */
export function sharedNotesText(s: ClosedMeetingForRecord): string {
  const points = s.talkingPoints.map(
    (p) =>
      `- ${p.discussed ? '[discussed] ' : ''}${p.text}${p.notes.trim() ? `\n  ${p.notes.trim().replaceAll('\n', '\n  ')}` : ''}`,
  );
  return [points.length ? `## Talking points\n${points.join('\n')}` : '', s.notes.trim() ? `## Notes\n${s.notes.trim()}` : '']
    .filter(Boolean)
    .join('\n\n');
}

/** The record entry of a closed meeting: shared notes and action items; off-the-record points only counted. */
export function meetingClosedEntry(s: ClosedMeetingForRecord): RecordEntry {
  const text = sharedNotesText(s);
  return {
    v: 1,
    type: 'meeting.closed',
    orgId: s.orgId,
    at: s.closedAt,
    actorId: s.closedBy,
    subjects: [s.managerId, s.reportId],
    data: {
      meetingId: s.meetingId,
      seriesId: s.seriesId,
      text,
      textHash: textHash(text),
      actionItems: s.actionItems.map((a) => ({
        actionItemId: a.id,
        text: a.text,
        ownerId: a.ownerId,
        ...(a.dueOn ? { dueDate: a.dueOn } : {}),
        state: a.state as 'open' | 'done' | 'dropped',
      })),
      offRecordPoints: s.offRecordPointCount,
      ...(s.checkerFindingsIgnored === undefined ? {} : { checkerFindingsIgnored: s.checkerFindingsIgnored }),
    },
  };
}
