import type { CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema';

type Q = Kysely<Database>;

/**
 * Starts the SQL of every prepared query. On PostgreSQL the connection turns such a statement into
 * a named (server-side prepared) one, so it is parsed and planned once per connection, not on
 * every call (see `openDatabase`). Only these fixed-shape queries are named: other SQL (an `in`
 * list of any length, say) would grow each connection's set of statements without bound.
 */
export const PREPARED_MARK = '/* prepared */ ';

interface Compiled<R> {
  query: CompiledQuery<R>;
  /** For each parameter of the compiled query: the index of the argument it takes, or -1 (a constant). */
  slots: number[];
}

/**
 * A query of a fixed shape, built and compiled by Kysely once per database handle and then run
 * with new arguments (and on PostgreSQL, planned once per connection): for the hottest reads (every signed-in request resolves its session), where
 * building and compiling the query cost more than running it.
 *
 * `build` must produce the same SQL whatever its (scalar) arguments are — no branches on them and
 * no lists. It is compiled once with placeholder strings; each parameter that holds a placeholder
 * takes the matching argument, the others keep the value they were compiled with.
 */
export function prepared<A extends Array<string | number>, R>(
  build: (db: Q, ...args: A) => { compile(): CompiledQuery<R> },
): (db: Q, ...args: A) => Promise<R[]> {
  const cache = new WeakMap<Q, Compiled<R>>();
  return async (db, ...args) => {
    let c = cache.get(db);
    if (!c) {
      const placeholders = args.map((_, i) => `\u0000onrecord-arg-${i}\u0000`) as A;
      const built = build(db, ...placeholders).compile();
      const query = { ...built, sql: PREPARED_MARK + built.sql };
      const slots = query.parameters.map((p) => placeholders.indexOf(p as string));
      if (!args.every((_, i) => slots.includes(i))) throw new Error('prepared: an argument is not a parameter of the query');
      c = { query, slots };
      cache.set(db, c);
    }
    const { query, slots } = c;
    const parameters = query.parameters.map((p, k) => (slots[k] >= 0 ? args[slots[k]] : p));
    return (await db.executeQuery<R>({ ...query, parameters })).rows;
  };
}
