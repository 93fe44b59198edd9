import type { WeeklyContentInput } from '../../common/api/weekly';
import {
  asksOf,
  findWaiting,
  insertAsks,
  insertVersion,
  insertWaiting,
  managerOn,
  namesOf,
  updateAsk,
  updateUpdate,
  updateWaiting,
} from '../db/repositories/weekly.repository';
import type { AskRow } from '../db/weekly.schema';
import { iso, localDate } from '../domain/dates';
import { conflict, invalid } from '../domain/errors';
import { newId } from '../domain/ids';
import { textHash } from '../domain/record';
import {
  assertSendable,
  assertWritableWeek,
  invalidWeekly,
  normaliseContent,
  weekName,
  weekRange,
  weeklyText,
} from '../domain/weekly';
import { weeklyUpdateMail } from '../emails/weekly-templates';
import type { Actor } from '../policies/actor';
import type { CommandContext } from './context';
import { updateRowOfWeek } from './save-weekly-draft';
import { findingsIgnored } from './support/checker';
import { appendRecordEntry } from './support/record';
import { settingsOf } from '../queries/meeting-access';
import { addNotice, queueMails, updateUrl } from './support/weekly';

/**
 * Sends the author's update for a week to their manager: on the record (weekly_update.sent, both
 * as subjects), in the manager's app and by mail with the update in it. Sending the same week again
 * makes a new version of that week's update. One transaction: all of it, or nothing (bad input
 * writes nothing, not even the draft).
 */
export async function sendWeeklyUpdate(
  ctx: CommandContext,
  opts: { actor: Actor; week: string; content: WeeklyContentInput; now: Date },
): Promise<string> {
  const { actor, now } = opts;
  assertWritableWeek(opts.week, now, actor.timeZone);
  const today = localDate(now, actor.timeZone);
  const content = normaliseContent(opts.content);
  assertSendable(content, today);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const manager = await managerOn(trx, actor.personId, today);
    if (!manager)
      throw conflict('You have no manager on record to send your update to. Ask an admin to set your reporting line.');
    // Named people must be of the organisation.
    const named = [...new Set(content.waitingOn.map((w) => w.fromPersonId).filter((x): x is string => !!x))];
    const found = await namesOf(trx, named);
    const names = new Map(found.filter((p) => p.org_id === actor.orgId).map((p) => [p.id, p.name]));
    const unknown = content.waitingOn.findIndex((w) => w.fromPersonId && !names.has(w.fromPersonId));
    if (unknown >= 0)
      throw invalidWeekly(
        `waitingOn.${unknown}.fromPersonId: not a person of your organisation; name a team or supplier as text instead.`,
        [{ path: `waitingOn.${unknown}.fromPersonId`, message: 'not a person of your organisation' }],
      );
    names.set(actor.personId, actor.name);

    const row = await updateRowOfWeek(trx, actor, opts.week, content, now);
    const at = iso(now);

    // Waiting-on items live across weeks: an item from an earlier week is updated, a new one is created.
    const waitingOn = [];
    for (const w of content.waitingOn) {
      const existing = w.id ? await findWaiting(trx, w.id) : undefined;
      if (w.id && (!existing || existing.author_id !== actor.personId))
        throw invalid(`waitingOn: item ${w.id} is not one of your open waiting-on items.`);
      if (existing) {
        if (existing.closed_at) throw conflict(`"${existing.what}" was closed; add it again as a new item if it is open again.`);
        await updateWaiting(trx, existing.id, {
          what: w.what,
          from_person_id: w.fromPersonId,
          from_text: w.fromText,
          since: w.since,
          chased: w.chased ? 1 : 0,
          updated_at: at,
        });
        waitingOn.push(w);
      } else {
        const wid = newId();
        await insertWaiting(trx, [
          {
            id: wid,
            org_id: actor.orgId,
            author_id: actor.personId,
            what: w.what,
            from_person_id: w.fromPersonId,
            from_text: w.fromText,
            since: w.since,
            chased: w.chased ? 1 : 0,
            closed_at: null,
            created_at: at,
            updated_at: at,
          },
        ]);
        waitingOn.push({ ...w, id: wid });
      }
    }

    // Asks: kept across versions by id; an ask dropped from a new version is withdrawn.
    const previous = new Map((await asksOf(trx, row.id)).map((a) => [a.id, a]));
    const asks = [];
    const fresh: AskRow[] = [];
    for (const a of content.asks) {
      const old = a.id ? previous.get(a.id) : undefined;
      if (old) {
        previous.delete(old.id);
        const reopen = old.answered_at === null;
        await updateAsk(trx, old.id, old.lock, {
          text: a.text,
          escalation: a.escalation ? 1 : 0,
          withdrawn_at: null,
          next_agenda_check_at: reopen && a.escalation && !old.agenda_point_id ? at : null,
          updated_at: at,
        });
        asks.push(a);
      } else {
        const aid = newId();
        fresh.push({
          id: aid,
          org_id: actor.orgId,
          update_id: row.id,
          author_id: actor.personId,
          manager_id: manager.id,
          text: a.text,
          escalation: a.escalation ? 1 : 0,
          answer: null,
          answered_at: null,
          withdrawn_at: null,
          agenda_point_id: null,
          agenda_meeting_id: null,
          next_agenda_check_at: a.escalation ? at : null,
          lock: 0,
          created_at: at,
          updated_at: at,
        });
        asks.push({ ...a, id: aid });
      }
    }
    await insertAsks(trx, fresh);
    for (const gone of previous.values())
      if (!gone.withdrawn_at)
        await updateAsk(trx, gone.id, gone.lock, { withdrawn_at: at, next_agenda_check_at: null, updated_at: at });

    const sent: WeeklyContentInput = { ...content, waitingOn, asks };
    const text = weeklyText(sent, { monday: opts.week, today, nameOf: (pid) => names.get(pid) ?? pid });
    const version = row.version + 1;
    const settings = await settingsOf(trx, actor.orgId);
    const idx = await appendRecordEntry(trx, {
      v: 1,
      type: 'weekly_update.sent',
      orgId: actor.orgId,
      at,
      actorId: actor.personId,
      subjects: [actor.personId, manager.id],
      data: {
        weeklyUpdateId: row.id,
        weekOf: opts.week,
        version,
        recipientId: manager.id,
        text,
        textHash: textHash(text),
        // Counted over what the editor checked: the progress lines (one field) and the notes.
        checkerFindingsIgnored: findingsIgnored([sent.progress.join('\n'), sent.notes], settings),
      },
    });
    await insertVersion(trx, { update_id: row.id, version, content: JSON.stringify(sent), text, sent_at: at, record_idx: idx });
    const ok = await updateUpdate(trx, row.id, row.lock, {
      state: 'sent',
      version,
      manager_id: manager.id,
      content: JSON.stringify(sent),
      text,
      sent_at: at,
      // A new version is read and acknowledged afresh.
      read_at: null,
      acknowledged_at: null,
      updated_at: at,
    });
    if (!ok) throw conflict('This update changed a moment ago (sent from another tab?). Reload to see the latest.');

    const week = `week ${weekName(opts.week).slice(6)} (${weekRange(opts.week)})`;
    const escalations = sent.asks.filter((a) => a.escalation).length;
    await queueMails(trx, ctx.smtpConfigured, now, [
      {
        orgId: actor.orgId,
        to: manager.email,
        content: weeklyUpdateMail({
          manager: manager.name,
          author: actor.name,
          week,
          text,
          url: updateUrl(ctx.publicUrl, row.id),
          version,
          escalations,
        }),
      },
    ]);
    await addNotice(trx, {
      org_id: actor.orgId,
      person_id: manager.id,
      kind: 'received',
      update_id: row.id,
      week_of: opts.week,
      text: `${actor.name} sent their weekly update for ${week}${version > 1 ? ` (version ${version})` : ''}.`,
      created_at: at,
    });
    return row.id;
  });
  ctx.onMailQueued?.();
  return id;
}
