import { v7 } from 'uuid';

/** Time-ordered text ids (UUIDv7): portable across SQLite and PostgreSQL, index-friendly. */
export const newId = (): string => v7();
