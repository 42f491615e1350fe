import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../index';

/** A place to keep one test's state: every server made from `config()` shares it. */
export interface TestStorage {
  config(): DatabaseConfig;
  drop(): Promise<void>;
}

export interface StorageTarget {
  name: 'sqlite' | 'postgres';
  /** False when the target cannot run here (Postgres without KEYLINK_TEST_POSTGRES_URL). */
  available: boolean;
  create(): TestStorage;
}

const postgresEnv = process.env.KEYLINK_TEST_POSTGRES_URL;
/** The test Postgres (KEYLINK_TEST_POSTGRES_URL), or null where none is set. */
export const postgresUrl = postgresEnv === undefined || postgresEnv === '' ? null : postgresEnv;

/** A SQLite file in a fresh temporary folder, removed by drop(). */
export function sqliteStorage(): TestStorage {
  const dir = mkdtempSync(join(tmpdir(), 'keylink-test-'));
  return {
    config: () => ({ kind: 'sqlite', file: join(dir, 'keylink.db') }),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** An isolated schema in the test database, dropped by drop(). */
export function postgresStorage(url: string, poolSize = 4): TestStorage {
  // Each test gets its own schema, dropped afterwards, so runs never see each other.
  const schema = `keylink_test_${randomBytes(6).toString('hex')}`;
  return {
    config: () => ({ kind: 'postgres', url, schema, poolSize }),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** SQLite always; Postgres when KEYLINK_TEST_POSTGRES_URL is set (as .ci/run does). */
export const storageTargets: readonly StorageTarget[] = [
  { name: 'sqlite', available: true, create: sqliteStorage },
  {
    name: 'postgres',
    available: postgresUrl !== null,
    create: () => postgresStorage(postgresUrl ?? ''),
  },
];

if (postgresUrl === null) {
  console.warn(
    '[keylink/server] KEYLINK_TEST_POSTGRES_URL is not set: the Postgres storage suite is SKIPPED (SQLite runs). Set it, e.g. postgres://postgres@127.0.0.1:5432/test, to run it.',
  );
}
