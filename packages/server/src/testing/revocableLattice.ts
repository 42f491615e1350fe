import { createTestLattice } from './testLattice';

/**
 * The test Lattice, where a key can be revoked at any time: Lattice then answers 401 to it on
 * every endpoint, as it does for a key an admin revoked. Outages are switched on the same way.
 */
export function createRevocableLattice(options: { latencyMs?: number } = {}) {
  const revoked = new Set<string>();
  let outage: number | null = null;
  const lattice = createTestLattice({
    ...options,
    intercept: (request) => {
      if (outage !== null) {
        return new Response(JSON.stringify({ error: 'Unavailable' }), {
          status: outage,
          headers: { 'content-type': 'application/json', 'retry-after': '1' },
        });
      }
      const key = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
      return revoked.has(key) ? new Response('Unauthorized', { status: 401 }) : undefined;
    },
  });
  return {
    ...lattice,
    revoke: (key: string) => revoked.add(key),
    /** Every call answers this status (500, 429…) until set back to null. */
    outage: (status: number | null) => {
      outage = status;
    },
  };
}
