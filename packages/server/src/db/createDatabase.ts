import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { KeylinkTables } from './schema';

/** Where Keylink keeps its state. */
export type DatabaseConfig =
  | { kind: 'sqlite'; /** A file path, or ':memory:' (one instance only). */ file: string }
  | {
      kind: 'postgres';
      url: string;
      /** A schema to keep Keylink's tables in (created when missing). @default the URL's search_path */
      schema?: string;
      /** @default 10 */
      poolSize?: number;
    };

/** An open database: Keylink's tables through Kysely, which engine it is, and how to close it. */
export interface KeylinkDatabase {
  readonly kind: 'sqlite' | 'postgres';
  readonly db: Kysely<KeylinkTables>;
  /** Runs once before migrations (e.g. creates the Postgres schema). */
  prepare(): Promise<void>;
  destroy(): Promise<void>;
}

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens a SQLite file (WAL mode, waits up to 5 s for a busy database) or a Postgres pool.
 *
 * @example
 * const database = createDatabase({ kind: 'sqlite', file: './.keylink/keylink.db' });
 * const server = createKeylinkServer({ database, … });
 */
export function createDatabase(config: DatabaseConfig): KeylinkDatabase {
  if (config.kind === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
    const sqlite = new SQLite(config.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    const db = new Kysely<KeylinkTables>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { kind: 'sqlite', db, prepare: async () => {}, destroy: () => db.destroy() };
  }
  const { schema } = config;
  if (schema !== undefined && !schemaName.test(schema)) {
    throw new Error(
      `The Postgres schema name "${schema}" must be lowercase letters, digits and _.`,
    );
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<KeylinkTables>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    prepare: async () => {
      if (schema === undefined) return;
      try {
        await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
      } catch (error) {
        // Two instances creating it at once: one loses a race on the catalog; fine if it exists.
        const found = await sql`select 1 from pg_namespace where nspname = ${schema}`.execute(db);
        if (found.rows.length === 0) throw error;
      }
    },
    destroy: () => db.destroy(),
  };
}

/**
 * The database the environment asks for: Postgres when DATABASE_URL is a postgres:// URL,
 * otherwise a SQLite file (DATABASE_URL as a path or `file:` URL, else `<dataDir>/keylink.db`).
 *
 * @example
 * const database = createDatabase(databaseConfigFromEnv(process.env, './.keylink'));
 */
export function databaseConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  dataDir: string,
): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url === undefined || url === '') return { kind: 'sqlite', file: `${dataDir}/keylink.db` };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  if (url.startsWith('file:')) return { kind: 'sqlite', file: url.slice('file:'.length) };
  if (url.startsWith('sqlite:')) return { kind: 'sqlite', file: url.slice('sqlite:'.length) };
  return { kind: 'sqlite', file: url };
}
