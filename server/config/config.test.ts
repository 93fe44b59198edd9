import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults for a one-machine install', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.demo).toBe(true);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.publicUrl).toBe('http://localhost:3000');
  });

  it('reports one clear line per problem', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SMTP_URL: 'http://mail',
        ONRECORD_DEMO: 'maybe',
        PUBLIC_URL: 'not a url',
        DATABASE_POOL_SIZE: '0',
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems;
      expect(problems).toHaveLength(6);
      expect(problems.join('\n')).toMatch(/PORT: .*port/);
      expect(problems.join('\n')).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
      expect(problems.join('\n')).toMatch(/SMTP_URL: must be an smtp:\/\//);
      expect(problems.join('\n')).toMatch(/ONRECORD_DEMO: must be true or false/);
      expect(problems.join('\n')).toMatch(/PUBLIC_URL: must be the URL/);
      expect(problems.join('\n')).toMatch(/DATABASE_POOL_SIZE: must be at least 1/);
    }
  });

  it('turns demo data off and takes a PostgreSQL URL', () => {
    const c = loadConfig({ ONRECORD_DEMO: 'false', DATABASE_URL: 'postgres://u@h/db', PORT: '8080', DATABASE_POOL_SIZE: '12' });
    expect(c).toMatchObject({ demo: false, databaseUrl: 'postgres://u@h/db', port: 8080, databasePoolSize: 12 });
  });
});
