import { describe, expect, it } from 'vitest';
import { createLatticeSandbox, sandboxKeys } from './index';
import type { LatticeSandboxOptions } from './index';
import { call, readObject } from './testRequests';

/** A sandbox on a clock that moves only when the test says so. */
function onFakeClock(options: LatticeSandboxOptions = {}) {
  let now = 1_700_000_000_000;
  const sandbox = createLatticeSandbox({ ...options, now: () => now });
  return {
    sandbox,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** Sends `count` requests and answers their statuses. */
async function statuses(
  sandbox: ReturnType<typeof createLatticeSandbox>,
  key: string,
  count: number,
  path = '/v1/me',
): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i += 1) seen.push((await call(sandbox, path, key)).status);
  return seen;
}

const key = sandboxKeys.smallCompanyAdmin;

describe('the per-key request budget', () => {
  it('given a burst of 5, should answer 5 requests then 429 with Retry-After and an {"error"} body', async () => {
    const { sandbox } = onFakeClock({ requestBudget: { burst: 5, perSecond: 0.5 } });
    expect(await statuses(sandbox, key, 5)).toEqual([200, 200, 200, 200, 200]);
    const refused = await call(sandbox, '/v1/me', key);
    expect(refused.status).toBe(429);
    // One token at 0.5 a second is 2 s away.
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await readObject(refused);
    expect(body).toEqual({
      error: expect.stringMatching(/5 requests at once, then 0\.5 a second/),
    });
    expect(String(body.error)).toContain('Retry after 2 s');
  });

  it('should refill as the clock moves: not before Retry-After, and at it', async () => {
    const { sandbox, advance } = onFakeClock({ requestBudget: { burst: 2, perSecond: 0.5 } });
    expect(await statuses(sandbox, key, 3)).toEqual([200, 200, 429]);
    advance(1_999);
    const early = await call(sandbox, '/v1/me', key);
    expect(early.status).toBe(429);
    expect(early.headers.get('retry-after')).toBe('1');
    advance(1);
    expect(await statuses(sandbox, key, 2)).toEqual([200, 429]);
  });

  it('should not charge refused requests: a client hammering meanwhile still gets in after Retry-After', async () => {
    const { sandbox, advance } = onFakeClock({ requestBudget: { burst: 1, perSecond: 1 } });
    expect(await statuses(sandbox, key, 1)).toEqual([200]);
    for (let i = 0; i < 9; i += 1) {
      advance(100);
      expect((await call(sandbox, '/v1/me', key)).status).toBe(429);
    }
    advance(100);
    expect((await call(sandbox, '/v1/me', key)).status).toBe(200);
  });

  it('should refill no further than the burst', async () => {
    const { sandbox, advance } = onFakeClock({ requestBudget: { burst: 3, perSecond: 10 } });
    advance(3_600_000);
    expect(await statuses(sandbox, key, 4)).toEqual([200, 200, 200, 429]);
  });

  it('should count every request of a key, errors and every route included, and each key apart', async () => {
    const { sandbox } = onFakeClock({ requestBudget: { burst: 4, perSecond: 1 } });
    expect((await call(sandbox, '/v1/users?limit=100', key)).status).toBe(200);
    expect((await call(sandbox, '/v1/users?limit=0', key)).status).toBe(400);
    expect((await call(sandbox, '/v1/user/nobody', key)).status).toBe(404);
    expect((await call(sandbox, '/v1/departments', key)).status).toBe(200);
    expect((await call(sandbox, '/v1/departments', key)).status).toBe(429);
    const other = sandboxKeys.smallCompanySecondAdmin;
    expect(await statuses(sandbox, other, 4)).toEqual([200, 200, 200, 200]);
    const made = sandbox.keys.generate({ company: 'small' });
    expect(await statuses(sandbox, made.key, 5)).toEqual([200, 200, 200, 200, 429]);
  });

  it('by default, should allow 600 requests at once, then ask for a second', async () => {
    const { sandbox } = onFakeClock();
    const seen = await statuses(sandbox, key, 601);
    expect(seen.filter((status) => status === 200)).toHaveLength(600);
    expect(seen.at(-1)).toBe(429);
    const refused = await call(sandbox, '/v1/me', key);
    expect(refused.headers.get('retry-after')).toBe('1');
  });

  it('given requestBudget false, should never answer 429 to an ordinary key', async () => {
    const { sandbox } = onFakeClock({ requestBudget: false });
    const seen = await statuses(sandbox, key, 700);
    expect(new Set(seen)).toEqual(new Set([200]));
  });

  it('given an unusable budget, should refuse to start', () => {
    for (const requestBudget of [
      { burst: 0, perSecond: 1 },
      { burst: 1.5, perSecond: 1 },
      { burst: 10, perSecond: 0 },
      { burst: 10, perSecond: Number.NaN },
    ]) {
      expect(() => createLatticeSandbox({ requestBudget }), JSON.stringify(requestBudget)).toThrow(
        RangeError,
      );
    }
  });
});

describe('the tightBudget scenario key', () => {
  it('should read the mid company, 3 requests at once then 1 a second, whatever the sandbox budget', async () => {
    for (const requestBudget of [undefined, false] as const) {
      const { sandbox, advance } = onFakeClock({ requestBudget });
      const me = await readObject(await call(sandbox, '/v1/me', sandboxKeys.tightBudget));
      const admin = await readObject(await call(sandbox, '/v1/me', sandboxKeys.midCompanyAdmin));
      expect(me).toEqual(admin);
      expect(await statuses(sandbox, sandboxKeys.tightBudget, 3)).toEqual([200, 200, 429]);
      const refused = await call(sandbox, '/v1/me', sandboxKeys.tightBudget);
      expect(refused.headers.get('retry-after')).toBe('1');
      advance(1_000);
      expect(await statuses(sandbox, sandboxKeys.tightBudget, 2)).toEqual([200, 429]);
    }
  });
});
