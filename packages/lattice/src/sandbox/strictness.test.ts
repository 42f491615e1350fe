import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createLatticeSandbox, sandboxKeys } from './index';
import { serveSandbox } from './serveSandbox';
import { call, readObject, testOrigin } from './testRequests';

const sandbox = createLatticeSandbox();
const key = sandboxKeys.midCompanyAdmin;

async function refusal(response: Response): Promise<{ status: number; error: unknown }> {
  const body = await readObject(response);
  expect(Object.keys(body)).toEqual(['error']);
  return { status: response.status, error: body.error };
}

describe('given query parameters a route does not take', () => {
  it('should answer 400 naming the unknown parameter and what the route takes', async () => {
    const cases: [string, string, RegExp][] = [
      ['/v1/users?cursor=abc', 'cursor', /takes only limit, startingAfter and status/],
      ['/v1/users?limit=100&Status=NULL', 'Status', /takes only limit, startingAfter and status/],
      ['/v1/me?limit=1', 'limit', /\/v1\/me takes no query parameters/],
      ['/v1/departments?status=NULL', 'status', /takes only limit and startingAfter/],
      ['/v1/department/x?expand=1', 'expand', /takes no query parameters/],
      ['/v1/user/x?fields=name', 'fields', /takes no query parameters/],
      ['/v1/user/x/directReports?page=2', 'page', /takes only limit, startingAfter and status/],
    ];
    for (const [path, name, takes] of cases) {
      const { status, error } = await refusal(await call(sandbox, path, key));
      expect(status, path).toBe(400);
      expect(error, path).toMatch(new RegExp(`^Unknown query parameter "${name}": `));
      expect(error, path).toMatch(takes);
    }
  });

  it('given a parameter with no name or a very long one, should say so without echoing it whole', async () => {
    const unnamed = await refusal(await call(sandbox, '/v1/users?=1', key));
    expect(unnamed).toEqual({ status: 400, error: expect.stringMatching(/with no name/) });
    const long = 'x'.repeat(500);
    const { error } = await refusal(await call(sandbox, `/v1/users?${long}=1`, key));
    expect(String(error)).toContain(`"${'x'.repeat(40)}…"`);
    expect(String(error)).not.toContain('x'.repeat(41));
  });

  it('should answer 400 to a parameter given twice, naming it and how often', async () => {
    for (const [path, name, times] of [
      ['/v1/users?limit=100&limit=10', 'limit', 2],
      ['/v1/users?status=NULL&status=ACTIVE&status=NULL', 'status', 3],
      ['/v1/departments?startingAfter=a&startingAfter=a', 'startingAfter', 2],
    ] as const) {
      const { status, error } = await refusal(await call(sandbox, path, key));
      expect(status, path).toBe(400);
      expect(error, path).toBe(
        `Repeated query parameter "${name}": it is given ${times} times; give it once.`,
      );
    }
  });

  it('should still answer the parameters each route takes, and 405 before 400 on other methods', async () => {
    for (const path of [
      '/v1/me',
      '/v1/users?limit=100&status=NULL',
      '/v1/departments?limit=5',
      `/v1/user/${String((await readObject(await call(sandbox, '/v1/me', key))).id)}/directReports?limit=5&status=NULL`,
    ]) {
      expect((await call(sandbox, path, key)).status, path).toBe(200);
    }
    const post = await call(sandbox, '/v1/users?cursor=1', key, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('should check the key first: no key and an unknown parameter is 401', async () => {
    expect((await call(sandbox, '/v1/users?cursor=abc', null)).status).toBe(401);
  });
});

/** A request with exactly these Authorization header values (none for []). */
function withAuthorization(values: readonly string[], path = '/v1/me'): Promise<Response> {
  const headers = new Headers();
  for (const value of values) headers.append('Authorization', value);
  return sandbox.fetch(`${testOrigin}${path}`, { headers });
}

function challengeOf(response: Response): string | null {
  return response.headers.get('www-authenticate');
}

describe('given an Authorization header that is not exactly Bearer <token>', () => {
  it('given no header or another scheme, should answer 401 with the realm only (RFC 6750 §3.1) and say why', async () => {
    const cases: [string[], RegExp][] = [
      [[], /^No Authorization header/],
      [[`Basic ${key}`], /does not use the Bearer scheme/],
      [[`Token ${key}`], /does not use the Bearer scheme/],
      [[key], /does not use the Bearer scheme/],
    ];
    for (const [values, why] of cases) {
      const response = await withAuthorization(values);
      expect(response.status, values.join()).toBe(401);
      expect(challengeOf(response), values.join()).toBe('Bearer realm="Lattice API"');
      const { error } = await refusal(response);
      expect(error, values.join()).toMatch(why);
      expect(error).not.toContain(key);
    }
  });

  it('given an empty token, extra spaces, several headers or bad characters, should answer 401 invalid_request naming the problem', async () => {
    const cases: [string[], RegExp][] = [
      [['Bearer'], /token is empty/],
      [['Bearer '], /token is empty/],
      [[`Bearer  ${key}`], /extra spaces/],
      [[`Bearer ${key} ${key}`], /extra spaces/],
      [[`Bearer\t${key}`], /extra spaces or tabs/],
      [[`Bearer ${key}`, `Bearer ${key}`], /Several Authorization headers/],
      [[`Bearer ${key},Bearer ${key}`], /Several Authorization headers/],
      [[`Bearer ${key}!`], /characters a token cannot have/],
      [[`Bearer "${key}"`], /characters a token cannot have/],
    ];
    for (const [values, why] of cases) {
      const label = JSON.stringify(values);
      const response = await withAuthorization(values);
      expect(response.status, label).toBe(401);
      const { error } = await refusal(response);
      expect(error, label).toMatch(why);
      expect(error, label).not.toContain(key);
      expect(challengeOf(response), label).toBe(
        `Bearer realm="Lattice API", error="invalid_request", error_description="${String(error)}"`,
      );
    }
  });

  it('should accept the scheme in any case (RFC 7235 §2.1)', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      expect((await withAuthorization([`${scheme} ${key}`])).status, scheme).toBe(200);
    }
  });

  it('given a well-formed unknown or revoked key, should answer 401 invalid_token', async () => {
    const made = sandbox.keys.generate({ company: 'small' });
    sandbox.keys.revoke(made.id);
    const cases: [string, RegExp][] = [
      ['00000000-0000-4000-8000-000000000000', /not one Lattice knows/],
      [sandboxKeys.revoked, /was revoked/],
      [made.key, /was revoked/],
    ];
    for (const [token, why] of cases) {
      for (const path of ['/v1/me', '/v1/users?limit=1', '/v1/nowhere']) {
        const response = await withAuthorization([`Bearer ${token}`], path);
        expect(response.status, path).toBe(401);
        const { error } = await refusal(response);
        expect(error).toMatch(why);
        expect(challengeOf(response)).toBe(
          `Bearer realm="Lattice API", error="invalid_token", error_description="${String(error)}"`,
        );
      }
    }
  });
});

describe('over HTTP', () => {
  it('given two Authorization headers on the wire, should answer 401 invalid_request', async () => {
    const running = await serveSandbox({
      port: 0,
      host: '127.0.0.1',
      latencyMs: 0,
      slowLatencyMs: 0,
      requestBudget: false,
    });
    try {
      const { status, challenge } = await new Promise<{ status?: number; challenge?: string }>(
        (resolve, reject) => {
          // fetch would join them itself; node:http sends one header line per value.
          const request = httpRequest(`${running.url}/v1/me`, {
            headers: {
              Authorization: [`Bearer ${key}`, `Bearer ${sandboxKeys.smallCompanyAdmin}`],
            },
          });
          request.on('response', (response) => {
            response.resume();
            const header = response.headers['www-authenticate'];
            resolve({ status: response.statusCode, challenge: header });
          });
          request.on('error', reject);
          request.end();
        },
      );
      expect(status).toBe(401);
      expect(challenge).toMatch(/error="invalid_request", error_description="Several/);
    } finally {
      await running.close();
    }
  });
});
