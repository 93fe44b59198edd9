import type { Db } from '../../db/database';
import { insertLinkToken, revokeLinkTokens } from '../../db/repositories/auth.repository';
import { addMs, iso } from '../../domain/dates';
import { newId } from '../../domain/ids';
import { type LinkKind, signLink } from '../../domain/links';

export const LINK_TTL_MS: Record<LinkKind, number> = {
  invitation: 7 * 24 * 3600 * 1000,
  password_reset: 60 * 60 * 1000,
  minutes_answer: 14 * 24 * 3600 * 1000,
};

const PATHS: Record<LinkKind, string> = {
  invitation: '/invitations/accept',
  password_reset: '/reset-password',
  minutes_answer: '/minutes/answer',
};

/** Issues a signed, expiring, single-use link; earlier unused links of the same kind stop working. */
export async function issueLink(
  db: Db,
  opts: {
    secret: string;
    publicUrl: string;
    kind: LinkKind;
    orgId: string;
    personId: string;
    now: Date;
    subjectId?: string;
    expiresAt?: Date;
  },
): Promise<{ url: string; token: string; expiresAt: Date }> {
  // Minutes links are per minutes (one person may hold several); the others replace the older link.
  if (opts.kind !== 'minutes_answer') await revokeLinkTokens(db, opts.personId, opts.kind, iso(opts.now));
  const id = newId();
  const expiresAt = opts.expiresAt ?? addMs(opts.now, LINK_TTL_MS[opts.kind]);
  await insertLinkToken(db, {
    id,
    orgId: opts.orgId,
    personId: opts.personId,
    subjectId: opts.subjectId ?? null,
    kind: opts.kind,
    expiresAt: iso(expiresAt),
    createdAt: iso(opts.now),
  });
  const token = signLink(opts.secret, opts.kind, id, expiresAt);
  return { url: `${opts.publicUrl}${PATHS[opts.kind]}?token=${encodeURIComponent(token)}`, token, expiresAt };
}
