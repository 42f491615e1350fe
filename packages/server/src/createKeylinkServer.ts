import { routes } from '@keylink/contract';
import type { Connector } from '@keylink/contract';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import type { AppEnv, Deps, Settings } from './context';
import { createDatabase } from './db/createDatabase';
import type { DatabaseConfig, KeylinkDatabase } from './db/createDatabase';
import { migrateToLatest } from './db/migrations';
import { createEncryption } from './encryption';
import { requireSecretKey, requireSession } from './http/auth';
import { HttpError } from './http/HttpError';
import { createDrain } from './http/drain';
import { errorResponse } from './http/errorResponse';
import { contentPolicy } from './http/contentPolicy';
import { linkCors } from './http/linkCors';
import { honoPath, noRouteFor } from './http/methods';
import { refuseNulInUrl } from './http/refuseNul';
import { createRequestIds, requestContext } from './http/requestContext';
import { metaRoutes } from './routes/metaRoutes';
import { createLogger } from './logging';
import { connectSessionRoutes } from './routes/connectSessionRoutes';
import { linkRoutes } from './routes/linkRoutes';
import { accountRoutes } from './routes/accountRoutes';
import { iamRoutes } from './routes/iamRoutes';
import { createBackground } from './background';
import { clientAddressOf } from './limits/clientAddress';
import type { KeylinkConnectionInfo } from './limits/clientAddress';
import { createRateLimiter } from './limits/rateLimiter';
import { createRateLimits, defaultRateLimits } from './limits/rateLimits';
import type { RateLimitOptions, RateLimitSettings } from './limits/rateLimits';
import { createPreviewWalker } from './previewWalker';
import { checkSecretKeys } from './secretKeys';
import { checkEncryptionKeys } from './encryptionCheck';
import { createRetentionJob } from './retention';
import { eventRoutes } from './routes/eventRoutes';
import { createKeyHealthChecker } from './keyHealth/createKeyHealthChecker';
import { createWebhookSender } from './webhooks/createWebhookSender';
import { webhookSettingsOf } from './webhooks/webhookSettings';
import type { WebhookOptions } from './webhooks/webhookSettings';

export interface KeylinkServerOptions {
  /** An open database (from createDatabase; you close it) or a config (the server closes it). */
  database: KeylinkDatabase | DatabaseConfig;
  /**
   * The host backend's key for host routes, or several, newest first, while rotating (each is
   * accepted). At least 16 characters; with NODE_ENV=production at least 32 random ones
   * (`openssl rand -base64 32`). Never send it to a browser.
   */
  secretKey: string | readonly string[];
  /** AES-256 keys in base64, newest first: the first encrypts, all decrypt (rotation). */
  encryptionKeys: readonly string[];
  /** Connectors by provider id, e.g. `{ lattice: createLatticeConnector() }`. */
  connectors: Readonly<Record<string, Connector>>;
  /** Browser origins allowed to call the widget routes (CORS). @default [] */
  allowedOrigins?: readonly string[];
  /** A pino logger. @default JSON lines on stdout, with secrets redacted */
  logger?: Logger;
  /** The clock (tests inject one). @default () => new Date() */
  now?: () => Date;
  /** @default 1800 (30 min) */
  sessionTtlSeconds?: number;
  /** Verify calls per session before it locks (too_many_attempts). @default 10 */
  maxVerifyAttempts?: number;
  /** Deadline of one verify call to the provider. @default 20000 */
  verifyTimeoutMs?: number;
  /** Deadline of one IAM read through the provider. @default 30000 */
  providerTimeoutMs?: number;
  /** Largest request body accepted. @default 65536 */
  bodyLimitBytes?: number;
  /** Manager ids of an account older than this are refreshed on the next IAM read. @default 86400 */
  managerIdsMaxAgeSeconds?: number;
  /** A preview walk's lease; another instance takes over a walk whose lease lapsed. @default 30000 */
  previewLeaseMs?: number;
  /** Least time between two progress writes of a preview walk. @default 250 */
  previewProgressIntervalMs?: number;
  /**
   * How long an ended session (spent, expired, or its account deleted) is kept, with its preview
   * and any sealed key, before a periodic job deletes it. @default 86400 (24 h)
   */
  sessionRetentionSeconds?: number;
  /** How often the retention job runs (one instance per round, claimed in the database). @default 600000 */
  retentionIntervalMs?: number;
  /** Names this instance in walk leases. @default a random id */
  instanceId?: string;
  /** How long close() lets requests in flight finish before answering them with an error. @default 10000 */
  closeGraceMs?: number;
  /**
   * Keylink's own limits (answered `rate_limited`, 429 with Retry-After), per minute, shared by
   * every instance through the database. @default { sessionsPerSecretKeyPerMinute: 1200, verifyPerSessionPerMinute: 10, verifyPerAddressPerMinute: 30 }
   */
  rateLimits?: RateLimitOptions;
  /**
   * How many proxies of yours sit in front of Keylink, each appending to X-Forwarded-For. 0: the
   * client address is the connection's peer and X-Forwarded-For is ignored (anyone can write it).
   * @default 0
   */
  trustedProxies?: number;
  /**
   * Sends every account event (linked, reconnected, access changed, needs reconnect, restored,
   * deleted) to the host's endpoint as a signed Standard Webhook, at least once, from a database
   * outbox. Without it, events are still stored and readable from GET /v1/events.
   */
  webhooks?: WebhookOptions;
  /**
   * Seconds between two checks of each active account's key (spread over the interval, shared
   * between instances); 0 turns the checks off. @default 21600 (6 hours)
   */
  keyHealthIntervalSeconds?: number;
}

export interface KeylinkServer {
  /**
   * A web-standard handler: mount it in any framework that speaks Request and Response. Pass the
   * connection (`{ clientAddress }`, or @hono/node-server's own second argument) so per-address
   * limits apply; without it only the per-key and per-session limits do.
   */
  fetch: (request: Request, connection?: KeylinkConnectionInfo) => Promise<Response>;
  /**
   * Resolves once the database is migrated and the encryption keys are known to open what is
   * stored (fetch waits for it too). Rejects, naming the key id needed, when they do not; every
   * request is then answered with `service_unavailable`.
   */
  ready: Promise<void>;
  /**
   * Resolves when this instance's background work (preview walks, refreshes, a round of webhook
   * deliveries or key checks) has finished.
   */
  idle: () => Promise<void>;
  /**
   * Shuts down: new requests are answered at once with `service_unavailable` (503), requests in
   * flight may finish (up to `closeGraceMs`, then they are answered with `service_unavailable`), background
   * walks stop and release their leases, and the database is closed if the server opened it.
   * Every request made before, during or after close() settles.
   */
  close: () => Promise<void>;
}

function settingsOf(options: KeylinkServerOptions): Settings {
  return {
    sessionTtlSeconds: options.sessionTtlSeconds ?? 1800,
    maxVerifyAttempts: options.maxVerifyAttempts ?? 10,
    verifyTimeoutMs: options.verifyTimeoutMs ?? 20_000,
    providerTimeoutMs: options.providerTimeoutMs ?? 30_000,
    bodyLimitBytes: options.bodyLimitBytes ?? 64 * 1024,
    managerIdsMaxAgeSeconds: options.managerIdsMaxAgeSeconds ?? 86_400,
    previewLeaseMs: options.previewLeaseMs ?? 30_000,
    previewProgressIntervalMs: options.previewProgressIntervalMs ?? 250,
    sessionRetentionSeconds: options.sessionRetentionSeconds ?? 86_400,
    retentionIntervalMs: options.retentionIntervalMs ?? 600_000,
    keyHealthIntervalSeconds: options.keyHealthIntervalSeconds ?? 21_600,
  };
}

function rateLimitSettingsOf(options: KeylinkServerOptions): RateLimitSettings {
  const given = options.rateLimits ?? {};
  return {
    sessionsPerSecretKeyPerMinute:
      given.sessionsPerSecretKeyPerMinute ?? defaultRateLimits.sessionsPerSecretKeyPerMinute,
    verifyPerSessionPerMinute:
      given.verifyPerSessionPerMinute ?? defaultRateLimits.verifyPerSessionPerMinute,
    verifyPerAddressPerMinute:
      given.verifyPerAddressPerMinute ?? defaultRateLimits.verifyPerAddressPerMinute,
  };
}

/**
 * Creates Keylink's HTTP handler.
 *
 * @example
 * const keylink = createKeylinkServer({
 *   database: { kind: 'sqlite', file: './.keylink/keylink.db' },
 *   secretKey: process.env.KEYLINK_SECRET_KEY!,
 *   encryptionKeys: [process.env.KEYLINK_ENCRYPTION_KEY!],
 *   connectors: { lattice: createLatticeConnector() },
 *   allowedOrigins: ['https://app.example.com'],
 * });
 * const response = await keylink.fetch(new Request('http://localhost/healthz'));
 */
export function createKeylinkServer(options: KeylinkServerOptions): KeylinkServer {
  const secretKeys = checkSecretKeys(options.secretKey, {
    production: process.env.NODE_ENV === 'production',
  });
  const interval = options.keyHealthIntervalSeconds;
  if (interval !== undefined && !(Number.isFinite(interval) && interval >= 0)) {
    throw new Error(
      'keyHealthIntervalSeconds must be a number of seconds ≥ 0 (0 turns checks off).',
    );
  }
  const webhookSettings =
    options.webhooks === undefined ? undefined : webhookSettingsOf(options.webhooks);
  const ownsDatabase = !('db' in options.database);
  const database = 'db' in options.database ? options.database : createDatabase(options.database);
  const now = options.now ?? (() => new Date());
  const deps: Deps = {
    db: database.db,
    databaseKind: database.kind,
    encryption: createEncryption(options.encryptionKeys),
    connectors: new Map(Object.entries(options.connectors)),
    logger: options.logger ?? createLogger(),
    now,
    settings: settingsOf(options),
    instanceId: options.instanceId ?? randomUUID(),
    limits: createRateLimits(createRateLimiter(database.db, now), rateLimitSettingsOf(options)),
    // `sender` is made below, once deps exist; nothing records an event before that.
    events: { outbox: webhookSettings !== undefined, recorded: () => sender?.wake() },
  };
  const trustedProxies = options.trustedProxies ?? 0;
  const ready = database
    .prepare()
    .then(() => migrateToLatest(database.db, database.kind))
    .then(() => checkEncryptionKeys(database.db, deps.encryption));
  let failedToStart = false;
  // Logged here; requests are then refused, and awaiting `ready` rethrows it.
  ready.catch((error: unknown) => {
    failedToStart = true;
    deps.logger.error({ err: error }, 'keylink did not start');
  });

  const background = createBackground((error, key) =>
    deps.logger.error({ err: error, task: key }, 'background task failed'),
  );
  const walker = createPreviewWalker(deps, background);
  const retention = createRetentionJob(deps, background);
  const sender =
    webhookSettings === undefined
      ? undefined
      : createWebhookSender(deps, background, webhookSettings);
  const keyHealth = createKeyHealthChecker(deps, background);
  let closing = false;
  // Background loops start once the schema is there; close() stops them.
  void ready.then(
    () => {
      if (closing) return;
      retention.start();
      sender?.start();
      keyHealth.start();
    },
    () => undefined,
  );

  const requestIds = createRequestIds();
  const drain = createDrain(requestIds.of);
  const app = new Hono<AppEnv>();
  app.use(requestContext(deps.logger, requestIds.of));
  // CORS first, so that every answer to the widget, errors included, can be read by it.
  app.use('/v1/link/*', linkCors(new Set(options.allowedOrigins ?? [])));
  // After CORS, so that the widget can read the refusal too.
  app.use(drain.refuseWhenClosing);
  app.use(refuseNulInUrl);

  app.use('/v1/connect-sessions', requireSecretKey(secretKeys));
  app.use('/v1/accounts', requireSecretKey(secretKeys));
  app.use('/v1/accounts/*', requireSecretKey(secretKeys));
  app.use('/v1/events', requireSecretKey(secretKeys));
  app.use('/v1/link/*', requireSession(deps));
  // Every route of the contract: a JSON body within the limit where it takes one, none elsewhere.
  for (const route of Object.values(routes)) {
    app.on(route.method, honoPath(route), contentPolicy(route, deps.settings.bodyLimitBytes));
  }
  app.route('/', metaRoutes(deps));
  app.route('/v1/connect-sessions', connectSessionRoutes(deps));
  app.route('/v1/accounts/:accountId/iam', iamRoutes(deps, background));
  app.route('/v1/accounts', accountRoutes(deps));
  app.route('/v1/events', eventRoutes(deps));
  app.route('/v1/link', linkRoutes(deps, walker));

  app.notFound((c) => {
    throw noRouteFor(c.req.method, c.req.path);
  });
  app.onError((error, c) => {
    const requestId = c.get('requestId');
    const known =
      error instanceof HttpError
        ? error
        : new HttpError(
            'internal_error',
            'Something went wrong on our side. Try again; if it keeps failing, contact support with the request id.',
          );
    if (!(error instanceof HttpError)) {
      (c.get('log') ?? deps.logger).error({ err: error }, 'unexpected error');
    }
    return errorResponse(known, requestId);
  });

  let closed: Promise<void> | undefined;
  return {
    ready,
    fetch: (request, connection) => {
      const env = { clientAddress: clientAddressOf(request, connection, trustedProxies) };
      // Refused at once: no waiting for migrations or a database that is going away.
      if (drain.closing) return Promise.resolve(app.fetch(request, env));
      return drain.track(request, async () => {
        await ready.catch(() => undefined);
        if (failedToStart) {
          return errorResponse(
            new HttpError(
              'service_unavailable',
              'This Keylink server did not start (see its log): it answers nothing until restarted with a working configuration.',
            ),
            undefined,
          );
        }
        return app.fetch(request, env);
      });
    },
    idle: () => background.idle(),
    close: () => {
      closed ??= (async () => {
        closing = true;
        retention.stop();
        sender?.stop();
        keyHealth.stop();
        await drain.close(options.closeGraceMs ?? 10_000);
        await background.close();
        if (ownsDatabase) await database.destroy();
      })();
      return closed;
    },
  };
}
