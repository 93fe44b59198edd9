import type { SigningKey } from '../config/signing-key';
import type { Db, Engine } from '../db/database';
import type { SignedTreeHead } from '../domain/record';

/** What every use case needs besides its input: the database and a few configured facts. */
export interface CommandContext {
  db: Db;
  engine: Engine;
  /** Server secret for signing links (from ONRECORD_SECRET or the data directory's key file). */
  secret: string;
  publicUrl: string;
  smtpConfigured: boolean;
  /** Called after a commit that queued mail, so delivery starts at once. */
  onMailQueued?: () => void;
  /** Signs the record's tree heads (Ed25519, kept outside the database). */
  signingKey: SigningKey;
  /** Called with every signed tree head (the server also appends it to a file outside the database). */
  onTreeHeadSigned?: (sth: SignedTreeHead) => void;
}
