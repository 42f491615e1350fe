import type { Connector } from '@keylink/contract';
import type { Kysely, Selectable } from 'kysely';
import type { Logger } from 'pino';
import type { KeylinkTables, SessionsTable } from './db/schema';
import type { Encryption } from './encryption';

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
  /**
   * Account events: whether each is also written to the webhook outbox (webhooks configured),
   * and a nudge for this instance's sender once one is recorded (it also polls).
   */
  events: { outbox: boolean; recorded: () => void };
}

export type SessionRow = Selectable<SessionsTable>;

/** Hono's per-request variables. */
export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    session: SessionRow;
  };
}

export function isoNow(deps: Pick<Deps, 'now'>, offsetMs = 0): string {
  return new Date(deps.now().getTime() + offsetMs).toISOString();
}
