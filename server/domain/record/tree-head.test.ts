import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyIdOf, publicKeyPem, signTreeHead, verifyTreeHead } from './tree-head';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
const head = { v: 1 as const, orgId: 'org_1', treeSize: 42, rootHash: 'ab'.repeat(32), timestamp: '2026-03-02T00:00:00.000Z' };

describe('signed tree heads', () => {
  it('derive the key id from the raw public key', () => {
    const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url');
    expect(raw.length).toBe(32);
    const want = createHash('sha256').update(raw).digest('hex').slice(0, 32);
    expect(keyIdOf(publicKey)).toBe(want);
    expect(keyIdOf(privateKey)).toBe(want);
    expect(keyIdOf(publicKeyPem(publicKey))).toBe(want);
    expect(() => keyIdOf(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey)).toThrow(/Ed25519/);
  });

  it('verify with the key as an object or as PEM', () => {
    const sth = signTreeHead(head, privateKey);
    expect(sth.keyId).toBe(keyIdOf(publicKey));
    expect(Buffer.from(sth.signature, 'base64').length).toBe(64);
    expect(verifyTreeHead(sth, publicKey)).toBe(true);
    expect(verifyTreeHead(sth, publicKeyPem(publicKey))).toBe(true);
  });

  it('fail for any changed field, another key, a bad signature or a malformed head', () => {
    const sth = signTreeHead(head, privateKey);
    const changed = [
      { ...sth, treeSize: 43 },
      { ...sth, rootHash: `cd${sth.rootHash.slice(2)}` },
      { ...sth, orgId: 'org_2' },
      { ...sth, timestamp: '2026-03-02T00:00:00.001Z' },
      { ...sth, keyId: keyIdOf(other.publicKey) },
      { ...sth, signature: signTreeHead({ ...head, treeSize: 41 }, privateKey).signature },
      { ...sth, extra: true },
      { ...sth, rootHash: sth.rootHash.toUpperCase() },
      { ...sth, signature: `${sth.signature.slice(0, 85)}B==` },
      null,
      'x',
    ];
    for (const c of changed) expect(verifyTreeHead(c, publicKey)).toBe(false);
    expect(verifyTreeHead(sth, other.publicKey)).toBe(false);
    expect(verifyTreeHead(sth, 'not a pem')).toBe(false);
  });

  it('refuse to sign a head naming another key', () => {
    expect(() => signTreeHead({ ...head, keyId: keyIdOf(other.publicKey) }, privateKey)).toThrow(/keyId/);
    expect(() => signTreeHead({ ...head, treeSize: -1 }, privateKey)).toThrow();
  });
});
