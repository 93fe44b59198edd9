import type { Db, Engine } from '../db/database';

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
}
