import { createHash, randomBytes } from 'node:crypto';
import { insertSession } from '../../db/repositories/auth.repository';
import type { Db } from '../../db/database';
import { addMs, iso } from '../../domain/dates';

export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;

/** The cookie holds a random token; the database only its hash, so a leaked table opens no session. */
export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Db, personId: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await insertSession(db, {
    id: sessionIdOf(token),
    personId,
    createdAt: iso(now),
    expiresAt: iso(addMs(now, SESSION_TTL_MS)),
  });
  return token;
}
