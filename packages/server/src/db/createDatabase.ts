import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { preparingStatements } from './preparedStatements';
import type { KeylinkTables } from './schema';
import { cachingStatements } from './statementCache';

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

/**
 * SQLite files open in this process, shared by every KeylinkDatabase on the same file.
 * better-sqlite3 waits for a busy database synchronously: two connections to one file in one
 * process would block the event loop that the lock holder needs to finish its transaction.
 * Sharing one connection (Kysely serialises its use) avoids that; separate processes are fine.
 */
const openSqliteFiles = new Map<string, { db: Kysely<KeylinkTables>; users: number }>();

/**
 * Makes the database file (and its folders) for this user only, before SQLite opens it: the
 * folders 0700, the file created empty with mode 0600 (an empty file is an empty database), so
 * there is no moment when another user could open it. SQLite gives its -wal and -shm files the
 * database file's mode. An existing file is left as it is.
 */
function createPrivately(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
}

function openSqlite(file: string): KeylinkDatabase {
  const key = file === ':memory:' ? undefined : resolve(file);
  const shared = key === undefined ? undefined : openSqliteFiles.get(key);
  let entry = shared;
  if (entry === undefined) {
    if (key !== undefined) createPrivately(key);
    const sqlite = new SQLite(key ?? ':memory:');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    entry = {
      db: new Kysely<KeylinkTables>({
        dialect: new SqliteDialect({ database: cachingStatements(sqlite) }),
      }),
      users: 0,
    };
    if (key !== undefined) openSqliteFiles.set(key, entry);
  }
  const opened = entry;
  opened.users += 1;
  let closed = false;
  return {
    kind: 'sqlite',
    db: opened.db,
    prepare: async () => {},
    destroy: async () => {
      if (closed) return;
      closed = true;
      opened.users -= 1;
      if (opened.users > 0) return;
      if (key !== undefined) openSqliteFiles.delete(key);
      await opened.db.destroy();
    },
  };
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
  if (config.kind === 'sqlite') return openSqlite(config.file);
  const { schema } = config;
  if (schema !== undefined && !schemaName.test(schema)) {
    throw new Error(
      `The Postgres schema name "${schema}" must be lowercase letters, digits and _.`,
    );
  }
  // pg loads on first use only: a server on SQLite (the command's default) never pays for it.
  const pool = async () => {
    const { default: pg } = await import('pg');
    const created = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
      ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
    });
    created.on('connect', preparingStatements());
    return created;
  };
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
