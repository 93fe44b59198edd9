import type { Db } from '../db/database';
import { entryTextsOf, leafHashesOf, organisationsWithLogs, treeHeadsOf } from '../db/repositories/record.repository';
import { type SignedTreeHead, leafHash, verifyLog } from '../domain/record';

export interface OrgVerification {
  orgId: string;
  ok: boolean;
  entries: number;
  treeHeads: number;
  message: string;
  firstBadIndex?: number;
}

/**
 * Rebuilds every organisation's log from the database and checks it against every signed tree
 * head: those stored in the database plus `extraHeads` (kept outside it, such as the server's
 * tree-heads.jsonl or heads from mailed receipts), so deleting heads from the database hides nothing.
 * One pass over the entry texts; the recorded leaf hashes are read only to name a bad entry and to
 * check entries no head covers yet.
 */
export async function verifyRecord(
  db: Db,
  opts: { publicKeyPem: string; orgId?: string; extraHeads?: SignedTreeHead[] },
): Promise<OrgVerification[]> {
  const orgs = new Set((await organisationsWithLogs(db)).map((o) => o.org_id));
  for (const h of opts.extraHeads ?? []) orgs.add(h.orgId);
  const results: OrgVerification[] = [];
  for (const orgId of [...orgs].sort()) {
    if (opts.orgId && orgId !== opts.orgId) continue;
    const heads = [
      ...(await treeHeadsOf(db, orgId)).map((h) => JSON.parse(h.sth) as SignedTreeHead),
      ...(opts.extraHeads ?? []).filter((h) => h.orgId === orgId),
    ];
    const entries: Buffer[] = [];
    let gap: string | undefined;
    for await (const batch of entryTextsOf(db, orgId)) {
      for (const row of batch) {
        if (row.idx !== entries.length && !gap) gap = `entry ${entries.length} is missing (next is ${row.idx})`;
        entries.push(Buffer.from(row.entry, 'utf8'));
      }
    }
    const base = { orgId, entries: entries.length, treeHeads: heads.length };
    if (gap) {
      results.push({ ...base, ok: false, message: `the log has a hole: ${gap}`, firstBadIndex: entries.length });
      continue;
    }
    const signed = Math.max(0, ...heads.map((h) => h.treeSize));
    let r = verifyLog({ entries, treeHeads: heads, publicKey: opts.publicKeyPem });
    if (!r.ok && r.range) {
      // Name the first altered entry with the leaf hashes recorded at append time.
      const stored = (await leafHashesOf(db, orgId)).map((x) => Buffer.from(x.leaf_hash, 'hex'));
      r = verifyLog({ entries, treeHeads: heads, publicKey: opts.publicKeyPem, expectedLeafHashes: stored });
    }
    if (!r.ok) {
      results.push({ ...base, ok: false, message: r.error, firstBadIndex: r.firstBadIndex });
      continue;
    }
    // Entries after the newest head are not signed yet: check them against their recorded leaf hashes.
    let firstBadIndex: number | undefined;
    for (const x of await leafHashesOf(db, orgId, signed)) {
      if (!leafHash(entries[Number(x.idx)]).equals(Buffer.from(x.leaf_hash, 'hex'))) {
        firstBadIndex = Number(x.idx);
        break;
      }
    }
    if (firstBadIndex !== undefined) {
      results.push({
        ...base,
        ok: false,
        message: `entry ${firstBadIndex} does not match its recorded leaf hash (after the last signed head)`,
        firstBadIndex,
      });
    } else {
      results.push({ ...base, ok: true, message: `${entries.length} entries match ${heads.length} signed tree head(s)` });
    }
  }
  return results;
}
