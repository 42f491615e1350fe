import { randomUUID } from 'node:crypto';
import { ConfirmResponse, ErrorBody, errorStatus, IamUserList, routes } from '@keylink/contract';
import type { ErrorCode } from '@keylink/contract';
import type { RouteDefinition } from '@keylink/contract';
import { createLatticeConnector } from '@keylink/lattice';
import { createLatticeSandbox, sandboxKeys } from '@keylink/lattice/sandbox';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeylinkServer } from '../index';
import { confirm, newSession, parseBody, verify } from '../testing/flow';
import { storageTargets } from '../testing/testDatabases';
import type { StorageTarget } from '../testing/testDatabases';
import {
  answerOf,
  createTestDeployment,
  hostRequest,
  testOrigin,
  testSecretKey,
} from '../testing/testServer';

const bodyLimitBytes = 16 * 1024;
const sandbox = createLatticeSandbox();
let deployment: ReturnType<typeof createTestDeployment>;
let server: KeylinkServer;
/** Tokens of real sessions, so generated requests also get past authentication. */
const tokens: string[] = [];
let accountId = 'acc_unknown';
let userId = 'user_unknown';

/** Starts one server on the target's storage, with an account, a user and sessions to aim at. */
async function startOn(target: StorageTarget): Promise<void> {
  deployment = createTestDeployment(target.create());
  tokens.length = 0;
  server = deployment.start({
    connectors: {
      lattice: createLatticeConnector({
        baseUrl: 'https://lattice.test',
        fetch: sandbox.fetch,
        timeoutMs: 500,
        retry: { maxAttempts: 1 },
      }),
    },
    bodyLimitBytes,
    maxVerifyAttempts: 1_000_000,
    // Generated requests hammer a dozen sessions: limits would answer most of them 429.
    rateLimits: { verifyPerSessionPerMinute: 1_000_000 },
  });
  const linked = await newSession(server, { originOwnerId: 'org_linked' });
  await verify(server, linked.token, sandboxKeys.smallCompanyAdmin);
  const confirmed = await answerOf(confirm(server, linked.token, randomUUID()));
  accountId = ConfirmResponse.parse(parseBody(confirmed.text)).accountId;
  await server.idle();
  const users = await answerOf(
    server.fetch(hostRequest(`/v1/accounts/${accountId}/iam/users?limit=1`)),
  );
  userId = IamUserList.parse(parseBody(users.text)).data[0]?.id ?? userId;
  // Fresh sessions, verified ones (a generated confirm may spend them) and a spent one.
  for (let index = 0; index < 12; index += 1) {
    const { token } = await newSession(server, { originOwnerId: `org_${index}` });
    if (index % 2 === 1) await verify(server, token, sandboxKeys.midCompanyAdmin);
    tokens.push(token);
  }
  tokens.push(linked.token);
}

async function stop(): Promise<void> {
  await server.idle();
  await deployment.close();
}

const providerCodes: readonly ErrorCode[] = [
  'provider_unavailable',
  'provider_timeout',
  'provider_bad_response',
];
const routeList: readonly RouteDefinition[] = Object.values(routes);

/** The route a method and path match, if any (for checking success answers against it). */
function routeOf(method: string, path: string): RouteDefinition | undefined {
  return routeList.find((route) => {
    if (route.method !== method) return false;
    const pattern = route.path.replace(/\{\w+\}/g, '[^/]+');
    return new RegExp(`^${pattern}/?$`).test(path);
  });
}

const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 80 });
/** Text with a NUL in it: Postgres refuses it in text, so it must be a 400 before any SQL. */
const withNul = fc.tuple(printable, printable).map(([before, after]) => `${before}\u0000${after}`);
const anyText = fc.string({ unit: 'binary', maxLength: 200 });
// Scenario keys that answer at once (not the hanging, slow or 10,000-person ones).
const quickKeys = [
  sandboxKeys.smallCompanyAdmin,
  sandboxKeys.midCompanyAdmin,
  sandboxKeys.nonAdmin,
  sandboxKeys.usersForbidden,
  sandboxKeys.apiNotEnabled,
  sandboxKeys.revoked,
  sandboxKeys.rateLimited,
  sandboxKeys.serverError,
  sandboxKeys.malformed,
];
const methods = ['GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS', 'HEAD'] as const;

/** A path parameter: mostly the real account or user, else anything. */
const parameter = fc.oneof(
  { weight: 4, arbitrary: fc.constant(() => accountId) },
  { weight: 2, arbitrary: fc.constant(() => userId) },
  { weight: 1, arbitrary: printable.map((value) => () => encodeURIComponent(value)) },
  { weight: 1, arbitrary: fc.webSegment().map((value) => () => value) },
  { weight: 1, arbitrary: withNul.map((value) => () => encodeURIComponent(value)) },
);
const query = fc.oneof(
  fc.constant(''),
  fc.webQueryParameters(),
  fc
    .dictionary(
      fc.constantFrom('limit', 'cursor', 'originOwnerId', 'x', 'limit[]'),
      fc.oneof(printable, fc.integer().map(String), withNul),
      { maxKeys: 3 },
    )
    .map((entries) => new URLSearchParams(entries).toString()),
);
/** Who calls: mostly the credential the route wants, sometimes none or garbage. */
const caller = fc.oneof(
  { weight: 6, arbitrary: fc.constant<'right' | 'none' | 'wrong'>('right') },
  { weight: 1, arbitrary: fc.constant<'right' | 'none' | 'wrong'>('none') },
  { weight: 1, arbitrary: fc.constant<'right' | 'none' | 'wrong'>('wrong') },
);
const garbageAuthorization = fc.oneof(
  printable,
  printable.map((value) => `Bearer ${value}`),
);
const headerValue = fc.option(printable, { nil: undefined });
const body = fc.oneof(
  fc.constant(undefined),
  fc.json(),
  anyText,
  fc.jsonValue().map((value) => JSON.stringify({ credentials: value })),
  fc
    .record(
      {
        provider: fc.oneof(fc.constant('lattice'), printable),
        originOwnerId: fc.oneof(printable, fc.jsonValue(), withNul),
        originOwnerName: fc.oneof(fc.jsonValue(), withNul),
        accountId: fc.oneof(fc.constant(accountId), printable, withNul),
        expiresInSeconds: fc.oneof(fc.integer(), fc.double()),
        extra: fc.jsonValue(),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc
    .record({
      credentials: fc.record({
        apiKey: fc.oneof(
          fc.constantFrom(...quickKeys),
          fc.uuid(),
          printable,
          withNul,
          // Keys pasted through an editor: long dashes, line breaks.
          fc.uuid().map((key) => key.replaceAll('-', '\u2013')),
          fc.uuid().map((key) => `${key.slice(0, 8)}\r\n${key.slice(8)}`),
        ),
      }),
      region: fc.constantFrom('us', 'emea', 'eu', ''),
    })
    .map((value) => JSON.stringify(value)),
  fc
    .record(
      {
        credentials: fc.dictionary(printable, fc.oneof(printable, fc.jsonValue())),
        region: fc.oneof(fc.constantFrom('us', 'emea'), printable),
        extra: fc.jsonValue(),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
);
/** Aimed at the routes: their method, path and credential mostly, everything else generated. */
const request = fc.record({
  route: fc.constantFrom(...routeList),
  method: fc.oneof(
    { weight: 5, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...methods) },
  ),
  /** Sometimes a path of its own instead of the route's. */
  ownPath: fc.oneof(
    { weight: 8, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.webPath() },
  ),
  parameters: fc.tuple(parameter, parameter),
  query,
  caller,
  token: fc.nat(20),
  garbage: garbageAuthorization,
  contentType: fc.oneof(fc.constant('application/json'), fc.constant('text/plain'), headerValue),
  idempotencyKey: headerValue,
  requestId: headerValue,
  origin: fc.oneof(fc.constant(testOrigin), headerValue),
  body,
});

type Generated = typeof request extends fc.Arbitrary<infer T> ? T : never;

function toRequest(generated: Generated): { method: string; path: string; request: Request } {
  const { route } = generated;
  const method = generated.method ?? route.method;
  // Deleting the one linked account would leave the IAM routes nothing to read.
  const values = generated.parameters.map((parameter) =>
    method === 'DELETE' ? `acc_${parameter()}` : parameter(),
  );
  const pathname = generated.ownPath ?? route.path.replace(/\{\w+\}/g, () => values.shift() ?? 'x');
  const headers = new Headers();
  const rightToken =
    route.auth === 'secret' ? testSecretKey : tokens[generated.token % tokens.length];
  if (generated.caller === 'right') headers.set('authorization', `Bearer ${rightToken ?? ''}`);
  if (generated.caller === 'wrong') headers.set('authorization', generated.garbage);
  if (generated.contentType !== undefined) headers.set('content-type', generated.contentType);
  if (generated.idempotencyKey !== undefined)
    headers.set('idempotency-key', generated.idempotencyKey);
  if (generated.requestId !== undefined) headers.set('x-request-id', generated.requestId);
  if (generated.origin !== undefined) headers.set('origin', generated.origin);
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const search = generated.query === '' ? '' : `?${generated.query}`;
  const url = `http://keylink.test${pathname}${search}`;
  return {
    method,
    path: new URL(url).pathname,
    request: new Request(url, { method, headers, body: hasBody ? generated.body : undefined }),
  };
}

/**
 * What every answer must be: never a 500 (a bug of ours); a 5xx only as a typed provider error
 * (Lattice down or slow, by the contract's errorStatus); every error a typed ErrorBody; every
 * success its route's response.
 */
async function checkAnswer(method: string, path: string, response: Response): Promise<void> {
  const text = await response.text();
  const what = `${method} ${path} → ${response.status} ${text}`;
  if (method === 'HEAD' || response.status === 204) {
    expect(response.status, what).toBeLessThan(500);
    return;
  }
  if (response.status >= 400) {
    const parsed = ErrorBody.safeParse(parseBody(text));
    expect(parsed.success, what).toBe(true);
    const code = parsed.data?.error.code;
    if (response.status >= 500) expect(providerCodes, what).toContain(code);
    if (code !== undefined) expect(errorStatus[code], what).toBe(response.status);
    return;
  }
  const route = routeOf(method, path);
  if (route?.response !== undefined) {
    expect(route.response.safeParse(parseBody(text)).success, what).toBe(true);
  }
}

describe.each(storageTargets.filter((target) => target.available))('on $name', (target) => {
  beforeAll(() => startOn(target), 60_000);
  afterAll(stop);

  it('should answer each with a typed body and never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (generated) => {
        const { method, path: pathname, request: built } = toRequest(generated);
        await checkAnswer(method, pathname, await server.fetch(built));
      }),
      { numRuns: 2500 },
    );
  }, 60_000);

  it('given a body over the limit, should refuse it as payload_too_large on every route', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routeList),
        fc.integer({ min: bodyLimitBytes + 1, max: bodyLimitBytes * 4 }),
        fc.constantFrom('POST', 'DELETE', 'PUT'),
        fc.boolean(),
        async (route, size, method, declared) => {
          const body = `{"credentials":{"apiKey":"${'k'.repeat(size)}"}}`;
          const headers: Record<string, string> = {
            authorization: `Bearer ${route.auth === 'secret' ? testSecretKey : (tokens[0] ?? '')}`,
            'content-type': 'application/json',
          };
          // Declared: the limit answers before anything else. Streamed (no length): it answers
          // when a route reads the body, so only reading routes are expected to say 413.
          if (declared) headers['content-length'] = String(new TextEncoder().encode(body).length);
          const path = route.path.replace(/\{\w+\}/g, accountId);
          const response = await server.fetch(
            new Request(`http://keylink.test${path}`, { method, headers, body }),
          );
          const text = await response.text();
          const { error } = ErrorBody.parse(parseBody(text));
          // The route's own method: its body rules (413 where it takes a body, 415 where it
          // takes none); another method on its path: 405.
          const called = routeList.find((r) => r.path === route.path && r.method === method);
          if (called === undefined) {
            expect([response.status, error.code]).toEqual([405, 'method_not_allowed']);
          } else if (called.body === undefined) {
            expect([response.status, error.code]).toEqual([415, 'unsupported_media_type']);
          } else if (declared || called === routes.verify) {
            expect([response.status, error.code]).toEqual([413, 'payload_too_large']);
          } else {
            expect(response.status).toBeGreaterThanOrEqual(400);
            expect(response.status).toBeLessThan(500);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
