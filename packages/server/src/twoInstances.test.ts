import { AccountList } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf, confirm, newSession, verifyOk } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import { createTestDeployment, hostRequest } from './testing/testServer';

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`two instances on one ${target.name} database`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    afterEach(async () => deployment.close());

    it('given 40 flows crossing between them with double-clicked confirms, should link each once', async () => {
      deployment = createTestDeployment(target.create());
      // A little Lattice latency so the flows and their background walks overlap.
      const { connector } = createTestLattice({ latencyMs: 2 });
      const one = deployment.start({ connectors: { lattice: connector } });
      const two = deployment.start({ connectors: { lattice: connector } });
      const results = await Promise.all(
        Array.from({ length: 40 }, async (_, index) => {
          const [first, second] = index % 2 === 0 ? [one, two] : [two, one];
          const { token } = await newSession(first, { originOwnerId: `org_${index}` });
          await verifyOk(second, token, sandboxKeys.midCompanyAdmin);
          const answers = await Promise.all([
            confirm(first, token, 'k'),
            confirm(second, token, 'k'),
          ]);
          const [a, b] = answers;
          return {
            statuses: answers.map((answer) => answer.status),
            bodies: [await a?.text(), await b?.text()],
          };
        }),
      );
      for (const { statuses, bodies } of results) {
        expect(statuses).toEqual([200, 200]);
        expect(bodies[0]).toBe(bodies[1]);
      }
      const accounts = AccountList.parse(
        await bodyOf(await one.fetch(hostRequest('/v1/accounts?limit=100'))),
      );
      expect(new Set(accounts.data.map((account) => account.originOwnerId)).size).toBe(40);
      expect(accounts.data).toHaveLength(40);
    }, 30_000);
  });
}
