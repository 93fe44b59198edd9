import crypto from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Db } from '../db/database';
import {
  findFeedByTokenHash,
  findFeedOfPerson,
  pendingMeetingsOfSeries,
  seriesOfPerson,
  pairsInForce,
} from '../db/repositories/meetings.repository';
import { findPersonById } from '../db/repositories/people.repository';
import { iso, localDate } from '../domain/dates';
import { notFound } from '../domain/errors';
import { endOf, occurrencesBetween } from '../domain/meetings/cadence';
import { vtimezone } from '../domain/meetings/vtimezone';
import type { Actor } from '../policies/actor';
import { scheduleOf } from './meeting-access';

const WEEKS_AHEAD = 26;

export async function getCalendarFeedStatus(db: Db, opts: { actor: Actor }) {
  const feed = await findFeedOfPerson(db, opts.actor.personId);
  return { active: !!feed, createdAt: feed?.created_at ?? null };
}

/**
 * The person's private feed (RFC 5545): their upcoming 1:1s for the next half year, each in its
 * series' time zone with a VTIMEZONE. Titles and times only — no agenda, notes or names of topics,
 * since a feed URL ends up in calendar apps. An unknown or revoked token is "not found".
 */
export async function getCalendarFeed(db: Db, opts: { token: string; now: Date; publicUrl: string }): Promise<string> {
  const hash = crypto.createHash('sha256').update(opts.token).digest('hex');
  const feed = await findFeedByTokenHash(db, hash);
  const person = feed ? await findPersonById(db, feed.person_id) : undefined;
  if (!feed || !person || person.status === 'deactivated') throw notFound('This calendar feed');
  const now = opts.now;
  const from = iso(new Date(now.getTime() - 7 * 86_400_000));
  const to = iso(new Date(now.getTime() + WEEKS_AHEAD * 7 * 86_400_000));
  const all = await seriesOfPerson(db, person.id);
  const pairs = await pairsInForce(db, [...new Set(all.map((s) => s.report_id))], localDate(now, person.time_zone));
  const series = all.filter((s) => pairs.has(`${s.manager_id}|${s.report_id}`));
  const stored = await pendingMeetingsOfSeries(
    db,
    series.map((s) => s.id),
    from,
  );
  const year = now.getUTCFullYear();
  const cal = ical({
    name: `OnRecord 1:1s — ${person.name}`,
    prodId: { company: 'OnRecord', product: 'OnRecord', language: 'EN' },
    timezone: { name: person.time_zone, generator: (tz: string) => vtimezone(tz, year - 1, year + 1) },
    ttl: 3600,
  });
  const base = opts.publicUrl.replace(/\/$/, '');
  for (const s of series) {
    const schedule = scheduleOf(s);
    const rows = stored.filter((m) => m.series_id === s.id);
    const byDate = new Map(rows.filter((m) => m.occurrence_date).map((m) => [m.occurrence_date as string, m]));
    const events: Array<{ uid: string; startsAt: string; duration: number; url: string; cancelled: boolean }> = [];
    for (const o of occurrencesBetween(schedule, from, to, 200)) {
      const m = byDate.get(o.date);
      if (m?.status === 'closed') continue;
      events.push({
        uid: `${s.id}-${o.date}@onrecord`,
        startsAt: m?.starts_at ?? o.startsAt,
        duration: m?.duration_minutes ?? schedule.durationMinutes,
        url: m ? `${base}/meetings/${m.id}` : `${base}/series/${s.id}`,
        cancelled: m?.status === 'skipped',
      });
    }
    for (const m of rows) {
      if (m.occurrence_date !== null || m.status !== 'scheduled' || m.starts_at < from || m.starts_at >= to) continue;
      events.push({
        uid: `${m.id}@onrecord`,
        startsAt: m.starts_at,
        duration: m.duration_minutes,
        url: `${base}/meetings/${m.id}`,
        cancelled: false,
      });
    }
    const other = person.id === s.manager_id ? s.report_name : s.manager_name;
    for (const e of events) {
      cal.createEvent({
        id: e.uid,
        start: DateTime.fromISO(e.startsAt).setZone(s.time_zone),
        end: DateTime.fromISO(endOf(e.startsAt, e.duration)).setZone(s.time_zone),
        timezone: s.time_zone,
        summary: `1:1 with ${other}`,
        url: e.url,
        stamp: now,
        status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
  }
  return cal.toString();
}
