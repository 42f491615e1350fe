import { isConnectorError } from '@keylink/contract';
import type { ConnectorError } from '@keylink/contract';
import { describe, expect, it } from 'vitest';
import { createLatticeConnector } from '../index';
import { sandboxKeys } from '../sandbox';
import { as, setupConnector as setup } from '../testing/sandboxConnector';

const key = sandboxKeys.smallCompanyAdmin;

/** Everything an error carries that could end up in a log line or an answer. */
function everythingIn(error: ConnectorError): string {
  const texts: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    texts.push(current.message, current.stack ?? '', JSON.stringify(current));
    current = current.cause;
  }
  return texts.join('\n');
}

async function failureOf(promise: Promise<unknown>): Promise<ConnectorError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isConnectorError(error)) throw new Error(`expected a ConnectorError, got ${String(error)}`);
  return error;
}

/** A proxy in front of Lattice that echoes the Authorization header it was sent. */
const echoingProxy = (status: number) => (request: Request) =>
  Response.json(
    {
      error: `upstream refused the request; headers were Authorization: ${request.headers.get('authorization') ?? ''} and key=${encodeURIComponent(key)} ${'padding '.repeat(200)}`,
    },
    { status },
  );

describe('given provider text that echoes the credential', () => {
  it.each([400, 404, 500, 502])(
    'given a %i whose body repeats the Authorization header, should carry no trace of the key and stay short',
    async (status) => {
      const { connector } = setup(
        { intercept: echoingProxy(status) },
        { retry: { maxAttempts: 1 } },
      );
      const error = await failureOf(connector.verify(as('smallCompanyAdmin')));
      expect(everythingIn(error)).not.toContain(key);
      expect(everythingIn(error)).not.toContain(encodeURIComponent(key));
      expect(error.message.length).toBeLessThanOrEqual(600);
    },
  );

  it('given the IAM read of a user gets such an answer, should carry no trace of the key', async () => {
    const { connector } = setup({ intercept: echoingProxy(500) }, { retry: { maxAttempts: 1 } });
    const error = await failureOf(
      connector.getUser(as('smallCompanyAdmin'), 'someone', { managerRemoteIds: new Set() }),
    );
    expect(everythingIn(error)).not.toContain(key);
  });

  it('given the HTTP library fails quoting the key, should pass on no trace of it', async () => {
    const connector = createLatticeConnector({
      baseUrl: 'http://sandbox.test',
      retry: { maxAttempts: 1 },
      fetch: (_input, init) => {
        const header = new Headers(init?.headers).get('authorization') ?? '';
        return Promise.reject(new TypeError(`fetch failed: bad value "${header}"`));
      },
    });
    const error = await failureOf(connector.verify(as('smallCompanyAdmin')));
    expect(error.code).toBe('provider_unavailable');
    expect(everythingIn(error)).not.toContain(key);
  });
});

describe('given a key with characters no HTTP header can hold', () => {
  it.each([
    ['an en dash', key.replace('-', '\u2013'), /long dash/],
    ['a NUL', `${key.slice(0, 8)}\u0000${key.slice(8)}`, /cannot be part of a key/],
    ['a line break', `${key.slice(0, 8)}\r\n${key.slice(8)}`, /line break/],
    ['a non-Latin letter', `${key.slice(0, 8)}é${key.slice(8)}`, /cannot be part of a key/],
  ])(
    'given %s, should say how to fix it, as invalid_request, without calling Lattice',
    async (_name, typed, advice) => {
      const { connector, requested } = setup();
      const credentials = { apiKey: typed };
      expect(connector.credentialIssues?.(credentials)).toEqual([
        { field: 'apiKey', message: expect.stringMatching(advice) },
      ]);
      const error = await failureOf(connector.verify({ credentials, region: 'us' }));
      expect(error.code).toBe('invalid_request');
      expect(error.message).toMatch(/copy the key again/i);
      expect(everythingIn(error)).not.toContain(typed);
      expect(requested).toEqual([]);
    },
  );

  it('given a well-formed key, should find nothing to fix', () => {
    const { connector } = setup();
    expect(connector.credentialIssues?.({ apiKey: key })).toEqual([]);
  });
});

describe('given numbers from Lattice no one can use', () => {
  it('given a Retry-After of 10^20 seconds, should clamp it to a day', async () => {
    const { connector } = setup(
      {
        intercept: () =>
          new Response('{"error":"slow down"}', {
            status: 429,
            headers: { 'retry-after': '100000000000000000000' },
          }),
      },
      { retry: { maxAttempts: 1 } },
    );
    const error = await failureOf(connector.verify(as('smallCompanyAdmin')));
    expect(error).toMatchObject({ code: 'provider_rate_limited', retryAfterSeconds: 86_400 });
  });

  it('given dates past year 9999, should read the user with those dates unknown', async () => {
    const { connector, sandbox } = setup();
    const { preview } = await connector.verify(as('smallCompanyAdmin'));
    const remoteId = preview.sample[0]?.remoteId ?? '';
    const { connector: odd } = setup({
      intercept: async (request) => {
        if (!new URL(request.url).pathname.startsWith('/v1/user/')) return undefined;
        const real: unknown = await (await sandbox.fetch(request)).json();
        return Response.json({ ...Object(real), createdAt: 1e20, updatedAt: 1e300 });
      },
    });
    const user = await odd.getUser(as('smallCompanyAdmin'), remoteId, {
      managerRemoteIds: new Set(),
    });
    expect(user).toMatchObject({ remoteId, createdAt: null, updatedAt: null });
  });
});
