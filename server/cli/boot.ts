import fs from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../commands/context';
import { hashPassword } from '../commands/support/passwords';
import { loadSigningKey } from '../config/signing-key';
import { type Config, ConfigError, loadConfig } from '../config/config';
import { loadSecret } from '../config/secret';
import { type DatabaseHandle, openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { DEMO_ORG_ID, DEMO_PASSWORD, seedDemo } from '../db/seed/demo';
import { seedDemoRecord } from './seed-demo-record';
import { seedDemoWeekly } from './seed-demo-weekly';
import { defaultOrganisationSettings } from '../domain/organisation';

/** Reads configuration or exits with one line per problem. */
export function configOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
}

export async function openMigrated(config: Config): Promise<DatabaseHandle> {
  const handle = openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, poolSize: config.databasePoolSize });
  await migrateToLatest(handle.db);
  return handle;
}

/** Seeds the demo organisation (people, 1:1s) and takes its record through the real commands. */
export async function seedDemoData(handle: DatabaseHandle, config: Config, now = new Date()): Promise<boolean> {
  const seeded = await seedDemo(handle.db, {
    passwordHash: await hashPassword(DEMO_PASSWORD),
    now,
    settings: defaultOrganisationSettings(),
  });
  if (seeded) await seedDemoRecord(commandContext(config, handle), { orgId: DEMO_ORG_ID, now });
  if (seeded) await seedDemoWeekly(commandContext(config, handle), { now });
  return seeded;
}

/** The context commands need, for CLI use (no HTTP server, no mail delivery: mail waits in the outbox). */
export function commandContext(config: Config, handle: DatabaseHandle): CommandContext {
  return {
    db: handle.db,
    engine: handle.engine,
    secret: loadSecret(config),
    publicUrl: config.publicUrl,
    smtpConfigured: !!config.smtpUrl,
    signingKey: loadSigningKey(config),
    onTreeHeadSigned: (sth) => fs.appendFileSync(path.join(config.dataDir, 'tree-heads.jsonl'), `${JSON.stringify(sth)}\n`),
  };
}

export { loadSecret };
