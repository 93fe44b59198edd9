import type { Db } from '../../db/database';
import { insertEntry, reserveIndex } from '../../db/repositories/record.repository';
import { type RecordEntry, entryBytes, leafHash } from '../../domain/record';

/**
 * Appends an entry to its organisation's log, in the caller's transaction: the change and its
 * record entry commit together or not at all (never from a hook, always explicitly).
 */
export async function appendRecordEntry(db: Db, entry: RecordEntry): Promise<number> {
  const bytes = entryBytes(entry); // validates: an invalid entry is never appended
  const idx = await reserveIndex(db, entry.orgId);
  await insertEntry(db, {
    orgId: entry.orgId,
    idx,
    type: entry.type,
    entry: bytes.toString('utf8'),
    leafHash: leafHash(bytes).toString('hex'),
    createdAt: entry.at,
    subjects: entry.subjects,
  });
  return idx;
}
