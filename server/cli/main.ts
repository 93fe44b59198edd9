import fs from 'node:fs';
import { Command } from 'commander';
import { importPeople } from '../commands/import-people';
import { findPersonByEmail } from '../db/repositories/people.repository';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed/demo';
import type { DomainError } from '../domain/errors';
import { build } from '../http/app';
import { configOrExit, loadSecret, openMigrated, seedDemoData } from './boot';

const program = new Command('onrecord')
  .description(
    'OnRecord: 1:1s and a shared record nobody can silently rewrite.\nConfiguration comes from environment variables (see README).',
  )
  .showHelpAfterError();

program
  .command('serve')
  .description('migrate the database, seed demo data into an empty one (unless ONRECORD_DEMO=false) and serve the app')
  .option('--no-demo', 'do not create demo data')
  .action(async (opts: { demo: boolean }) => {
    const config = configOrExit();
    const handle = await openMigrated(config);
    const seeded = config.demo && opts.demo ? await seedDemoData(handle) : false;
    const app = await build({ config, database: handle, secret: loadSecret(config), logger: true });
    const close = async () => {
      await app.close();
      await handle.close();
      process.exit(0);
    };
    process.once('SIGINT', close);
    process.once('SIGTERM', close);
    await app.listen({ port: config.port, host: config.host });
    const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
    console.log(`\nOnRecord is running at ${config.publicUrl} (database: ${where}).`);
    if (seeded || (config.demo && opts.demo && (await findPersonByEmail(handle.db, DEMO_ACCOUNTS.admin)))) {
      console.log(`Demo organisation "Harbour & Pine"; every demo account's password is ${DEMO_PASSWORD}`);
      for (const [role, email] of Object.entries(DEMO_ACCOUNTS)) console.log(`  ${role.padEnd(10)} ${email}`);
    }
    if (!config.smtpUrl) console.log('No SMTP_URL: mail goes to the in-app outbox (Admin → Outbox).');
  });

program
  .command('migrate')
  .description('bring the database schema up to date and exit')
  .action(async () => {
    const config = configOrExit();
    const handle = await openMigrated(config);
    await handle.close();
    console.log('Database is up to date.');
  });

program
  .command('seed')
  .description('create the demo organisation in an empty database')
  .action(async () => {
    const handle = await openMigrated(configOrExit());
    const seeded = await seedDemoData(handle);
    await handle.close();
    console.log(
      seeded
        ? `Demo data created. Password for every demo account: ${DEMO_PASSWORD}`
        : 'The database already has data; nothing seeded.',
    );
  });

program
  .command('import')
  .description('import people and reporting lines from a CSV file, all or nothing')
  .argument('<file>', 'CSV with columns name,email,time_zone,manager_email[,roles,effective_from]')
  .requiredOption('--as <email>', 'email of an admin of the organisation to import into')
  .option('--no-invite', 'do not send invitations to new people')
  .action(async (file: string, opts: { as: string; invite: boolean }) => {
    const config = configOrExit();
    const handle = await openMigrated(config);
    try {
      const admin = await findPersonByEmail(handle.db, opts.as.toLowerCase());
      if (admin?.is_admin !== 1) throw new Error(`${opts.as} is not an admin.`);
      const actor = {
        personId: admin.id,
        orgId: admin.org_id,
        name: admin.name,
        email: admin.email,
        timeZone: admin.time_zone,
        isHr: admin.is_hr === 1,
        isAdmin: true,
      };
      const ctx = {
        db: handle.db,
        engine: handle.engine,
        secret: loadSecret(config),
        publicUrl: config.publicUrl,
        smtpConfigured: !!config.smtpUrl,
      };
      const result = await importPeople(ctx, { actor, csv: fs.readFileSync(file, 'utf8'), invite: opts.invite, now: new Date() });
      console.log(`Imported: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`);
    } catch (e) {
      console.error((e as Error).message);
      const errors = (e as DomainError).details?.errors as { line: number; message: string }[] | undefined;
      for (const err of errors ?? []) console.error(`  line ${err.line}: ${err.message}`);
      process.exitCode = 1;
    } finally {
      await handle.close();
    }
  });

program
  .command('check')
  .description('check text for harmful or accidental documentation (plain text on stdin, or --jsonl FILE)')
  .option('--jsonl <file>', 'read one JSON object per line with a "text" field; write one result per line')
  .option('--disable <categories>', 'comma-separated categories to turn off')
  .action(async (opts: { jsonl?: string; disable?: string }) => {
    const { runCheckCommand } = await import('./check'); // loaded on demand: the checker is large
    process.exitCode = await runCheckCommand({
      jsonl: opts.jsonl,
      stdin: process.stdin,
      stdout: process.stdout,
      disabled: opts.disable
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    });
  });

await program.parseAsync(process.argv);
