import type { Kysely } from 'kysely';
import type { Database } from '../schema';

type Q = Kysely<Database>;

/**
 * Reserves the next leaf index of an organisation's log. The row update takes the row lock on
 * PostgreSQL (and SQLite serialises writers), so concurrent appends get distinct, gapless indexes.
 */
export async function reserveIndex(db: Q, orgId: string): Promise<number> {
  const bump = () =>
    db
      .updateTable('record_logs')
      .set((eb) => ({ size: eb('size', '+', 1) }))
      .where('org_id', '=', orgId)
      .returning('size')
      .executeTakeFirst();
  let row = await bump();
  if (!row) {
    // The organisation's first entry: create its log row (a racing first append does the same).
    await db
      .insertInto('record_logs')
      .values({ org_id: orgId, size: 0 })
      .onConflict((oc) => oc.column('org_id').doNothing())
      .execute();
    row = await bump();
  }
  return Number(row?.size) - 1;
}

export async function insertEntry(
  db: Q,
  e: { orgId: string; idx: number; type: string; entry: string; leafHash: string; createdAt: string; subjects: string[] },
) {
  await db
    .insertInto('record_entries')
    .values({ org_id: e.orgId, idx: e.idx, type: e.type, entry: e.entry, leaf_hash: e.leafHash, created_at: e.createdAt })
    .execute();
  if (e.subjects.length) {
    await db
      .insertInto('record_subjects')
      .values(e.subjects.map((p) => ({ org_id: e.orgId, person_id: p, idx: e.idx })))
      .execute();
  }
}

export async function logSize(db: Q, orgId: string): Promise<number> {
  const row = await db.selectFrom('record_logs').select('size').where('org_id', '=', orgId).executeTakeFirst();
  return row ? Number(row.size) : 0;
}

/** Entries in index order, `batch` at a time (a log can be larger than memory wants at once). */
export async function* entriesOf(
  db: Q,
  orgId: string,
  batch = 20_000,
): AsyncGenerator<{ idx: number; entry: string; leaf_hash: string }[]> {
  let from = 0;
  for (;;) {
    const rows = await db
      .selectFrom('record_entries')
      .select(['idx', 'entry', 'leaf_hash'])
      .where('org_id', '=', orgId)
      .where('idx', '>=', from)
      .orderBy('idx')
      .limit(batch)
      .execute();
    if (rows.length === 0) return;
    yield rows.map((r) => ({ ...r, idx: Number(r.idx) }));
    from = Number(rows[rows.length - 1].idx) + 1;
  }
}

export function leafHashesOf(db: Q, orgId: string, fromIdx = 0) {
  return db
    .selectFrom('record_entries')
    .select(['idx', 'leaf_hash'])
    .where('org_id', '=', orgId)
    .where('idx', '>=', fromIdx)
    .orderBy('idx')
    .execute();
}

/** Entry texts only, in index order and batches (verification reads nothing else in its main pass). */
export async function* entryTextsOf(db: Q, orgId: string, batch = 50_000): AsyncGenerator<{ idx: number; entry: string }[]> {
  let from = 0;
  for (;;) {
    const rows = await db
      .selectFrom('record_entries')
      .select(['idx', 'entry'])
      .where('org_id', '=', orgId)
      .where('idx', '>=', from)
      .orderBy('idx')
      .limit(batch)
      .execute();
    if (rows.length === 0) return;
    yield rows.map((r) => ({ idx: Number(r.idx), entry: r.entry }));
    from = Number(rows[rows.length - 1].idx) + 1;
  }
}

export function subjectIndexes(db: Q, orgId: string, personId: string) {
  return db
    .selectFrom('record_subjects')
    .select('idx')
    .where('person_id', '=', personId)
    .where('org_id', '=', orgId)
    .orderBy('idx')
    .execute()
    .then((rows) => rows.map((r) => Number(r.idx)));
}

export async function insertTreeHead(db: Q, h: { id: string; orgId: string; treeSize: number; sth: string; signedAt: string }) {
  await db
    .insertInto('tree_heads')
    .values({ id: h.id, org_id: h.orgId, tree_size: h.treeSize, sth: h.sth, signed_at: h.signedAt })
    .execute();
}

export function treeHeadsOf(db: Q, orgId: string) {
  return db
    .selectFrom('tree_heads')
    .select(['sth', 'tree_size', 'signed_at'])
    .where('org_id', '=', orgId)
    .orderBy('tree_size')
    .orderBy('signed_at')
    .execute();
}

export function latestTreeHead(db: Q, orgId: string) {
  return db
    .selectFrom('tree_heads')
    .select(['sth', 'tree_size', 'signed_at'])
    .where('org_id', '=', orgId)
    .orderBy('signed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function organisationsWithLogs(db: Q) {
  return db.selectFrom('record_logs').select(['org_id', 'size']).orderBy('org_id').execute();
}

export async function insertPendingReceipt(
  db: Q,
  r: { id: string; orgId: string; idx: number; minutesId: string; createdAt: string },
) {
  await db
    .insertInto('pending_receipts')
    .values({ id: r.id, org_id: r.orgId, idx: r.idx, minutes_id: r.minutesId, created_at: r.createdAt })
    .execute();
}

export function pendingReceipts(db: Q, orgId: string) {
  return db.selectFrom('pending_receipts').selectAll().where('org_id', '=', orgId).orderBy('idx').execute();
}

export function orgsWithPendingReceipts(db: Q) {
  return db.selectFrom('pending_receipts').select('org_id').distinct().execute();
}

export async function deletePendingReceipt(db: Q, id: string) {
  await db.deleteFrom('pending_receipts').where('id', '=', id).execute();
}

export async function insertAccess(
  db: Q,
  a: { id: string; orgId: string; personId: string; readerId: string; readerRole: string; what: string; at: string },
) {
  await db
    .insertInto('access_log')
    .values({
      id: a.id,
      org_id: a.orgId,
      person_id: a.personId,
      reader_id: a.readerId,
      reader_role: a.readerRole,
      what: a.what,
      at: a.at,
    })
    .execute();
}

export function accessesOf(db: Q, personId: string) {
  return db
    .selectFrom('access_log')
    .innerJoin('people', 'people.id', 'access_log.reader_id')
    .select([
      'access_log.id',
      'access_log.reader_role as readerRole',
      'access_log.what',
      'access_log.at',
      'people.name as readerName',
    ])
    .where('access_log.person_id', '=', personId)
    .orderBy('access_log.at', 'desc')
    .limit(500)
    .execute();
}
