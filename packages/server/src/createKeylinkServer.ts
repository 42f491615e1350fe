import type { Connector } from '@keylink/contract';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
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
import { requestContext } from './http/requestContext';
import { metaRoutes } from './routes/metaRoutes';
import { createLogger } from './logging';
import { connectSessionRoutes } from './routes/connectSessionRoutes';
import { linkRoutes } from './routes/linkRoutes';
import { accountRoutes } from './routes/accountRoutes';
import { iamRoutes } from './routes/iamRoutes';
import { createBackground } from './background';
import { createPreviewWalker } from './previewWalker';

export interface KeylinkServerOptions {
  /** An open database (from createDatabase; you close it) or a config (the server closes it). */
  database: KeylinkDatabase | DatabaseConfig;
  /** The host backend's key for host routes (≥ 16 characters). Never send it to a browser. */
  secretKey: string;
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
  /** Names this instance in walk leases. @default a random id */
  instanceId?: string;
  /** How long close() lets requests in flight finish before answering them with an error. @default 10000 */
  closeGraceMs?: number;
}

export interface KeylinkServer {
  /** A web-standard handler: mount it in any framework that speaks Request and Response. */
  fetch: (request: Request) => Promise<Response>;
  /** Resolves once the database is migrated (fetch waits for it too). */
  ready: Promise<void>;
  /** Resolves when this instance's background work (preview walks, refreshes) has finished. */
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
  if (options.secretKey.length < 16) {
    throw new Error(
      'The Keylink secret key must be at least 16 characters: generate a long random one.',
    );
  }
  const ownsDatabase = !('db' in options.database);
  const database = 'db' in options.database ? options.database : createDatabase(options.database);
  const deps: Deps = {
    db: database.db,
    databaseKind: database.kind,
    encryption: createEncryption(options.encryptionKeys),
    connectors: new Map(Object.entries(options.connectors)),
    logger: options.logger ?? createLogger(),
    now: options.now ?? (() => new Date()),
    settings: settingsOf(options),
    instanceId: options.instanceId ?? randomUUID(),
  };
  const ready = database.prepare().then(() => migrateToLatest(database.db, database.kind));
  // Logged here; requests then fail with internal_error, and awaiting `ready` rethrows it.
  ready.catch((error: unknown) => deps.logger.error({ err: error }, 'database migration failed'));

  const background = createBackground((error, key) =>
    deps.logger.error({ err: error, task: key }, 'background task failed'),
  );
  const walker = createPreviewWalker(deps, background);

  const drain = createDrain();
  const app = new Hono<AppEnv>();
  app.use(requestContext(deps.logger));
  // CORS first, so that every answer to the widget, errors included, can be read by it.
  const allowed = new Set(options.allowedOrigins ?? []);
  app.use(
    '/v1/link/*',
    cors({
      origin: (origin) => (allowed.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: [
        'Authorization',
        'Content-Type',
        'Accept-Language',
        'Idempotency-Key',
        'X-Request-Id',
      ],
      exposeHeaders: ['X-Request-Id', 'Retry-After', 'Content-Language'],
      maxAge: 600,
    }),
  );
  // After CORS, so that the widget can read the refusal too.
  app.use(drain.refuseWhenClosing);

  app.use(
    bodyLimit({
      maxSize: deps.settings.bodyLimitBytes,
      onError: () => {
        throw new HttpError(
          'payload_too_large',
          `The request body is larger than ${deps.settings.bodyLimitBytes} bytes.`,
        );
      },
    }),
  );
  app.route('/', metaRoutes(deps));
  app.use('/v1/connect-sessions', requireSecretKey(options.secretKey));
  app.use('/v1/accounts', requireSecretKey(options.secretKey));
  app.use('/v1/accounts/*', requireSecretKey(options.secretKey));
  app.route('/v1/connect-sessions', connectSessionRoutes(deps));
  app.route('/v1/accounts/:accountId/iam', iamRoutes(deps, background));
  app.route('/v1/accounts', accountRoutes(deps));
  app.use('/v1/link/*', requireSession(deps));
  app.route('/v1/link', linkRoutes(deps, walker));

  app.notFound((c) => {
    throw new HttpError('not_found', `There is no route ${c.req.method} ${c.req.path}: see /docs.`);
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
    fetch: (request) => {
      // Refused at once: no waiting for migrations or a database that is going away.
      if (drain.closing) return Promise.resolve(app.fetch(request));
      return drain.track(request, async () => {
        await ready.catch(() => undefined);
        return app.fetch(request);
      });
    },
    idle: () => background.idle(),
    close: () => {
      closed ??= (async () => {
        await drain.close(options.closeGraceMs ?? 10_000);
        await background.close();
        if (ownsDatabase) await database.destroy();
      })();
      return closed;
    },
  };
}
