import { type KeyObject, createHash, createPublicKey, sign, verify } from 'node:crypto';
import { z } from 'zod';
import { canonicalBytes } from './canonical';

/**
 * A signed tree head: the server's Ed25519 signature over the canonical bytes of
 * { v, orgId, treeSize, rootHash, timestamp, keyId }. Whoever holds one can later demand a
 * consistency proof from it to any newer head, so the server cannot cut or rewrite history it
 * has signed without the signature itself becoming the evidence.
 */

export const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `${bytes} bytes in lowercase hex`);
// Strict base64 (with padding): the decoder is lenient, so the text is also checked to be the
// exact re-encoding of the bytes, or a changed padding bit would pass unnoticed.
export const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
  .refine((s) => Buffer.from(s, 'base64').toString('base64') === s, 'not canonical base64');

export const treeHeadSchema = z.strictObject({
  v: z.literal(1),
  orgId: z.string().min(1).max(128),
  treeSize: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  rootHash: hex(32),
  timestamp: z.iso.datetime(),
  keyId: hex(16),
});

export const signedTreeHeadSchema = treeHeadSchema.extend({ signature: base64 });

export type TreeHead = z.infer<typeof treeHeadSchema>;
export type SignedTreeHead = z.infer<typeof signedTreeHeadSchema>;

export function toPublicKey(key: KeyObject | string): KeyObject {
  const k = typeof key === 'string' ? createPublicKey(key) : key.type === 'private' ? createPublicKey(key) : key;
  if (k.asymmetricKeyType !== 'ed25519') throw new Error(`record keys are Ed25519, got ${k.asymmetricKeyType}`);
  return k;
}

/** Hex of the first 16 bytes of sha256(raw 32-byte Ed25519 public key). Accepts a private key too. */
export function keyIdOf(key: KeyObject | string): string {
  const jwk = toPublicKey(key).export({ format: 'jwk' });
  const raw = Buffer.from(jwk.x as string, 'base64url');
  return createHash('sha256').update(raw).digest().subarray(0, 16).toString('hex');
}

/** The PEM (SPKI) text of a public key, as bundles carry it. */
export function publicKeyPem(key: KeyObject | string): string {
  return toPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
}

/**
 * Signs a head. keyId may be left out (it is derived from the key); if given, it must be the
 * key's, since a head naming another key could never verify.
 */
export function signTreeHead(head: Omit<TreeHead, 'keyId'> & { keyId?: string }, privateKey: KeyObject): SignedTreeHead {
  const keyId = keyIdOf(privateKey);
  if (head.keyId !== undefined && head.keyId !== keyId) throw new Error('signTreeHead: keyId does not belong to the signing key');
  const unsigned = treeHeadSchema.parse({ ...head, keyId });
  const signature = sign(null, canonicalBytes(unsigned), privateKey).toString('base64');
  return { ...unsigned, signature };
}

/** True only for a well-formed head, made by this key, with a valid signature. Never throws. */
export function verifyTreeHead(sth: unknown, publicKey: KeyObject | string): boolean {
  try {
    const parsed = signedTreeHeadSchema.safeParse(sth);
    if (!parsed.success) return false;
    const { signature, ...head } = parsed.data;
    const key = toPublicKey(publicKey);
    if (head.keyId !== keyIdOf(key)) return false;
    return verify(null, canonicalBytes(head), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
