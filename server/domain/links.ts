import { createHmac, timingSafeEqual } from 'node:crypto';

export type LinkKind = 'invitation' | 'password_reset' | 'minutes_answer';

/**
 * Links in emails carry `id.expiry.mac`: the MAC (HMAC-SHA256 with the server secret) rejects
 * forged or altered links before any database look-up; the id row makes them single-use.
 */
export function signLink(secret: string, kind: LinkKind, id: string, expiresAt: Date): string {
  const exp = expiresAt.getTime().toString(36);
  return `${id}.${exp}.${mac(secret, kind, id, exp)}`;
}

export type LinkCheck = { ok: true; id: string } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyLink(secret: string, kind: LinkKind, token: string, now: Date): LinkCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'invalid' };
  const [id, exp, given] = parts;
  const expected = Buffer.from(mac(secret, kind, id, exp));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false, reason: 'invalid' };
  const expiresAt = Number.parseInt(exp, 36);
  if (!Number.isFinite(expiresAt) || now.getTime() >= expiresAt) return { ok: false, reason: 'expired' };
  return { ok: true, id };
}

function mac(secret: string, kind: LinkKind, id: string, exp: string): string {
  return createHmac('sha256', secret).update(`${kind}\n${id}\n${exp}`).digest('base64url');
}
