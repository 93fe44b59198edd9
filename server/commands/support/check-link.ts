import type { Db } from '../../db/database';
import { consumeLinkToken, findLinkToken } from '../../db/repositories/auth.repository';
import { iso } from '../../domain/dates';
import { gone, notFound } from '../../domain/errors';
import { type LinkKind, verifyLink } from '../../domain/links';

/** Checks a link's signature, expiry and single use; consumes it when `consume` is set. */
export async function checkLink(db: Db, opts: { secret: string; kind: LinkKind; token: string; now: Date; consume: boolean }) {
  const what = {
    invitation: 'This invitation link',
    password_reset: 'This password reset link',
    minutes_answer: 'This link to answer minutes',
  }[opts.kind];
  const check = verifyLink(opts.secret, opts.kind, opts.token, opts.now);
  if (!check.ok && check.reason === 'invalid') throw notFound(what);
  if (!check.ok) throw gone(`${what} has expired. Ask for a new one.`);
  const row = await findLinkToken(db, check.id);
  if (!row || row.kind !== opts.kind) throw notFound(what);
  if (row.used_at) throw gone(`${what} has already been used or replaced by a newer one.`);
  if (row.expires_at <= iso(opts.now)) throw gone(`${what} has expired. Ask for a new one.`);
  if (opts.consume && !(await consumeLinkToken(db, row.id, iso(opts.now)))) {
    throw gone(`${what} has already been used.`);
  }
  return row;
}
