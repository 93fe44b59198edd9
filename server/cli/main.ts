import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { exportBundle } from '../commands/export-bundle';
import { importPeople } from '../commands/import-people';
import { loadSigningKey } from '../config/signing-key';
import { findPersonByEmail, findPersonById } from '../db/repositories/people.repository';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../db/seed/demo';
import type { DomainError } from '../domain/errors';
import { type SignedTreeHead, verifyBundle } from '../domain/record';
import { build } from '../http/app';
import { verifyRecord } from '../queries/verify-record';
import { commandContext, configOrExit, loadSecret, openMigrated, seedDemoData } from './boot';

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
    const seeded = config.demo && opts.demo ? await seedDemoData(handle, config) : false;
    const app = await build({
      config,
      database: handle,
      secret: loadSecret(config),
      signingKey: loadSigningKey(config),
      treeHeadFile: path.join(config.dataDir, 'tree-heads.jsonl'),
      logger: true,
      background: true,
    });
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
    const handle = await openMigrated(configOrExit());
    await handle.close();
    console.log('Database is up to date.');
  });

program
  .command('seed')
  .description('create the demo organisation in an empty database')
  .action(async () => {
    const config = configOrExit();
    const handle = await openMigrated(config);
    const seeded = await seedDemoData(handle, config);
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
      const result = await importPeople(commandContext(config, handle), {
        actor,
        csv: fs.readFileSync(file, 'utf8'),
        invite: opts.invite,
        now: new Date(),
      });
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
  .command('verify')
  .description(
    'verify the record: with BUNDLE, a downloaded bundle offline (no database); without, every log in the database against every signed tree head',
  )
  .argument('[bundle]', 'a bundle file from `onrecord export` or the app')
  .option('--org <id>', 'only this organisation')
  .action(async (bundleFile: string | undefined, opts: { org?: string }) => {
    if (bundleFile) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(fs.readFileSync(bundleFile, 'utf8'));
      } catch (e) {
        console.error(`FAILED: ${bundleFile} is not a readable JSON bundle (${(e as Error).message})`);
        process.exitCode = 1;
        return;
      }
      const r = verifyBundle(parsed);
      if (r.ok) console.log(`OK: ${r.entries} entries verify against a signed tree of ${r.treeSize} entries.`);
      else {
        console.error(`FAILED: ${r.error}${r.index !== undefined ? ` (entry ${r.index})` : ''}`);
        process.exitCode = 1;
      }
      return;
    }
    const config = configOrExit();
    const handle = await openMigrated(config);
    try {
      const headsFile = path.join(config.dataDir, 'tree-heads.jsonl');
      const extraHeads = fs.existsSync(headsFile)
        ? fs
            .readFileSync(headsFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as SignedTreeHead)
        : [];
      const results = await verifyRecord(handle.db, {
        publicKeyPem: loadSigningKey(config).publicKeyPem,
        orgId: opts.org,
        extraHeads,
      });
      for (const r of results) {
        const where = r.firstBadIndex !== undefined ? ` — first entry that does not match: ${r.firstBadIndex}` : '';
        console.log(`${r.ok ? 'OK    ' : 'FAILED'} ${r.orgId}: ${r.message}${where}`);
      }
      if (results.length === 0) console.log('No record entries yet.');
      if (results.some((r) => !r.ok)) process.exitCode = 1;
    } finally {
      await handle.close();
    }
  });

program
  .command('export')
  .description("write a person's record bundle (entries, proofs, signed tree heads, public key)")
  .requiredOption('--person <idOrEmail>', 'the person, by id or email')
  .requiredOption('--out <file>', 'where to write the bundle (JSON)')
  .action(async (opts: { person: string; out: string }) => {
    const config = configOrExit();
    const handle = await openMigrated(config);
    try {
      const person = opts.person.includes('@')
        ? await findPersonByEmail(handle.db, opts.person.toLowerCase())
        : await findPersonById(handle.db, opts.person);
      if (!person) throw new Error(`No person ${opts.person}.`);
      const bundle = await exportBundle(commandContext(config, handle), { personId: person.id, now: new Date() });
      fs.writeFileSync(opts.out, `${JSON.stringify(bundle, null, 1)}\n`);
      console.log(
        `Wrote ${bundle.entries.length} entries of ${person.name} to ${opts.out} (tree of ${bundle.manifest.treeSize}).`,
      );
    } catch (e) {
      console.error((e as Error).message);
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
