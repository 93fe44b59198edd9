import { entriesOf, insertTreeHead, latestTreeHead, organisationsWithLogs } from '../db/repositories/record.repository';
import { newId } from '../domain/ids';
import { MerkleTree, type SignedTreeHead, signTreeHead } from '../domain/record';
import type { CommandContext } from './context';

export const TREE_HEAD_INTERVAL_MS = 24 * 3600 * 1000;

/** Loads an organisation's log as a Merkle tree (leaf hashes as stored; verify checks them). */
export async function loadTree(ctx: Pick<CommandContext, 'db'>, orgId: string): Promise<{ tree: MerkleTree; entries: Buffer[] }> {
  const tree = new MerkleTree();
  const entries: Buffer[] = [];
  for await (const batch of entriesOf(ctx.db, orgId)) {
    for (const row of batch) {
      if (row.idx !== tree.size) throw new Error(`record of ${orgId}: entry ${tree.size} is missing (found ${row.idx})`);
      entries.push(Buffer.from(row.entry, 'utf8'));
      tree.append(Buffer.from(row.leaf_hash, 'hex'));
    }
  }
  return { tree, entries };
}

/** Signs and stores a tree head at the log's current size. */
export async function signTreeHeadNow(
  ctx: CommandContext,
  opts: { orgId: string; now: Date; tree?: MerkleTree },
): Promise<{ sth: SignedTreeHead; tree: MerkleTree }> {
  const tree = opts.tree ?? (await loadTree(ctx, opts.orgId)).tree;
  const sth = signTreeHead(
    { v: 1, orgId: opts.orgId, treeSize: tree.size, rootHash: tree.root().toString('hex'), timestamp: opts.now.toISOString() },
    ctx.signingKey.privateKey,
  );
  await insertTreeHead(ctx.db, {
    id: newId(),
    orgId: opts.orgId,
    treeSize: sth.treeSize,
    sth: JSON.stringify(sth),
    signedAt: sth.timestamp,
  });
  ctx.onTreeHeadSigned?.(sth);
  return { sth, tree };
}

/** At least daily: signs a head for every organisation whose last head is older than the interval. */
export async function signDueTreeHeads(ctx: CommandContext, opts: { now: Date }): Promise<number> {
  let signed = 0;
  for (const { org_id } of await organisationsWithLogs(ctx.db)) {
    const last = await latestTreeHead(ctx.db, org_id);
    if (last && opts.now.getTime() - Date.parse(last.signed_at) < TREE_HEAD_INTERVAL_MS) continue;
    await signTreeHeadNow(ctx, { orgId: org_id, now: opts.now });
    signed++;
  }
  return signed;
}
