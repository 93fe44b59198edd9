import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, type Engine, openDatabase } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';

// Every integration test runs on SQLite and on PostgreSQL. PostgreSQL is required when CI=true;
// elsewhere its tests run when a server answers at TEST_DATABASE_URL.
export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (e) {
    if (process.env.CI === 'true')
      throw new Error(`CI=true but PostgreSQL is not reachable at ${PG_URL}: ${(e as Error).message}`);
    return false;
  }
}

export const ENGINES: Engine[] = (await pgReachable()) ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase extends DatabaseHandle {
  dataDir: string;
  databaseUrl?: string;
  pgSchema?: string;
}

/** A fresh, migrated database: a temp SQLite file, or a throw-away PostgreSQL schema. */
export async function freshDatabase(engine: Engine): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-test-'));
  if (engine === 'sqlite') {
    const handle = openDatabase({ dataDir });
    await migrateToLatest(handle.db);
    return {
      ...handle,
      dataDir,
      close: async () => {
        await handle.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = openDatabase({ dataDir, databaseUrl: PG_URL, pgSchema: schema });
  await migrateToLatest(handle.db, schema);
  return {
    ...handle,
    dataDir,
    databaseUrl: PG_URL,
    pgSchema: schema,
    close: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
