import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient, SqliteDialect } from 'kysely';
import pg from 'pg';
import { PREPARED_MARK } from './prepared';
import type { Database } from './schema';

export type Engine = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  engine: Engine;
  /** Messages between the app's processes (PostgreSQL LISTEN/NOTIFY); absent on SQLite (one process). */
  notifications?: Notifications;
  close(): Promise<void>;
}

/** A tiny pub/sub across processes. Payloads carry ids only, never content. */
export interface Notifications {
  notify(channel: string, payload: string): Promise<void>;
  /** Listens on a dedicated connection (reconnecting after a failure); resolves to a stop function. */
  listen(channel: string, onPayload: (payload: string) => void, onError?: (e: unknown) => void): Promise<() => Promise<void>>;
}

export interface OpenOptions {
  dataDir: string;
  databaseUrl?: string;
  /** PostgreSQL schema to use (tests isolate each file in its own schema). */
  pgSchema?: string;
  /** PostgreSQL connections to keep; default twice the CPU cores, at least 4. */
  poolSize?: number;
  /** SQLite file name inside dataDir. */
  sqliteFile?: string;
}

export function openDatabase(opts: OpenOptions): DatabaseHandle {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      // Few connections serve best: PostgreSQL runs one process per connection, and more of them
      // than cores only queue on the CPU (measured: 4 beat 10 and 20 on 2 cores, bench/meeting-page).
      max: opts.poolSize ?? Math.max(4, 2 * os.availableParallelism()),
      ...(opts.pgSchema ? { options: `-c search_path=${opts.pgSchema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }) });
    const notifications = pgNotifications(pool, {
      connectionString: opts.databaseUrl,
      ...(opts.pgSchema ? { options: `-c search_path=${opts.pgSchema}` } : {}),
    });
    return { db, engine: 'postgres', notifications, close: () => db.destroy() };
  }
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const sqlite = new SQLite(path.join(opts.dataDir, opts.sqliteFile ?? 'onrecord.sqlite'));
  // WAL for concurrent readers; FULL so a committed transaction survives power loss; FKs on.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const counter = { writes: 0 };
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite, counter) }) });
  writeCounters.set(db, counter);
  return { db, engine: 'sqlite', close: () => db.destroy() };
}

const writeCounters = new WeakMap<Db, { writes: number }>();

/**
 * How many writing statements this process has run on this SQLite database so far (any table,
 * committed or not); undefined on PostgreSQL. An in-process cache that stores this number beside
 * an entry knows the entry is stale as soon as the number moves.
 */
export function localWrites(db: Db): number | undefined {
  return writeCounters.get(db)?.writes;
}

/** LISTEN/NOTIFY: NOTIFY through the pool; each listener holds its own connection outside it. */
function pgNotifications(pool: pg.Pool, clientConfig: pg.ClientConfig): Notifications {
  return {
    notify: async (channel, payload) => {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    listen: async (channel, onPayload, onError) => {
      let client: pg.Client | null = null;
      let stopped = false;
      let retry: NodeJS.Timeout | undefined;
      const start = () => {
        if (stopped) return;
        connect().catch((e) => {
          onError?.(e);
          retry = setTimeout(start, 1000);
        });
      };
      const connect = async (): Promise<void> => {
        const c = new pg.Client(clientConfig);
        c.on('notification', (n) => {
          if (n.channel === channel && n.payload !== undefined) onPayload(n.payload);
        });
        // A lost connection is re-opened a second later; messages sent meanwhile are missed, which
        // costs a browser one refetch at most (its next save is still checked by version).
        c.on('error', (e) => {
          onError?.(e);
          c.end().catch(() => {});
          client = null;
          if (!stopped) retry = setTimeout(start, 1000);
        });
        await c.connect();
        await c.query(`listen ${pg.escapeIdentifier(channel)}`);
        client = c;
      };
      await connect();
      return async () => {
        stopped = true;
        clearTimeout(retry);
        await client?.end();
      };
    },
  };
}

/**
 * node-postgres sends every query unnamed, so PostgreSQL parses and plans it on every call; for
 * the small hot reads planning costs more than running. Queries made with `prepared()` (marked)
 * become named statements: prepared once per connection, then only bound and executed.
 */
function withNamedStatements(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) {
      name = `onrecord_${crypto.createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
      names.set(text, name);
    }
    return name;
  };
  return {
    connect: async () => {
      const client = await pool.connect();
      const wrapped = Object.create(client) as pg.PoolClient;
      wrapped.query = ((text: unknown, values?: unknown[]) =>
        typeof text === 'string' && text.startsWith(PREPARED_MARK)
          ? client.query({ name: nameOf(text), text, values })
          : client.query(text as string, values)) as pg.PoolClient['query'];
      wrapped.release = (err?: Error | boolean) => client.release(err);
      return wrapped as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}

/**
 * Kysely's SQLite driver prepares every statement on every call; preparing is a large share of a
 * small query's cost. Statements are reusable (Kysely runs one at a time on this connection), so
 * they are kept by SQL text, a bounded number of them.
 */
function withStatementCache(sqlite: SQLite.Database, counter: { writes: number }, max = 1000): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (text: string) => {
    // Transactions take the write lock when they begin: a deferred transaction that reads and then
    // writes fails at once with "database is locked" if another process wrote in between, and no
    // busy timeout can help it. BEGIN IMMEDIATE waits its turn instead.
    const sql = text === 'begin' ? 'begin immediate' : text;
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = sqlite.prepare(sql);
      if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      cache.set(sql, stmt);
    }
    // Kysely prepares every statement right before it runs it: count the writing ones.
    if (!stmt.reader) counter.writes++;
    return stmt;
  };
  return new Proxy(sqlite, {
    get: (target, prop, receiver) => (prop === 'prepare' ? prepare : Reflect.get(target, prop, receiver)),
  });
}
