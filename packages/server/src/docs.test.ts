import { afterEach, describe, expect, it } from 'vitest';
import { createFakeConnector } from './testing/fakeConnector';
import { storageTargets } from './testing/testDatabases';
import { createTestDeployment } from './testing/testServer';

const [sqlite] = storageTargets;

/**
 * The API as it is promised to hosts, written out by hand (not derived from the contract): each
 * operation's method, path, credential and the statuses it may answer. A route added, removed or
 * changed must be changed here too, on purpose, by someone who reads the difference.
 */
const promised = [
  ['GET', '/healthz', 'none', [200, 415, 500, 503]],
  ['POST', '/v1/connect-sessions', 'secretKey', [201, 400, 401, 404, 413, 415, 429, 500, 503]],
  ['GET', '/v1/accounts', 'secretKey', [200, 400, 401, 415, 500, 503]],
  ['GET', '/v1/accounts/{accountId}', 'secretKey', [200, 401, 404, 415, 500, 503]],
  ['DELETE', '/v1/accounts/{accountId}', 'secretKey', [204, 401, 404, 415, 500, 503]],
  [
    'GET',
    '/v1/accounts/{accountId}/iam/users',
    'secretKey',
    [200, 400, 401, 404, 409, 415, 422, 429, 500, 502, 503, 504],
  ],
  [
    'GET',
    '/v1/accounts/{accountId}/iam/users/{userId}',
    'secretKey',
    [200, 401, 404, 409, 415, 422, 429, 500, 502, 503, 504],
  ],
  ['GET', '/v1/accounts/{accountId}/iam/roles', 'secretKey', [200, 401, 404, 415, 500, 503]],
  ['GET', '/v1/events', 'secretKey', [200, 400, 401, 415, 500, 503]],
  ['GET', '/v1/link/session', 'sessionToken', [200, 401, 409, 410, 415, 500, 503]],
  [
    'POST',
    '/v1/link/verify',
    'sessionToken',
    [200, 400, 401, 404, 409, 410, 413, 415, 422, 429, 500, 502, 503, 504],
  ],
  ['GET', '/v1/link/preview', 'sessionToken', [200, 401, 404, 409, 410, 415, 500, 503]],
  ['POST', '/v1/link/confirm', 'sessionToken', [200, 400, 401, 404, 409, 410, 413, 415, 500, 503]],
] as const;

/** Every error code a host may meet, with its HTTP status, as the reference promises them. */
const promisedErrors: Record<string, number> = {
  invalid_request: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthorized: 401,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  idempotency_conflict: 409,
  session_expired: 410,
  session_used: 409,
  session_not_verified: 409,
  too_many_attempts: 429,
  rate_limited: 429,
  invalid_credentials: 422,
  insufficient_permissions: 422,
  api_not_enabled: 422,
  provider_rate_limited: 429,
  provider_unavailable: 502,
  provider_timeout: 504,
  provider_bad_response: 502,
  account_needs_reconnect: 409,
  account_mismatch: 409,
  service_unavailable: 503,
  internal_error: 500,
};

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : {};

/** The served document's operations in the table's shape. */
function operationsOf(document: unknown): (readonly [string, string, string, number[]])[] {
  return Object.entries(record(record(document).paths)).flatMap(([path, methods]) =>
    Object.entries(record(methods)).map(([method, operation]) => {
      const { security, responses } = record(operation);
      const scheme = Array.isArray(security) ? Object.keys(record(security[0])) : [];
      return [
        method.toUpperCase(),
        path,
        scheme[0] ?? 'none',
        Object.keys(record(responses)).map(Number),
      ] as const;
    }),
  );
}

describe('API reference', () => {
  let deployment: ReturnType<typeof createTestDeployment>;
  const start = () => {
    if (sqlite === undefined) throw new Error('SQLite target missing');
    deployment = createTestDeployment(sqlite.create());
    return deployment.start({ connectors: { fake: createFakeConnector() } });
  };
  afterEach(async () => deployment.close());

  it('should serve an OpenAPI 3.1 document with exactly the promised operations, credentials, statuses and error codes', async () => {
    const response = await start().fetch(new Request('http://keylink.test/openapi.json'));
    expect(response.status).toBe(200);
    const document: unknown = await response.json();
    expect(record(document)).toMatchObject({ openapi: '3.1.0', info: { title: 'Keylink API' } });
    expect(operationsOf(document)).toEqual(promised.map(([m, p, a, s]) => [m, p, a, [...s]]));
    const errors = record(document)['x-error-codes'];
    expect(
      Object.fromEntries(
        (Array.isArray(errors) ? errors : []).map((entry) => {
          const { code, status } = record(entry);
          return [String(code), status];
        }),
      ),
    ).toEqual(promisedErrors);
  });

  it('should render every promised route and error code in /docs with a strict CSP and no script', async () => {
    const response = await start().fetch(new Request('http://keylink.test/docs'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\/(?!keylink)/);
    for (const [method, path] of promised) expect(html).toContain(`<code>${method} ${path}</code>`);
    for (const [code, status] of Object.entries(promisedErrors)) {
      expect(html).toContain(`<tr><td><code>${code}</code></td><td>${status}</td></tr>`);
    }
  });
});
