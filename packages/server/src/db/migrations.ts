import { Migrator, PostgresAdapter, sql } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { KeylinkTables } from './schema';

/** Migrations live in code (no files to ship). Append only; never edit a released one. */
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('keylink_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('origin_owner_id', 'text', (c) => c.notNull())
        .addColumn('origin_owner_name', 'text')
        .addColumn('account_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('verify_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('credential', 'text')
        .addColumn('region', 'text')
        .addColumn('verification', 'text')
        .addColumn('verified_at', 'text')
        .addColumn('confirm_idempotency_key', 'text')
        .addColumn('confirmed_account_id', 'text')
        .addColumn('used_at', 'text')
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('keylink_sessions_expires_at')
        .on('keylink_sessions')
        .column('expires_at')
        .execute();

      await db.schema
        .createTable('keylink_previews')
        .addColumn('session_id', 'text', (c) => c.primaryKey())
        .addColumn('generation', 'integer', (c) => c.notNull())
        .addColumn('walk_status', 'text', (c) => c.notNull())
        .addColumn('preview', 'text', (c) => c.notNull())
        .addColumn('manager_remote_ids', 'text')
        .addColumn('lease_owner', 'text')
        .addColumn('lease_expires_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('keylink_accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('origin_owner_id', 'text', (c) => c.notNull())
        .addColumn('origin_owner_name', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('region', 'text')
        .addColumn('owner_remote_id', 'text')
        .addColumn('owner_name', 'text')
        .addColumn('owner_email', 'text')
        .addColumn('access', 'text', (c) => c.notNull())
        .addColumn('credential', 'text', (c) => c.notNull())
        .addColumn('manager_remote_ids', 'text')
        .addColumn('role_counts', 'text')
        .addColumn('manager_ids_refreshed_at', 'text')
        .addColumn('facts_lease_expires_at', 'text')
        .addColumn('created_by_session_id', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('last_verified_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('keylink_accounts_owner_created')
        .on('keylink_accounts')
        .columns(['origin_owner_id', 'created_at', 'id'])
        .execute();
      await db.schema
        .createIndex('keylink_accounts_created')
        .on('keylink_accounts')
        .columns(['created_at', 'id'])
        .execute();
    },
  },
  '0002_identity': {
    async up(db: Kysely<unknown>) {
      // Which provider tenant an account is, and which verified key (session) it holds now.
      await db.schema.alterTable('keylink_accounts').addColumn('tenant', 'text').execute();
      await db.schema
        .alterTable('keylink_accounts')
        .addColumn('credential_session_id', 'text')
        .execute();
      await db.schema
        .createIndex('keylink_accounts_owner_provider')
        .on('keylink_accounts')
        .columns(['origin_owner_id', 'provider', 'created_at'])
        .execute();
      // What verify learnt (the key's tenant, the account confirm updates) and why a session ended.
      await db.schema.alterTable('keylink_sessions').addColumn('tenant', 'text').execute();
      await db.schema
        .alterTable('keylink_sessions')
        .addColumn('target_account_id', 'text')
        .execute();
      await db.schema.alterTable('keylink_sessions').addColumn('closed_reason', 'text').execute();
      await db.schema.alterTable('keylink_sessions').addColumn('closed_at', 'text').execute();
      await db.schema
        .createIndex('keylink_sessions_account')
        .on('keylink_sessions')
        .column('account_id')
        .execute();
      await db.schema
        .createIndex('keylink_sessions_confirmed_account')
        .on('keylink_sessions')
        .column('confirmed_account_id')
        .execute();
      await db.schema
        .createIndex('keylink_sessions_target_account')
        .on('keylink_sessions')
        .column('target_account_id')
        .execute();
      // Periodic jobs shared by every instance: one claims a run by moving next_run_at.
      await db.schema
        .createTable('keylink_jobs')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('next_run_at', 'text', (c) => c.notNull())
        .execute();
      // Facts about this deployment, e.g. the encryption check value.
      await db.schema
        .createTable('keylink_meta')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  // Rate limits shared by every instance (a limit held in one process's memory would multiply
  // with the instances behind a load balancer): one counter per bucket, its window's end, and
  // an index for the purge of lapsed windows.
  '0003_limits': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('keylink_rate_limits')
        .addColumn('bucket', 'text', (c) => c.primaryKey())
        .addColumn('window_ends_at', 'text', (c) => c.notNull())
        .addColumn('hits', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('keylink_rate_limits_window_ends_at')
        .on('keylink_rate_limits')
        .column('window_ends_at')
        .execute();
    },
  },
  '0004_events': {
    async up(db: Kysely<unknown>) {
      const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
      await db.schema
        .createTable('keylink_events')
        .addColumn('seq', postgres ? 'serial' : 'integer', (c) =>
          postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('origin_owner_id', 'text', (c) => c.notNull())
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      for (const column of ['account_id', 'origin_owner_id', 'type']) {
        await db.schema
          .createIndex(`keylink_events_${column}_seq`)
          .on('keylink_events')
          .columns([column, 'seq'])
          .execute();
      }

      await db.schema
        .createTable('keylink_webhook_deliveries')
        .addColumn('event_id', 'text', (c) => c.primaryKey())
        .addColumn('event_seq', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('lease_owner', 'text')
        .addColumn('lease_expires_at', 'text')
        .addColumn('last_status', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('delivered_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('keylink_webhook_deliveries_due')
        .on('keylink_webhook_deliveries')
        .columns(['status', 'next_attempt_at'])
        .execute();

      for (const column of ['last_checked_at', 'last_check_outcome', 'check_due_at']) {
        await db.schema.alterTable('keylink_accounts').addColumn(column, 'text').execute();
      }
      await db.schema
        .createIndex('keylink_accounts_check_due')
        .on('keylink_accounts')
        .columns(['status', 'check_due_at'])
        .execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the schema up to date. Safe when several instances start at once: on Postgres Kysely
 * holds an advisory lock; on SQLite a second process may hit a busy database mid-migration, so
 * it retries (the other one's work then shows as already applied).
 */
export async function migrateToLatest(
  db: Kysely<KeylinkTables>,
  kind: 'sqlite' | 'postgres',
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<void> {
  // On Postgres, Kysely looks for its bookkeeping tables in every schema unless told which one:
  // another deployment's tables in a neighbouring schema would fool it. Pin it to ours.
  const schema =
    kind === 'postgres'
      ? ((await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db))
          .rows[0]?.schema ?? undefined)
      : undefined;
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'keylink_migration',
    migrationLockTableName: 'keylink_migration_lock',
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  let lastError: unknown;
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const { error } = await migrator.migrateToLatest();
    if (error === undefined) return;
    lastError = error;
    await sleep(50 * 2 ** attempt);
  }
  throw new Error('Could not bring the Keylink database schema up to date.', { cause: lastError });
}

/** Used by tests and by `keylink-server` to check a database is reachable. */
export async function ping(db: Kysely<KeylinkTables>): Promise<void> {
  await sql`select 1`.execute(db);
}
