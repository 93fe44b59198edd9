import type { Db } from '../db/database';
import { entriesOf, organisationsWithLogs, treeHeadsOf } from '../db/repositories/record.repository';
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
    const entries: Buffer[] = [];
    const stored: Buffer[] = [];
    let firstBadIndex: number | undefined;
    let gap: string | undefined;
    for await (const batch of entriesOf(db, orgId)) {
      for (const row of batch) {
        if (row.idx !== entries.length && !gap) gap = `entry ${entries.length} is missing (next is ${row.idx})`;
        const bytes = Buffer.from(row.entry, 'utf8');
        entries.push(bytes);
        stored.push(Buffer.from(row.leaf_hash, 'hex'));
        if (firstBadIndex === undefined && !leafHash(bytes).equals(stored[stored.length - 1])) firstBadIndex = row.idx;
      }
    }
    const heads = [
      ...(await treeHeadsOf(db, orgId)).map((h) => JSON.parse(h.sth) as SignedTreeHead),
      ...(opts.extraHeads ?? []).filter((h) => h.orgId === orgId),
    ];
    const base = { orgId, entries: entries.length, treeHeads: heads.length };
    if (gap) {
      results.push({ ...base, ok: false, message: `the log has a hole: ${gap}`, firstBadIndex: entries.length });
      continue;
    }
    const r = verifyLog({ entries, treeHeads: heads, publicKey: opts.publicKeyPem, expectedLeafHashes: stored });
    if (!r.ok) {
      results.push({ ...base, ok: false, message: r.error, firstBadIndex: r.firstBadIndex ?? firstBadIndex });
    } else if (firstBadIndex !== undefined) {
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
