import { IamUserList, routes } from '@keylink/contract';
import type { Connector, ErrorCode, RouteDefinition, RouteName } from '@keylink/contract';

type SandboxKeyName = keyof typeof sandboxKeys;
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { createKeylinkServer, generateEncryptionKey } from '../index';
import type { KeylinkDatabase, KeylinkServer } from '../index';
import type { KeylinkTables } from '../db/schema';
import { bodyOf, linkAccount, newSession, verifyOk } from '../testing/flow';
import type { TestStorage } from '../testing/testDatabases';
import { createTestLattice, sandboxKeys } from '../testing/testLattice';
import {
  createLogCapture,
  createTestClock,
  createTestDeployment,
  testSecretKey,
} from '../testing/testServer';
import { operationById } from './apiDocument';
import type { Operation } from './apiDocument';

// Requests that make each operation answer each documented outcome. A code the document lists
// for an operation is produced by `scenarios[operation][code]`, else by `anyOperation[code]`;
// the contract test fails naming any pair that has neither, so a status declared in the route
// table (packages/contract/src/routes.ts) needs a way to provoke it here.

export const bodyLimitBytes = 4096;
export const maxVerifyAttempts = 3;

/** Keys that worked when the account was linked and fail in their own way afterwards. */
const laterFailing: SandboxKeyName[] = [
  'revoked',
  'usersForbidden',
  'rateLimited',
  'timeout',
  'serverError',
  'malformed',
];

/** The provider id of the drifting connector below. */
const drifting = 'lattice-drifting';

/**
 * The real Lattice connector, except that verify and preview of a `laterFailing` key run with a
 * working key: the account gets linked with that key, and the IAM reads then meet what Lattice
 * does with it (a key revoked, rate-limited… after linking).
 */
function createDriftingConnector(real: Connector): Connector {
  const failing = new Set(laterFailing.map((name) => sandboxKeys[name]));
  const working = <T extends { credentials: Readonly<Record<string, string>> }>(input: T): T =>
    failing.has(input.credentials.apiKey ?? '')
      ? { ...input, credentials: { apiKey: sandboxKeys.smallCompanyAdmin } }
      : input;
  return {
    ...real,
    verify: (input) => real.verify(working(input)),
    preview: (input, ...rest) => real.preview(working(input), ...rest),
  };
}

/**
 * A database that works until `cut()`, then fails every query, as when its server went away
 * after the instance started (one that cannot start answers service_unavailable instead).
 */
function breakableDatabase(): { database: KeylinkDatabase; cut: () => void } {
  let reachable = true;
  const real = new BetterSqlite3(':memory:');
  const flaky = new Proxy(real, {
    get(target, property) {
      if (property === 'prepare' && !reachable) {
        return () => {
          throw new Error('The database is unreachable (test).');
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const db = new Kysely<KeylinkTables>({ dialect: new SqliteDialect({ database: flaky }) });
  return {
    database: { kind: 'sqlite', db, prepare: async () => {}, destroy: () => db.destroy() },
    cut: () => {
      reachable = false;
    },
  };
}

export interface Call {
  params?: Record<string, string>;
  query?: string;
  body?: string;
  contentType?: string | null;
  token?: string | null;
  headers?: Record<string, string>;
}

export interface Fixture {
  server: KeylinkServer;
  /** Closed: answers everything with service_unavailable. */
  closed: KeylinkServer;
  /** Its database went away: answers with internal_error. */
  broken: KeylinkServer;
  /** Same storage, Keylink's own limits at one call a minute: answers rate_limited soon. */
  limited: KeylinkServer;
  accountId: string;
  userId: string;
  /** Accounts linked with keys that now fail, by sandbox key name. */
  drifted: Partial<Record<SandboxKeyName, string>>;
  expiredToken: string;
  request(operation: Operation, call?: Call): Request;
  close(): Promise<void>;
}

export async function createFixture(storage: TestStorage): Promise<Fixture> {
  const clock = createTestClock();
  const deployment = createTestDeployment(storage);
  const { connector } = createTestLattice();
  const options = {
    connectors: { lattice: connector, [drifting]: createDriftingConnector(connector) },
    now: clock.now,
    bodyLimitBytes,
    maxVerifyAttempts,
  };
  const server = deployment.start(options);
  // Verified, then expired: every session route answers session_expired for it.
  const expiring = await newSession(server, { expiresInSeconds: 60 });
  await verifyOk(server, expiring.token, sandboxKeys.smallCompanyAdmin);
  await server.idle();
  clock.advance(61_000);
  const { accountId } = await linkAccount(server, sandboxKeys.smallCompanyAdmin);
  const users = await server.fetch(
    new Request(`http://keylink.test/v1/accounts/${accountId}/iam/users?limit=1`, {
      headers: { authorization: `Bearer ${testSecretKey}` },
    }),
  );
  const userId = IamUserList.parse(await bodyOf(users)).data[0]?.id ?? '';
  const drifted: Fixture['drifted'] = {};
  // One origin owner each: the same company linked again by one owner is that owner's account.
  for (const name of laterFailing) {
    drifted[name] = (
      await linkAccount(server, sandboxKeys[name], `org_drifted_${name}`, drifting)
    ).accountId;
  }
  const limited = deployment.start({
    ...options,
    rateLimits: {
      sessionsPerSecretKeyPerMinute: 1,
      verifyPerSessionPerMinute: 1,
      verifyPerAddressPerMinute: 0,
    },
  });
  const closed = deployment.start(options);
  await closed.close();
  const breakable = breakableDatabase();
  const broken = createKeylinkServer({
    ...options,
    database: breakable.database,
    secretKey: testSecretKey,
    encryptionKeys: [generateEncryptionKey()],
    logger: createLogCapture().logger,
  });
  await broken.ready;
  breakable.cut();

  return {
    server,
    closed,
    broken,
    limited,
    accountId,
    userId,
    drifted,
    expiredToken: expiring.token,
    request(operation, call = {}) {
      const route = routeOf(operation);
      const params = { accountId, userId, ...call.params };
      const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
        encodeURIComponent(params[name as keyof typeof params] ?? ''),
      );
      const headers = new Headers(call.headers);
      const token =
        call.token === undefined ? (route.auth === 'secret' ? testSecretKey : null) : call.token;
      if (token !== null) headers.set('authorization', `Bearer ${token}`);
      const contentType = call.contentType === undefined ? 'application/json' : call.contentType;
      if (call.body !== undefined && contentType !== null) headers.set('content-type', contentType);
      return new Request(`http://keylink.test${path}${call.query ?? ''}`, {
        method: operation.method,
        headers,
        body: call.body,
      });
    },
    async close() {
      await broken.close();
      await deployment.close();
    },
  };
}

export function routeOf(operation: Operation): RouteDefinition {
  return routes[operationName(operation)];
}

export function operationName(operation: Operation): RouteName {
  const name = operation.operationId;
  if (!(name in routes)) throw new Error(`Operation ${name} is not in the route table`);
  return name as RouteName;
}

export interface Scenario {
  /**
   * Which server answers: the working one (default), a closed one, one without database, or one
   * whose own limits are at one call a minute.
   */
  server?: 'closed' | 'broken' | 'limited';
  request: Request;
}

type Producer = (fixture: Fixture, operation: Operation) => Promise<Scenario | undefined>;

const on = (request: Request, server?: Scenario['server']): Scenario =>
  server === undefined ? { request } : { request, server };

/** A widget session in the state an operation needs. */
async function sessionToken(
  fixture: Fixture,
  state: 'fresh' | 'verified' | 'used',
  key = sandboxKeys.smallCompanyAdmin,
) {
  const { token } = await newSession(fixture.server);
  if (state === 'fresh') return token;
  await verifyOk(fixture.server, token, key);
  if (state === 'verified') return token;
  await fixture.server.idle();
  const confirmed = await fixture.server.fetch(
    fixture.request(operationById('confirm'), { token }),
  );
  if (confirmed.status !== 200) throw new Error(`confirm: ${confirmed.status}`);
  return token;
}

const verifyBody = (key: string) => JSON.stringify({ credentials: { apiKey: key }, region: 'us' });

/** A body the operation accepts, for outcomes decided by something else (the session's state). */
function validBodyOf(operation: Operation): { body?: string } {
  const route = routeOf(operation);
  if (route.body === undefined) return {};
  if (route === routes.verify) return { body: verifyBody(sandboxKeys.smallCompanyAdmin) };
  if (route === routes.createConnectSession) {
    return { body: JSON.stringify({ provider: 'lattice', originOwnerId: 'org_acme' }) };
  }
  return { body: '{}' };
}

let owners = 0;
/** An origin owner no other scenario uses. */
const uniqueOwner = () => `org_scenario_${(owners += 1)}`;

/** The request that succeeds, for each operation. */
export const happyPaths: Record<
  RouteName,
  (fixture: Fixture, operation: Operation) => Promise<Request>
> = {
  health: async (f, op) => f.request(op),
  createConnectSession: async (f, op) =>
    f.request(op, { body: JSON.stringify({ provider: 'lattice', originOwnerId: 'org_acme' }) }),
  listAccounts: async (f, op) => f.request(op, { query: '?limit=2' }),
  getAccount: async (f, op) => f.request(op),
  deleteAccount: async (f, op) =>
    f.request(op, {
      params: {
        accountId: (await linkAccount(f.server, sandboxKeys.midCompanyAdmin, uniqueOwner()))
          .accountId,
      },
    }),
  listIamUsers: async (f, op) => f.request(op, { query: '?limit=3' }),
  getIamUser: async (f, op) => f.request(op),
  listIamRoles: async (f, op) => f.request(op),
  listEvents: async (f, op) => f.request(op, { query: '?limit=2' }),
  getLinkSession: async (f, op) => f.request(op, { token: await sessionToken(f, 'fresh') }),
  verify: async (f, op) =>
    f.request(op, {
      token: await sessionToken(f, 'fresh'),
      body: verifyBody(sandboxKeys.smallCompanyAdmin),
    }),
  getPreview: async (f, op) => f.request(op, { token: await sessionToken(f, 'verified') }),
  confirm: async (f, op) =>
    f.request(op, {
      token: await sessionToken(f, 'verified'),
      headers: { 'idempotency-key': 'b0c5c2d4-confirm' },
    }),
};

const happy = async (f: Fixture, op: Operation) => happyPaths[operationName(op)](f, op);

/** With its account linked with a key that now fails in the given way. */
const driftedAccount =
  (name: SandboxKeyName): Producer =>
  async (f, op) =>
    on(f.request(op, { params: { accountId: f.drifted[name] ?? '' } }));

const verifyWith =
  (key: string): Producer =>
  async (f, op) =>
    on(f.request(op, { token: await sessionToken(f, 'fresh'), body: verifyBody(key) }));

/** Outcomes any operation can be driven to the same way. */
export const anyOperation: Partial<Record<ErrorCode, Producer>> = {
  invalid_request: async (f, op) => {
    const route = routeOf(op);
    const token = route.auth === 'session' ? await sessionToken(f, 'fresh') : undefined;
    if (route.query !== undefined) return on(f.request(op, { token, query: '?limit=1e2' }));
    if (route.body !== undefined) return on(f.request(op, { token, body: '{"unknown":true}' }));
    if (route.idempotencyKey === true) {
      return on(f.request(op, { token, headers: { 'idempotency-key': 'has spaces' } }));
    }
    return undefined;
  },
  unauthorized: async (f, op) => on(f.request(op, { token: null })),
  payload_too_large: async (f, op) => {
    const token = routeOf(op).auth === 'session' ? await sessionToken(f, 'fresh') : undefined;
    return on(f.request(op, { token, body: JSON.stringify({ pad: 'x'.repeat(bodyLimitBytes) }) }));
  },
  unsupported_media_type: async (f, op) => {
    const route = routeOf(op);
    const token = route.auth === 'session' ? await sessionToken(f, 'fresh') : undefined;
    if (route.body === undefined && route.method === 'GET') {
      // fetch will not build a GET with a body; over HTTP it arrives as a declared length.
      return on(f.request(op, { token, headers: { 'content-length': '2' } }));
    }
    return on(
      f.request(op, {
        token,
        body: '{}',
        contentType: route.body === undefined ? 'application/json' : 'text/plain',
      }),
    );
  },
  not_found: async (f, op) =>
    on(f.request(op, { params: { accountId: 'acc_missing', userId: 'usr_missing' } })),
  session_expired: async (f, op) =>
    on(f.request(op, { token: f.expiredToken, ...validBodyOf(op) })),
  session_used: async (f, op) =>
    on(f.request(op, { token: await sessionToken(f, 'used'), ...validBodyOf(op) })),
  session_not_verified: async (f, op) =>
    on(f.request(op, { token: await sessionToken(f, 'fresh'), ...validBodyOf(op) })),
  service_unavailable: async (f, op) => on(await happy(f, op), 'closed'),
  internal_error: async (f, op) => on(await happy(f, op), 'broken'),
};

/**
 * A reconnect session (verified or not) whose account was deleted after the session was made: the
 * session routes then answer not_found.
 */
async function reconnectOfDeletedAccount(f: Fixture, verified: boolean): Promise<string> {
  const owner = uniqueOwner();
  const { accountId } = await linkAccount(f.server, sandboxKeys.midCompanyAdmin, owner);
  const { token } = await newSession(f.server, { accountId, originOwnerId: owner });
  if (verified) await verifyOk(f.server, token, sandboxKeys.midCompanyAdmin);
  await f.server.fetch(
    new Request(`http://keylink.test/v1/accounts/${accountId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${testSecretKey}` },
    }),
  );
  return token;
}

/** Outcomes that take a path of their own on one operation. */
export const scenarios: Partial<Record<RouteName, Partial<Record<ErrorCode, Producer>>>> = {
  createConnectSession: {
    rate_limited: async (f, op) => {
      const body = JSON.stringify({ provider: 'lattice', originOwnerId: uniqueOwner() });
      await f.limited.fetch(f.request(op, { body }));
      return on(f.request(op, { body }), 'limited');
    },
    not_found: async (f, op) =>
      on(
        f.request(op, {
          body: JSON.stringify({
            provider: 'lattice',
            originOwnerId: 'org_acme',
            accountId: 'acc_missing',
          }),
        }),
      ),
  },
  getIamUser: {
    not_found: async (f, op) =>
      on(f.request(op, { params: { userId: '00000000-0000-4000-8000-000000000000' } })),
    account_needs_reconnect: driftedAccount('revoked'),
    insufficient_permissions: driftedAccount('usersForbidden'),
    provider_rate_limited: driftedAccount('rateLimited'),
    provider_timeout: driftedAccount('timeout'),
    provider_unavailable: driftedAccount('serverError'),
    provider_bad_response: driftedAccount('malformed'),
  },
  listIamUsers: {
    account_needs_reconnect: driftedAccount('revoked'),
    insufficient_permissions: driftedAccount('usersForbidden'),
    provider_rate_limited: driftedAccount('rateLimited'),
    provider_timeout: driftedAccount('timeout'),
    provider_unavailable: driftedAccount('serverError'),
    provider_bad_response: driftedAccount('malformed'),
  },
  verify: {
    invalid_credentials: verifyWith(sandboxKeys.revoked),
    insufficient_permissions: verifyWith(sandboxKeys.usersForbidden),
    provider_rate_limited: verifyWith(sandboxKeys.rateLimited),
    provider_timeout: verifyWith(sandboxKeys.timeout),
    provider_unavailable: verifyWith(sandboxKeys.serverError),
    provider_bad_response: verifyWith(sandboxKeys.malformed),
    rate_limited: async (f, op) => {
      const { token } = await newSession(f.server, { originOwnerId: uniqueOwner() });
      await f.limited.fetch(f.request(op, { token, body: verifyBody('not-a-key') }));
      return on(f.request(op, { token, body: verifyBody('not-a-key') }), 'limited');
    },
    // A reconnect of an account of one company with a key of another.
    account_mismatch: async (f, op) => {
      const { token } = await newSession(f.server, { accountId: f.accountId });
      return on(f.request(op, { token, body: verifyBody(sandboxKeys.midCompanyAdmin) }));
    },
    // A reconnect whose account was deleted after the session was made.
    not_found: async (f, op) =>
      on(
        f.request(op, {
          token: await reconnectOfDeletedAccount(f, false),
          body: verifyBody(sandboxKeys.midCompanyAdmin),
        }),
      ),
    too_many_attempts: async (f, op) => {
      const token = await sessionToken(f, 'fresh');
      for (let attempt = 0; attempt < maxVerifyAttempts; attempt += 1) {
        await f.server.fetch(f.request(op, { token, body: verifyBody('not-a-key') }));
      }
      return on(f.request(op, { token, body: verifyBody(sandboxKeys.smallCompanyAdmin) }));
    },
  },
  getPreview: {
    // A verified reconnect whose account was deleted since: the preview is gone with it.
    not_found: async (f, op) =>
      on(f.request(op, { token: await reconnectOfDeletedAccount(f, true) })),
  },
  confirm: {
    // A reconnect whose account was deleted between verify and confirm.
    not_found: async (f, op) =>
      on(f.request(op, { token: await reconnectOfDeletedAccount(f, true) })),
  },
};
