import { createLatticeConnector } from '@keylink/lattice';
import { createLatticeSandbox, sandboxKeys } from '@keylink/lattice/sandbox';
import type { LatticeSandboxOptions } from '@keylink/lattice/sandbox';

export { sandboxKeys };

/**
 * The real Lattice connector talking to the in-memory sandbox. Short timeouts and one attempt
 * per call keep the failure scenarios quick; the sandbox's `slow` key is slowed by 5 ms only.
 */
export function createTestLattice(options: LatticeSandboxOptions = {}) {
  const sandbox = createLatticeSandbox({ slowLatencyMs: 5, ...options });
  const connector = createLatticeConnector({
    baseUrl: 'https://lattice.test',
    fetch: sandbox.fetch,
    timeoutMs: 300,
    deadlineMs: 2_000,
    retry: { maxAttempts: 1 },
  });
  return { sandbox, connector };
}
