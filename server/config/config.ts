import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { message: 'must be true or false' })
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const EnvSchema = z.object({
  PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  ONRECORD_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave unset for the embedded SQLite database)')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce
    .number({ message: 'must be a number of connections' })
    .int('must be a whole number of connections')
    .min(1, 'must be at least 1')
    .max(500, 'must be at most 500')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL (leave unset to keep mail in the in-app outbox)')
    .optional(),
  MAIL_FROM: z.string().min(3).default('OnRecord <onrecord@localhost>'),
  PUBLIC_URL: z.string().url('must be the URL people use to reach OnRecord, such as https://onrecord.example.com').optional(),
  ONRECORD_DEMO: bool.default(true),
  ONRECORD_SECRET: z.string().min(32, 'must be at least 32 characters (use `openssl rand -hex 32`)').optional(),
  ONRECORD_SIGNING_KEY: z
    .string()
    .regex(/-----BEGIN PRIVATE KEY-----/, 'must be an Ed25519 private key in PKCS#8 PEM (openssl genpkey -algorithm ed25519)')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  TRUST_PROXY: bool.default(false),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** PostgreSQL connections this process keeps (default: twice the CPU cores, at least 4). */
  databasePoolSize?: number;
  smtpUrl?: string;
  mailFrom: string;
  publicUrl: string;
  demo: boolean;
  /** From ONRECORD_SECRET, or read from (or created in) the data directory at start. */
  secret?: string;
  /** Ed25519 key that signs tree heads; otherwise a key file in the data directory. */
  signingKeyPem?: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  /** Sign-in and reset attempts per IP per minute. */
  authRateLimit: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `OnRecord cannot start, its configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/** Parses the environment once at boot; every problem is one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.ONRECORD_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    demo: e.ONRECORD_DEMO,
    secret: e.ONRECORD_SECRET,
    signingKeyPem: e.ONRECORD_SIGNING_KEY,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    authRateLimit: 10,
  };
}
