import { type KeyObject, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { publicKeyPem } from '../domain/record/tree-head';
import type { Config } from './config';

export interface SigningKey {
  privateKey: KeyObject;
  publicKeyPem: string;
}

/**
 * The Ed25519 key that signs the record's tree heads: ONRECORD_SIGNING_KEY (a PKCS#8 PEM), or a key
 * file in the data directory created on first start. Never in the database: whoever can rewrite
 * the database must not also be able to sign a rewritten history.
 */
export function loadSigningKey(config: Config): SigningKey {
  let pem = config.signingKeyPem;
  if (!pem) {
    const file = path.join(config.dataDir, 'record-signing-key.pem');
    fs.mkdirSync(config.dataDir, { recursive: true });
    if (!fs.existsSync(file)) {
      const { privateKey } = generateKeyPairSync('ed25519');
      try {
        fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { flag: 'wx', mode: 0o600 });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    pem = fs.readFileSync(file, 'utf8');
  }
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error('The record signing key must be an Ed25519 private key (PKCS#8 PEM).');
  return { privateKey, publicKeyPem: publicKeyPem(privateKey) };
}
