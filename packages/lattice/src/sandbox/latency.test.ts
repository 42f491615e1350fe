import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLatticeSandbox, sandboxKeys } from './index';
import { call, readObject } from './testRequests';

const key = sandboxKeys.smallCompanyAdmin;

/** A sleep that records each call and resolves at once. */
function recordingSleep() {
  const calls: number[] = [];
  const sleep = async (ms: number): Promise<void> => {
    calls.push(ms);
  };
  return { calls, sleep };
}

/** Lets pending promise callbacks and I/O callbacks run, without any timer. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

describe('latency', () => {
  it('given latencyMs, should sleep that long before every answer, errors included', async () => {
    const { calls, sleep } = recordingSleep();
    const sandbox = createLatticeSandbox({ latencyMs: 120, sleep });
    expect((await call(sandbox, '/v1/me', key)).status).toBe(200);
    expect((await call(sandbox, '/v1/me', sandboxKeys.revoked)).status).toBe(401);
    expect((await call(sandbox, '/v1/nowhere', key)).status).toBe(404);
    expect(calls).toEqual([120, 120, 120]);
  });

  it('given no latency, should not sleep at all', async () => {
    const { calls, sleep } = recordingSleep();
    await call(createLatticeSandbox({ sleep }), '/v1/me', key);
    expect(calls).toEqual([]);
  });

  it('given the slow key, should add slowLatencyMs on top of latencyMs', async () => {
    const { calls, sleep } = recordingSleep();
    const sandbox = createLatticeSandbox({ latencyMs: 10, slowLatencyMs: 2500, sleep });
    expect((await call(sandbox, '/v1/me', sandboxKeys.slow)).status).toBe(200);
    expect(calls).toEqual([2510]);
    const defaults = recordingSleep();
    await call(createLatticeSandbox({ sleep: defaults.sleep }), '/v1/me', sandboxKeys.slow);
    expect(defaults.calls).toEqual([3000]);
  });

  it('given the default sleep, should answer once the latency has passed', async () => {
    vi.useFakeTimers();
    const sandbox = createLatticeSandbox({ latencyMs: 1000 });
    let settled = false;
    const pending = call(sandbox, '/v1/me', key).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });

  it('given an abort during the latency, should reject with an AbortError', async () => {
    vi.useFakeTimers();
    const sandbox = createLatticeSandbox({ latencyMs: 5000 });
    const controller = new AbortController();
    const pending = call(sandbox, '/v1/me', key, { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('given an injected sleep, should pass it the signal so an abort rejects', async () => {
    const sandbox = createLatticeSandbox({
      latencyMs: 50,
      sleep: (_ms, signal) =>
        new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
    });
    const controller = new AbortController();
    const pending = call(sandbox, '/v1/me', key, { signal: controller.signal });
    controller.abort(new DOMException('caller gave up', 'TimeoutError'));
    await expect(pending).rejects.toMatchObject({
      name: 'TimeoutError',
      message: 'caller gave up',
    });
  });

  it('given a signal already aborted, should reject without sleeping', async () => {
    const { calls, sleep } = recordingSleep();
    const sandbox = createLatticeSandbox({ latencyMs: 50, sleep });
    const pending = call(sandbox, '/v1/me', key, { signal: AbortSignal.abort() });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toEqual([]);
  });
});

describe('the timeout key', () => {
  it('should hold the request until the caller aborts, then reject with an AbortError', async () => {
    const sandbox = createLatticeSandbox();
    const controller = new AbortController();
    let settled = false;
    const pending = call(sandbox, '/v1/me', sandboxKeys.timeout, { signal: controller.signal });
    pending.then(
      () => (settled = true),
      () => (settled = true),
    );
    await settle();
    await settle();
    expect(settled).toBe(false);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('intercept', () => {
  it('given a Response from intercept, should answer it instead of Lattice, after the latency', async () => {
    const order: string[] = [];
    const sandbox = createLatticeSandbox({
      latencyMs: 5,
      sleep: async () => {
        order.push('sleep');
      },
      intercept: (request) => {
        order.push(`intercept ${new URL(request.url).pathname}`);
        return request.url.endsWith('/v1/users')
          ? new Response('down', { status: 503 })
          : undefined;
      },
    });
    expect((await call(sandbox, '/v1/users', key)).status).toBe(503);
    const me = await call(sandbox, '/v1/me', key);
    expect(me.status).toBe(200);
    expect(await readObject(me)).toMatchObject({ object: 'user' });
    expect(order).toEqual(['sleep', 'intercept /v1/users', 'sleep', 'intercept /v1/me']);
  });

  it('given an async intercept, should wait for it', async () => {
    const sandbox = createLatticeSandbox({
      intercept: async () => new Response('{"error":"injected"}', { status: 502 }),
    });
    expect((await call(sandbox, '/v1/me', sandboxKeys.revoked)).status).toBe(502);
  });
});
