import { describe, expect, it } from 'vitest';
import { createLatticeClient, isLatticeError } from '../index';
import type { FetchFunction, LatticeError } from '../index';
import { createFakeTime } from '../testing/fakeTime';

const me = { id: 'u-1', object: 'user', status: 'ACTIVE', isAdmin: true };

/** A valid `/v1/me` padded with spaces to `bytes`, streamed 64 kB at a time; counts chunks read. */
function paddedMe(bytes: number, headers: Record<string, string> = {}) {
  const json = JSON.stringify(me);
  const body = new TextEncoder().encode(`${json}${' '.repeat(Math.max(0, bytes - json.length))}`);
  const stats = { chunksRead: 0, cancelled: false };
  const chunk = 64 * 1024;
  const response = () =>
    new Response(
      new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            const start = stats.chunksRead * chunk;
            if (start >= body.byteLength) {
              controller.close();
              return;
            }
            stats.chunksRead += 1;
            controller.enqueue(body.subarray(start, start + chunk));
          },
          cancel() {
            stats.cancelled = true;
          },
        },
        // Nothing is pulled before someone reads.
        { highWaterMark: 0 },
      ),
      { status: 200, headers: { 'content-type': 'application/json', ...headers } },
    );
  return { response, stats };
}

function setup(respond: () => Response, maxResponseBytes?: number) {
  const time = createFakeTime();
  let calls = 0;
  const fetch: FetchFunction = async () => {
    calls += 1;
    return respond();
  };
  const lattice = createLatticeClient({
    apiKey: 'key-1234',
    baseUrl: 'http://lattice.test',
    fetch,
    sleep: time.sleep,
    now: time.now,
    random: () => 0.5,
    maxResponseBytes,
  });
  return { lattice, calls: () => calls };
}

async function failure(promise: Promise<unknown>): Promise<LatticeError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isLatticeError(error)) throw new Error(`expected a LatticeError, got ${String(error)}`);
  return error;
}

describe('Lattice response size', () => {
  it('given a valid answer under the cap, should read it', async () => {
    const { response } = paddedMe(100_000);
    const { lattice } = setup(response, 200_000);
    expect(await lattice.me()).toMatchObject({ id: 'u-1' });
  });

  it('given a valid 20 MB answer and the default cap, should stop reading and throw malformed_response once, without retrying', async () => {
    const { response, stats } = paddedMe(20 * 1024 * 1024);
    const { lattice, calls } = setup(response);
    const error = await failure(lattice.me());
    expect(error.kind).toBe('malformed_response');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/unexpectedly large answer to GET \/v1\/me \(over 5 MB\)/);
    expect(calls()).toBe(1);
    expect(stats.cancelled).toBe(true);
    expect(stats.chunksRead).toBeLessThanOrEqual(5 * 16 + 2);
  });

  it('given a Content-Length over the cap, should refuse before reading the body', async () => {
    const { response, stats } = paddedMe(2_000, { 'content-length': '2000' });
    const { lattice } = setup(response, 1_000);
    const error = await failure(lattice.me());
    expect(error.kind).toBe('malformed_response');
    expect(error.message).toMatch(/unexpectedly large/);
    expect(stats.chunksRead).toBe(0);
  });

  it('given an error answer over the cap, should throw malformed_response too', async () => {
    const { lattice } = setup(() => new Response('x'.repeat(5_000), { status: 500 }), 1_000);
    const error = await failure(lattice.me());
    expect(error.kind).toBe('malformed_response');
  });
});
