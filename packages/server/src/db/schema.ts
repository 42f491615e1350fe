import type { Generated } from 'kysely';

/**
 * The tables, as Kysely sees them. Portable on SQLite and Postgres: timestamps are ISO 8601
 * strings (UTC, fixed width, so they compare as text), JSON is text, flags are text enums.
 */
export interface SessionsTable {
  id: string;
  /** SHA-256 of the session token, hex. The token itself is never stored. */
  token_hash: string;
  provider: string;
  origin_owner_id: string;
  origin_owner_name: string | null;
  /** Set for a reconnect session: the account the confirm updates. */
  account_id: string | null;
  /** pending → verified → used */
  status: 'pending' | 'verified' | 'used';
  verify_attempts: Generated<number>;
  /** The verified credential, encrypted (AAD: the session id). Cleared on confirm. */
  credential: string | null;
  region: string | null;
  /** JSON of the contract's Verification. */
  verification: string | null;
  verified_at: string | null;
  confirm_idempotency_key: string | null;
  confirmed_account_id: string | null;
  used_at: string | null;
  expires_at: string;
  created_at: string;
  /** JSON of the connector's TenantIdentity for the verified key. */
  tenant: string | null;
  /** Set at verify: the account confirm updates (account_id, or this owner's twin of the tenant). */
  target_account_id: string | null;
  /** Why the session ended early: its account was deleted. Every route then answers not_found. */
  closed_reason: 'account_deleted' | null;
  closed_at: string | null;
}

export interface PreviewsTable {
  session_id: string;
  /** Bumped on each verify: a walk of an older verification stops writing. */
  generation: number;
  /** The background walk: running until it completes or fails. */
  walk_status: 'running' | 'complete' | 'failed';
  /** JSON of the contract's Preview, as the widget sees it. */
  preview: string;
  /** JSON string[] of manager remote ids, once the walk completed. */
  manager_remote_ids: string | null;
  /** The instance walking, and until when its lease holds (renewed by heartbeats). */
  lease_owner: string | null;
  lease_expires_at: string | null;
  updated_at: string;
}

export interface AccountsTable {
  id: string;
  provider: string;
  origin_owner_id: string;
  origin_owner_name: string | null;
  status: 'active' | 'needs_reconnect';
  region: string | null;
  owner_remote_id: string | null;
  owner_name: string | null;
  owner_email: string | null;
  access: 'full' | 'partial';
  /** Encrypted credential (AAD: the account id). Deleted with the row. */
  credential: string;
  /** JSON string[]; null until a complete walk. */
  manager_remote_ids: string | null;
  /** JSON RoleCounts from the same walk. */
  role_counts: string | null;
  manager_ids_refreshed_at: string | null;
  /** While a refresh walk runs somewhere: until when its claim holds. */
  facts_lease_expires_at: string | null;
  /** The session that created it: unique, so one session can never create two accounts. */
  created_by_session_id: string;
  created_at: string;
  updated_at: string;
  last_verified_at: string;
  /** JSON of the connector's TenantIdentity, fingerprints merged across reconnects. */
  tenant: string | null;
  /** The session whose verified key the account holds: walks of other sessions never write here. */
  credential_session_id: string | null;
  /** When the periodic key check last ran, and what it found (contract KeyCheckOutcome). */
  last_checked_at: string | null;
  last_check_outcome: 'ok' | 'access_changed' | 'rejected' | 'provider_unavailable' | null;
  /**
   * When the key is next due a check; null until the scheduler spreads it over the interval.
   * An instance claims a check by moving it a lease ahead, so a killed instance's check recurs.
   */
  check_due_at: string | null;
}

/** Every change to an account, in order: its history, and what webhooks deliver. Kept after deletion. */
export interface EventsTable {
  /** Order of commit (event writes are serialised on Postgres): what cursors follow. */
  seq: Generated<number>;
  /** `evt_…`: the event's id in the API and its `webhook-id`. */
  id: string;
  type: string;
  account_id: string;
  origin_owner_id: string;
  provider: string;
  /** JSON of the contract's AccountEventPayload: the exact webhook body. */
  payload: string;
  created_at: string;
}

/** The outbox: one row per event to deliver to the host's webhook endpoint. */
export interface WebhookDeliveriesTable {
  event_id: string;
  event_seq: number;
  /** pending → delivered, or failed once every retry is spent. */
  status: 'pending' | 'delivered' | 'failed';
  attempts: Generated<number>;
  next_attempt_at: string;
  /** The instance sending it now, and until when its lease holds. */
  lease_owner: string | null;
  lease_expires_at: string | null;
  /** The endpoint's last HTTP status (null: no answer), and a short error without bodies. */
  last_status: number | null;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
}

export interface JobsTable {
  name: string;
  next_run_at: string;
}

export interface MetaTable {
  name: string;
  value: string;
}

/** One fixed-window counter of a rate limit (migration 0003_limits), shared by every instance. */
export interface RateLimitsTable {
  /** What is counted, e.g. `verify:address:203.0.113.7`. */
  bucket: string;
  /** When the current window ends (ISO 8601); a hit after it starts a new window. */
  window_ends_at: string;
  /** Hits in the current window, refused ones included. */
  hits: number;
}

export interface KeylinkTables {
  keylink_sessions: SessionsTable;
  keylink_previews: PreviewsTable;
  keylink_accounts: AccountsTable;
  keylink_rate_limits: RateLimitsTable;
  keylink_jobs: JobsTable;
  keylink_meta: MetaTable;
  keylink_events: EventsTable;
  keylink_webhook_deliveries: WebhookDeliveriesTable;
}
