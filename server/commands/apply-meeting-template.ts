import { findMeeting, findSeries, findTemplate } from '../db/repositories/meetings.repository';
import { notFound } from '../domain/errors';
import { BUILT_IN_TEMPLATES } from '../domain/meetings/templates';
import type { Actor } from '../policies/actor';
import { objectivesReviewPoints } from '../queries/objectives-for-weekly-update';
import { addTalkingPoints } from './add-talking-point';
import type { CommandContext } from './context';

/** Adds a template's suggested talking points to a meeting, authored by the actor. */
export async function applyMeetingTemplate(
  ctx: CommandContext,
  opts: { actor: Actor; meetingId: string; templateId: string; now: Date },
): Promise<string[]> {
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === opts.templateId);
  let points = builtIn?.points;
  if (!points) {
    const row = await findTemplate(ctx.db, opts.templateId);
    if (!row || row.org_id !== opts.actor.orgId) throw notFound('This template');
    points = JSON.parse(row.points) as string[];
  }
  if (opts.templateId === 'builtin:quarterly') {
    // The quarterly review pulls in every open objective of the report (addTalkingPoints authorises).
    const meeting = await findMeeting(ctx.db, opts.meetingId);
    const series = meeting && meeting.org_id === opts.actor.orgId ? await findSeries(ctx.db, meeting.series_id) : undefined;
    if (series) points = [...points, ...(await objectivesReviewPoints(ctx.db, { personId: series.report_id, now: opts.now }))];
  }
  return addTalkingPoints(ctx, {
    actor: opts.actor,
    meetingId: opts.meetingId,
    points: points.map((text) => ({ text })),
    now: opts.now,
  });
}
