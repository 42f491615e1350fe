import { describe, expect, it } from 'vitest';
import { createLatticeClient, isLatticeError } from '../index';
import type { LatticeClientOptions, LatticeError } from '../index';
import { createLatticeSandbox, sandboxKeys } from '../sandbox';
import type { LatticeSandboxOptions } from '../sandbox';
import { createFakeTime } from '../testing/fakeTime';

function setup(
  key: string,
  sandboxOptions: LatticeSandboxOptions = {},
  clientOptions: Partial<LatticeClientOptions> = {},
) {
  const sandbox = createLatticeSandbox(sandboxOptions);
  const time = createFakeTime();
  let calls = 0;
  const lattice = createLatticeClient({
    apiKey: key,
    baseUrl: 'http://sandbox.test',
    fetch: (input, init) => {
      calls += 1;
      return sandbox.fetch(input, init);
    },
    sleep: time.sleep,
    now: time.now,
    random: () => 0.5,
    ...clientOptions,
  });
  return { lattice, time, calls: () => calls };
}

/** The LatticeError a call failed with; also checks the key is nowhere in it. */
async function failure(promise: Promise<unknown>, key: string): Promise<LatticeError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isLatticeError(error)) throw new Error(`expected a LatticeError, got ${String(error)}`);
  expect(error.message).not.toContain(key);
  expect(JSON.stringify({ ...error, message: error.message })).not.toContain(key);
  expect(error.message.length).toBeGreaterThan(30);
  return error;
}

/** Fault injection: answers the first `times` calls with `response()`, then lets the sandbox answer. */
function faultTimes(times: number, response: () => Response | Promise<Response>) {
  let seen = 0;
  return (): Response | Promise<Response> | undefined => {
    seen += 1;
    return seen <= times ? response() : undefined;
  };
}

describe('Lattice errors', () => {
  it('given a revoked key, should throw invalid_credentials without retrying', async () => {
    const { lattice, calls } = setup(sandboxKeys.revoked);
    const error = await failure(lattice.me(), sandboxKeys.revoked);
    expect(error).toMatchObject({ kind: 'invalid_credentials', status: 401 });
    expect(calls()).toBe(1);
  });

  it('given a key that cannot list users, should throw forbidden on /v1/users only', async () => {
    const { lattice } = setup(sandboxKeys.usersForbidden);
    await expect(lattice.me()).resolves.toMatchObject({ object: 'user' });
    const error = await failure(lattice.listUsers(), sandboxKeys.usersForbidden);
    expect(error).toMatchObject({ kind: 'forbidden', status: 403 });
  });

  it('given a company without API access, should throw forbidden on /v1/me', async () => {
    const { lattice } = setup(sandboxKeys.apiNotEnabled);
    const error = await failure(lattice.me(), sandboxKeys.apiNotEnabled);
    expect(error.kind).toBe('forbidden');
  });

  it('given a bad cursor, should throw bad_request with what Lattice said', async () => {
    const { lattice } = setup(sandboxKeys.smallCompanyAdmin);
    const error = await failure(
      lattice.listUsers({ startingAfter: 'garbled' }),
      sandboxKeys.smallCompanyAdmin,
    );
    expect(error).toMatchObject({ kind: 'bad_request', status: 400 });
    expect(error.message).toContain('Lattice said');
  });

  it('given a body that is not JSON, should throw malformed_response', async () => {
    const { lattice } = setup(sandboxKeys.malformed);
    const error = await failure(lattice.me(), sandboxKeys.malformed);
    expect(error.kind).toBe('malformed_response');
  });

  it('given JSON of the wrong shape, should throw malformed_response naming the field', async () => {
    const { lattice } = setup(sandboxKeys.smallCompanyAdmin, {
      intercept: () =>
        Response.json({ object: 'list', hasMore: false, data: [{ id: 'x', status: 'GONE' }] }),
    });
    const error = await failure(lattice.listUsers(), sandboxKeys.smallCompanyAdmin);
    expect(error.kind).toBe('malformed_response');
    expect(error.message).toContain('data.0.status');
  });

  it('given a Lattice that never answers, should throw timeout after timeoutMs', async () => {
    const { lattice } = setup(sandboxKeys.timeout, {}, { timeoutMs: 20 });
    const error = await failure(lattice.me(), sandboxKeys.timeout);
    expect(error.kind).toBe('timeout');
  });

  it('given the caller aborts, should throw aborted at once', async () => {
    const controller = new AbortController();
    const { lattice } = setup(sandboxKeys.timeout);
    const pending = lattice.me({ signal: controller.signal });
    controller.abort();
    const error = await failure(pending, sandboxKeys.timeout);
    expect(error.kind).toBe('aborted');
  });
});

describe('Lattice retries', () => {
  it('given a 503 then a 200, should retry once after a backoff and succeed', async () => {
    const { lattice, time, calls } = setup(sandboxKeys.smallCompanyAdmin, {
      intercept: faultTimes(1, () => Response.json({ error: 'busy' }, { status: 503 })),
    });
    await expect(lattice.me()).resolves.toMatchObject({ object: 'user' });
    expect(calls()).toBe(2);
    expect(time.sleeps).toEqual([375]); // 500 ms ceiling, equal jitter at random() = 0.5
  });

  it('given a Lattice answering 500 every time, should give up after maxAttempts with server_error', async () => {
    const { lattice, time, calls } = setup(
      sandboxKeys.serverError,
      {},
      { retry: { maxAttempts: 4 } },
    );
    const error = await failure(lattice.me(), sandboxKeys.serverError);
    expect(error).toMatchObject({ kind: 'server_error', status: 500 });
    expect(calls()).toBe(4);
    expect(time.sleeps).toEqual([375, 750, 1500]); // exponential
  });

  it('given backoff that would end past the deadline, should give up at once', async () => {
    const { lattice, calls } = setup(sandboxKeys.serverError, {}, { deadlineMs: 600 });
    const error = await failure(lattice.me(), sandboxKeys.serverError);
    expect(error.kind).toBe('server_error');
    expect(calls()).toBe(2); // waited 375 ms once; the next 750 ms wait would pass the deadline
  });

  it('given a 429 with Retry-After, should wait exactly that long and retry', async () => {
    const { lattice, time } = setup(sandboxKeys.smallCompanyAdmin, {
      intercept: faultTimes(
        1,
        () => new Response(null, { status: 429, headers: { 'retry-after': '2' } }),
      ),
    });
    await expect(lattice.me()).resolves.toMatchObject({ object: 'user' });
    expect(time.sleeps).toEqual([2000]);
  });

  it('given a 429 without Retry-After, should back off with jitter', async () => {
    const { lattice, time } = setup(
      sandboxKeys.smallCompanyAdmin,
      { intercept: faultTimes(2, () => new Response(null, { status: 429 })) },
      { random: () => 0 },
    );
    await expect(lattice.me()).resolves.toMatchObject({ object: 'user' });
    expect(time.sleeps).toEqual([250, 500]);
  });

  it('given Retry-After longer than the time left, should give up at once with retryAfterSeconds', async () => {
    const { lattice, time, calls } = setup(
      sandboxKeys.rateLimited,
      { rateLimitRetryAfterSeconds: 20 },
      { deadlineMs: 10_000 },
    );
    const error = await failure(lattice.me(), sandboxKeys.rateLimited);
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, retryAfterSeconds: 20 });
    expect(error.message).toContain('20 s');
    expect(calls()).toBe(1);
    expect(time.sleeps).toEqual([]);
  });

  it('given a connection reset then an answer, should retry and succeed', async () => {
    const { lattice, calls } = setup(sandboxKeys.smallCompanyAdmin, {
      intercept: faultTimes(1, () => Promise.reject(new TypeError('fetch failed: ECONNRESET'))),
    });
    await expect(lattice.me()).resolves.toMatchObject({ object: 'user' });
    expect(calls()).toBe(2);
  });

  it('given connection resets every time, should give up with network', async () => {
    const { lattice, calls } = setup(sandboxKeys.smallCompanyAdmin, {
      intercept: () => Promise.reject(new TypeError('fetch failed')),
    });
    const error = await failure(lattice.me(), sandboxKeys.smallCompanyAdmin);
    expect(error.kind).toBe('network');
    expect(calls()).toBe(3);
  });

  it('given Retry-After as an HTTP date, should wait until then', async () => {
    const { lattice, time } = setup(sandboxKeys.smallCompanyAdmin, {
      intercept: faultTimes(1, () => {
        const at = new Date(createFakeTime().now() + 3000).toUTCString(); // fake clocks start alike
        return new Response(null, { status: 429, headers: { 'retry-after': at } });
      }),
    });
    await expect(lattice.me()).resolves.toMatchObject({ object: 'user' });
    expect(time.sleeps).toEqual([3000]);
  });

  it('should never retry a timeout', async () => {
    const { lattice, calls } = setup(sandboxKeys.timeout, {}, { timeoutMs: 10 });
    await failure(lattice.me(), sandboxKeys.timeout);
    expect(calls()).toBe(1);
  });
});
