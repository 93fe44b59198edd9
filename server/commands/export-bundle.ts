import { findPersonById } from '../db/repositories/people.repository';
import { insertTreeHead, treeHeadsOf } from '../db/repositories/record.repository';
import { notFound } from '../domain/errors';
import { newId } from '../domain/ids';
import { type Bundle, type SignedTreeHead, buildBundle } from '../domain/record';
import type { Actor } from '../policies/actor';
import { canExportRecord } from '../policies/record.policy';
import type { CommandContext } from './context';
import { loadTree } from './sign-tree-heads';

/**
 * A person's bundle: the entries about them with inclusion proofs, every signed head with
 * consistency proofs, and a head signed now (stored too: every export is a signing point).
 * `actor` is absent only for the operator's CLI.
 */
export async function exportBundle(ctx: CommandContext, opts: { personId: string; actor?: Actor; now: Date }): Promise<Bundle> {
  const person = await findPersonById(ctx.db, opts.personId);
  if (!person || (opts.actor && !canExportRecord(opts.actor, { personId: person.id, orgId: person.org_id })))
    throw notFound('This record');
  const { entries } = await loadTree(ctx, person.org_id);
  const heads = (await treeHeadsOf(ctx.db, person.org_id)).map((h) => JSON.parse(h.sth) as SignedTreeHead);
  const bundle = buildBundle({
    orgId: person.org_id,
    personId: person.id,
    exportedAt: opts.now.toISOString(),
    privateKey: ctx.signingKey.privateKey,
    publicKeyPem: ctx.signingKey.publicKeyPem,
    allEntries: entries,
    treeHeads: heads,
  });
  const head = bundle.treeHeads[bundle.treeHeads.length - 1];
  await insertTreeHead(ctx.db, {
    id: newId(),
    orgId: person.org_id,
    treeSize: head.treeSize,
    sth: JSON.stringify(head),
    signedAt: head.timestamp,
  });
  ctx.onTreeHeadSigned?.(head);
  return bundle;
}
