import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createLatticeClient } from '../index';
import { createLatticeSandbox, sandboxKeys } from '../sandbox';
import { createFakeTime } from '../testing/fakeTime';

// undici keeps the signal a fetch was given until a finalizer runs, two full garbage collections
// later. A listener of ours left on it would keep the attempt's promises, and through them the
// body text of the page read, alive that long: tens of megabytes over a 10,000-person walk.

function recordingClient(answer?: (request: Request) => Response | undefined) {
  const sandbox = createLatticeSandbox();
  const time = createFakeTime();
  const signals: AbortSignal[] = [];
  const lattice = createLatticeClient({
    apiKey: sandboxKeys.midCompanyAdmin,
    baseUrl: 'http://sandbox.test',
    fetch: async (input, init) => {
      if (init?.signal) signals.push(init.signal);
      // Without the signal: a Request made with it adds undici's own listener, not ours.
      const request = new Request(input, { ...init, signal: undefined });
      return answer?.(request) ?? sandbox.fetch(request);
    },
    sleep: time.sleep,
    now: time.now,
  });
  return { lattice, signals };
}

describe('the signal a request hands to fetch', () => {
  it('given a page read in full, should carry no listener once the call returns', async () => {
    const { lattice, signals } = recordingClient();
    const page = await lattice.listUsers({ limit: 100, status: 'NULL' });
    expect(page.data).toHaveLength(100);
    expect(signals).toHaveLength(1);
    expect(signals.map((signal) => getEventListeners(signal, 'abort'))).toEqual([[]]);
  });

  it('given a failed attempt retried, should carry no listener on any attempt', async () => {
    let calls = 0;
    const { lattice, signals } = recordingClient(() => {
      calls += 1;
      return calls === 1 ? new Response('{"error":"down"}', { status: 503 }) : undefined;
    });
    await lattice.listUsers({ limit: 10, status: 'NULL' });
    expect(signals).toHaveLength(2);
    expect(signals.map((signal) => getEventListeners(signal, 'abort'))).toEqual([[], []]);
  });

  it('given a call that fails for good, should carry no listener afterwards', async () => {
    const { lattice, signals } = recordingClient(() => new Response('not json', { status: 200 }));
    await expect(lattice.listUsers({ limit: 10, status: 'NULL' })).rejects.toThrow();
    expect(signals.length).toBeGreaterThan(0);
    for (const signal of signals) expect(getEventListeners(signal, 'abort')).toEqual([]);
  });
});
