import type { Connector } from '@keylink/contract';
import type { Kysely, Selectable } from 'kysely';
import type { Logger } from 'pino';
import type { KeylinkTables, SessionsTable } from './db/schema';
import type { Encryption } from './encryption';
import type { RateLimits } from './limits/rateLimits';

/** Tunables, all with documented defaults (see KeylinkServerOptions). */
export interface Settings {
  sessionTtlSeconds: number;
  maxVerifyAttempts: number;
  verifyTimeoutMs: number;
  providerTimeoutMs: number;
  bodyLimitBytes: number;
  managerIdsMaxAgeSeconds: number;
  previewLeaseMs: number;
  previewProgressIntervalMs: number;
  sessionRetentionSeconds: number;
  retentionIntervalMs: number;
  /** Seconds between two checks of one account's key; 0 turns the checks off. */
  keyHealthIntervalSeconds: number;
}

/** What every route and store needs: built once per server. */
export interface Deps {
  db: Kysely<KeylinkTables>;
  databaseKind: 'sqlite' | 'postgres';
  encryption: Encryption;
  connectors: ReadonlyMap<string, Connector>;
  logger: Logger;
  now: () => Date;
  settings: Settings;
  /** This process's id in walk leases. */
  instanceId: string;
  /** Keylink's own rate limits (rate_limited), counted in the database. */
  limits: RateLimits;
  /**
   * Account events: whether each is also written to the webhook outbox (webhooks configured),
   * and a nudge for this instance's sender once one is recorded (it also polls).
   */
  events: { outbox: boolean; recorded: () => void };
}

export type SessionRow = Selectable<SessionsTable>;

/** Hono's per-request variables. */
export interface AppEnv {
  /** What the server passes with each request (see createKeylinkServer's fetch). */
  Bindings: {
    /** The client's address (its connection's peer, or per trustedProxies); undefined when unknown. */
    clientAddress: string | undefined;
  };
  Variables: {
    requestId: string;
    log: Logger;
    session: SessionRow;
    /** Which secret key authenticated a host request (an id, not the key). */
    secretKeyId: string;
  };
}

export function isoNow(deps: Pick<Deps, 'now'>, offsetMs = 0): string {
  return new Date(deps.now().getTime() + offsetMs).toISOString();
}
