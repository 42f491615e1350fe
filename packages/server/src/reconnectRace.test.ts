import { Account } from '@keylink/contract';
import { createLatticeConnector } from '@keylink/lattice';
import { createLatticeSandbox } from '@keylink/lattice/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf, confirmOk, errorOf, newSession, verifyOk } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import { sandboxKeys } from './testing/testLattice';
import { createTestDeployment, hostRequest } from './testing/testServer';

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`a reconnect racing an IAM read on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    afterEach(async () => deployment.close());

    it('given a read with the old key that fails after the reconnect, should keep the reconnected account active', async () => {
      // The old key's user listing is held until the reconnect is done, then Lattice refuses it
      // (the admin revoked it after making the new one).
      let releaseOldKey: () => void = () => undefined;
      const oldKeyReleased = new Promise<void>((resolve) => {
        releaseOldKey = resolve;
      });
      let holdOldKey = false;
      let oldKeyHeld: () => void = () => undefined;
      const oldKeyIsHeld = new Promise<void>((resolve) => {
        oldKeyHeld = resolve;
      });
      const sandbox = createLatticeSandbox({
        slowLatencyMs: 0,
        intercept: async (request) => {
          const key = request.headers.get('authorization') ?? '';
          if (!holdOldKey || !key.includes(sandboxKeys.smallCompanyAdmin)) return undefined;
          oldKeyHeld();
          await oldKeyReleased;
          return new Response('Unauthorized', { status: 401 });
        },
      });
      // Generous timeouts: the held call must end with Lattice's 401, never with our deadline,
      // however slow the machine running the test is.
      const connector = createLatticeConnector({
        baseUrl: 'https://lattice.test',
        fetch: sandbox.fetch,
        timeoutMs: 60_000,
        deadlineMs: 60_000,
        retry: { maxAttempts: 1 },
      });
      deployment = createTestDeployment(target.create());
      const server = deployment.start({
        connectors: { lattice: connector },
        providerTimeoutMs: 60_000,
      });

      const first = await newSession(server);
      await verifyOk(server, first.token, sandboxKeys.smallCompanyAdmin);
      await server.idle();
      const { accountId } = await confirmOk(server, first.token);

      holdOldKey = true;
      const staleRead = server.fetch(hostRequest(`/v1/accounts/${accountId}/iam/users`));
      await oldKeyIsHeld;

      // The same company's super admin, with another key (the sandbox's `slow` key is Pinecone's).
      const again = await newSession(server, { accountId });
      await verifyOk(server, again.token, sandboxKeys.slow);
      await server.idle();
      await confirmOk(server, again.token);

      releaseOldKey();
      const stale = await staleRead;
      expect(stale.status).toBe(409);
      expect((await errorOf(stale)).code).toBe('account_needs_reconnect');

      const account = Account.parse(
        await bodyOf(await server.fetch(hostRequest(`/v1/accounts/${accountId}`))),
      );
      expect(account.status).toBe('active');
      const fresh = await server.fetch(hostRequest(`/v1/accounts/${accountId}/iam/users`));
      expect(fresh.status).toBe(200);
    });
  });
}
