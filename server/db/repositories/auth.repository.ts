import type { Kysely } from 'kysely';
import { prepared } from '../prepared';
import type { Database, LinkTokensTable } from '../schema';

type Q = Kysely<Database>;

export async function insertSession(db: Q, s: { id: string; personId: string; createdAt: string; expiresAt: string }) {
  await db
    .insertInto('sessions')
    .values({ id: s.id, person_id: s.personId, created_at: s.createdAt, expires_at: s.expiresAt })
    .execute();
}

/** The signed-in person behind a session, if the session is live and the person active. */
export async function findSessionActor(db: Q, sessionId: string, now: string) {
  return (await sessionActor(db, sessionId, now))[0];
}

// Every signed-in request runs this: compiled once, not built anew each time.
const sessionActor = prepared((db: Q, sessionId: string, now: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('people', 'people.id', 'sessions.person_id')
    .innerJoin('organisations', 'organisations.id', 'people.org_id')
    .select([
      'organisations.people_version as orgPeopleVersion',
      'people.id as personId',
      'people.org_id as orgId',
      'people.name',
      'people.email',
      'people.time_zone as timeZone',
      'people.is_hr as isHr',
      'people.is_admin as isAdmin',
      'sessions.expires_at as expiresAt',
    ])
    .where('sessions.id', '=', sessionId)
    .where('sessions.expires_at', '>', now)
    .where('people.status', '=', 'active'),
);

export async function deleteSession(db: Q, sessionId: string) {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOfPerson(db: Q, personId: string) {
  await db.deleteFrom('sessions').where('person_id', '=', personId).execute();
}

export async function insertLinkToken(
  db: Q,
  t: {
    id: string;
    orgId: string;
    personId: string;
    subjectId?: string | null;
    kind: LinkTokensTable['kind'];
    expiresAt: string;
    createdAt: string;
  },
) {
  await db
    .insertInto('link_tokens')
    .values({
      id: t.id,
      org_id: t.orgId,
      person_id: t.personId,
      subject_id: t.subjectId ?? null,
      kind: t.kind,
      expires_at: t.expiresAt,
      used_at: null,
      created_at: t.createdAt,
    })
    .execute();
}

export function findLinkToken(db: Q, id: string) {
  return db.selectFrom('link_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks a link used; false when someone else used it first (single use, even under races). */
export async function consumeLinkToken(db: Q, id: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable('link_tokens')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Older unused links of the same kind stop working when a new one is sent. */
export async function revokeLinkTokens(db: Q, personId: string, kind: LinkTokensTable['kind'], now: string) {
  await db
    .updateTable('link_tokens')
    .set({ used_at: now })
    .where('person_id', '=', personId)
    .where('kind', '=', kind)
    .where('used_at', 'is', null)
    .execute();
}
