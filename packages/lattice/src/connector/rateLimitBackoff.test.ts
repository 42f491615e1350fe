import { describe, expect, it } from 'vitest';
import { createLatticeClient } from '../index';
import { createLatticeSandbox, sandboxKeys } from '../sandbox';
import { createFakeTime } from '../testing/fakeTime';
import { as, connectorFailure, setupConnector } from '../testing/sandboxConnector';

// The sandbox's tightBudget key (the mid company, 3 requests at once, then 1 a second) answers a
// hurried client 429 with Retry-After: 1. The client and the sandbox share one fake clock, so
// the client's waits are what refills the key's budget, as they would be against a real API.

describe('given the tightBudget key, a rate limit the client must wait out', () => {
  it('should verify, then walk every page by waiting Retry-After at each 429', async () => {
    const { connector, requested, sleeps } = setupConnector();
    const verified = await connector.verify(as('tightBudget'));
    expect(verified.preview.status).toBe('running');
    const { preview } = await connector.preview(as('tightBudget'), () => undefined);
    expect(preview).toMatchObject({ status: 'complete', usersSeen: 250, pagesRead: 3 });
    // verify's 2 requests and page 1 spend the burst of 3; pages 2 and 3 are each refused once,
    // then taken after the 1 s the sandbox asked for, and nothing else was waited.
    expect(sleeps).toEqual([1_000, 1_000]);
    const pages = requested.filter((url) => new URL(url).pathname === '/v1/users');
    // verify's first page, the walk's 3 pages, and the 2 refused tries.
    expect(pages).toHaveLength(1 + 3 + 2);
  });

  it('should read every user through the client alone, waiting as the sandbox asks', async () => {
    const time = createFakeTime();
    const sandbox = createLatticeSandbox({ now: time.now });
    const client = createLatticeClient({
      apiKey: sandboxKeys.tightBudget,
      baseUrl: 'https://lattice.test',
      fetch: sandbox.fetch,
      sleep: time.sleep,
      now: time.now,
      random: () => 0.5,
    });
    await client.me();
    await client.me();
    const ids = new Set<string>();
    for await (const user of client.users({ status: 'NULL' })) ids.add(user.id);
    expect(ids.size).toBe(250);
    expect(time.sleeps).toEqual([1_000, 1_000]);
  });

  it('given a deadline shorter than Retry-After, should fail at once as a typed rate limit', async () => {
    const { connector, sleeps } = setupConnector({}, { deadlineMs: 500 });
    await connector.verify(as('tightBudget'));
    const error = await connectorFailure(
      connector.preview(as('tightBudget'), () => undefined),
      'tightBudget',
    );
    expect(error).toMatchObject({
      code: 'provider_rate_limited',
      retryAfterSeconds: 1,
      status: 429,
    });
    expect(sleeps).toEqual([]);
  });
});
