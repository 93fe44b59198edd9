import type { OffRecordPolicy, TemplateView } from '../../common/api/meetings';
import type { Db } from '../db/database';
import { templatesOfOrg } from '../db/repositories/meetings.repository';
import { notFound } from '../domain/errors';
import { BUILT_IN_TEMPLATES } from '../domain/meetings/templates';
import type { Actor } from '../policies/actor';
import { canManageMeetingSettings } from '../policies/meetings.policy';
import { settingsOf } from './meeting-access';

/** Built-in templates, then the organisation's own. */
export async function listMeetingTemplates(db: Db, opts: { actor: Actor }): Promise<TemplateView[]> {
  const own = await templatesOfOrg(db, opts.actor.orgId);
  return [
    ...BUILT_IN_TEMPLATES.map((t) => ({ id: t.id, name: t.name, points: [...t.points], builtIn: true })),
    ...own.map((t) => ({ id: t.id, name: t.name, points: JSON.parse(t.points) as string[], builtIn: false })),
  ];
}

export async function getOffRecordPolicy(db: Db, opts: { actor: Actor }): Promise<OffRecordPolicy> {
  if (!canManageMeetingSettings(opts.actor)) throw notFound('This page');
  const s = await settingsOf(db, opts.actor.orgId);
  return { neverOffRecord: s.neverOffRecord, keepOffRecordFact: s.keepOffRecordFact };
}
