import { describe, expect, it } from 'vitest';
import { createLatticeClient, isLatticeError } from '../index';
import type { FetchFunction, LatticeError } from '../index';
import { createFakeTime } from '../testing/fakeTime';

const apiKey = '0b7c2f1e-3d4a-4c8b-9e2f-5a6b7c8d9e0f';

function user(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    object: 'user',
    url: `/v1/user/${id}`,
    name: `User ${id}`,
    status: 'ACTIVE',
    ...extra,
  };
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });

/** Answers each call with the next response in line (the last one repeats). */
function sequence(...responses: (() => Response | Promise<Response>)[]) {
  const calls: Request[] = [];
  const fetch: FetchFunction = async (input, init) => {
    calls.push(new Request(input, init));
    const next = responses[Math.min(calls.length - 1, responses.length - 1)];
    if (next === undefined) throw new Error('no response');
    return next();
  };
  return { fetch, calls };
}

function client(
  fetch: FetchFunction,
  extra: Partial<Parameters<typeof createLatticeClient>[0]> = {},
) {
  const time = createFakeTime();
  const lattice = createLatticeClient({
    apiKey,
    baseUrl: 'http://lattice.test',
    fetch,
    sleep: time.sleep,
    now: time.now,
    random: () => 0.5,
    ...extra,
  });
  return { lattice, time };
}

async function failure(promise: Promise<unknown>): Promise<LatticeError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isLatticeError(error)) throw new Error(`expected a LatticeError, got ${String(error)}`);
  expect(error.message).not.toContain(apiKey);
  return error;
}

describe('createLatticeClient', () => {
  it('should send the key as a bearer token to the base URL and parse /v1/me', async () => {
    const { fetch, calls } = sequence(() => json(user('u1', { isAdmin: true })));
    const { lattice } = client(fetch);
    const me = await lattice.me();
    expect(me).toMatchObject({ id: 'u1', isAdmin: true });
    expect(calls[0]?.url).toBe('http://lattice.test/v1/me');
    expect(calls[0]?.headers.get('authorization')).toBe(`Bearer ${apiKey}`);
  });

  it('given a 503 then a 200, should retry after a backoff and succeed', async () => {
    const { fetch, calls } = sequence(
      () => json({ error: 'unavailable' }, { status: 503 }),
      () => json(user('u1')),
    );
    const { lattice, time } = client(fetch);
    await expect(lattice.me()).resolves.toMatchObject({ id: 'u1' });
    expect(calls).toHaveLength(2);
    expect(time.sleeps).toHaveLength(1);
  });

  it('given a body that is not JSON, should throw malformed_response', async () => {
    const { fetch } = sequence(() => new Response('<html>oops', { status: 200 }));
    const error = await failure(client(fetch).lattice.me());
    expect(error.kind).toBe('malformed_response');
  });

  it('given a rejected fetch every time, should retry then throw network', async () => {
    const { fetch, calls } = sequence(() => Promise.reject(new TypeError('ECONNRESET')));
    const error = await failure(client(fetch).lattice.me());
    expect(error.kind).toBe('network');
    expect(calls).toHaveLength(3);
  });
});
