import { type Kysely, Migrator } from 'kysely';
import { migrations } from './migrations/index';
import type { Database } from './schema';

/**
 * `schema` names the PostgreSQL schema when it is not the default one: Kysely's introspection sees
 * every schema, so without it a migration table in another schema would be taken for ours.
 */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
