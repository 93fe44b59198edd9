import { describe, expect, it } from 'vitest';
import { signLink, verifyLink } from './links';

const secret = 's'.repeat(40);
const now = new Date('2026-11-20T10:00:00Z');
const later = new Date('2026-11-20T11:00:00Z');

describe('signed links', () => {
  it('verifies its own links until they expire', () => {
    const t = signLink(secret, 'invitation', 'abc', later);
    expect(verifyLink(secret, 'invitation', t, now)).toEqual({ ok: true, id: 'abc' });
    expect(verifyLink(secret, 'invitation', t, later)).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects forged, altered, cross-kind and cross-secret links', () => {
    const t = signLink(secret, 'invitation', 'abc', later);
    const [id, exp, mac] = t.split('.');
    expect(verifyLink(secret, 'password_reset', t, now).ok).toBe(false);
    expect(verifyLink('x'.repeat(40), 'invitation', t, now).ok).toBe(false);
    expect(verifyLink(secret, 'invitation', `other.${exp}.${mac}`, now).ok).toBe(false);
    expect(verifyLink(secret, 'invitation', `${id}.${(Number.parseInt(exp, 36) + 1e9).toString(36)}.${mac}`, now).ok).toBe(false);
    expect(verifyLink(secret, 'invitation', 'garbage', now).ok).toBe(false);
  });
});
