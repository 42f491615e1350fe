import { IamRoleList, PreviewResponse } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf, confirmOk, errorOf, newSession, previewToEnd, verifyOk } from './testing/flow';
import { frozenWalks } from './testing/frozenWalks';
import { storageTargets } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import {
  createTestClock,
  createTestDeployment,
  hostRequest,
  widgetRequest,
} from './testing/testServer';

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`preview walk on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    afterEach(async () => deployment.close());

    it('given the walking instance dies, should let another instance take the walk over', async () => {
      deployment = createTestDeployment(target.create());
      const clock = createTestClock();
      const { connector } = createTestLattice();
      const lease = { previewLeaseMs: 60_000, now: clock.now };
      const dying = deployment.start({ connectors: { lattice: frozenWalks(connector) }, ...lease });
      const healthy = deployment.start({ connectors: { lattice: connector }, ...lease });

      const { token } = await newSession(dying);
      const verified = await verifyOk(dying, token, sandboxKeys.largeCompanyAdmin);
      expect(verified.preview.status).toBe('running');

      // The lease still holds: the healthy instance only reads.
      const poll = async () =>
        PreviewResponse.parse(
          await bodyOf(await healthy.fetch(widgetRequest(token, '/v1/link/preview'))),
        ).preview.status;
      expect(await poll()).toBe('running');
      await healthy.idle();
      expect(await poll()).toBe('running');

      clock.advance(61_000);
      const { final } = await previewToEnd(healthy, token);
      expect(final).toMatchObject({ status: 'complete', usersSeen: 10_000 });
      await healthy.idle();

      const linked = await confirmOk(healthy, token);
      expect(linked.mode).toBe('create');
    });

    it('given the account was linked before a dead walk is taken over, should end the preview', async () => {
      deployment = createTestDeployment(target.create());
      const clock = createTestClock();
      const { connector } = createTestLattice();
      const lease = { previewLeaseMs: 60_000, now: clock.now };
      const dying = deployment.start({ connectors: { lattice: frozenWalks(connector) }, ...lease });
      const healthy = deployment.start({ connectors: { lattice: connector }, ...lease });

      const { token } = await newSession(dying);
      await verifyOk(dying, token, sandboxKeys.largeCompanyAdmin);
      const { accountId } = await confirmOk(healthy, token);

      // A spent session shows no preview any more, so nothing waits on the dead walk.
      clock.advance(61_000);
      const spent = await healthy.fetch(widgetRequest(token, '/v1/link/preview'));
      expect(spent.status).toBe(409);
      expect((await errorOf(spent)).code).toBe('session_used');
      await healthy.idle();

      // The account learns its manager ids on its own, on the first read of its users.
      const users = await healthy.fetch(hostRequest(`/v1/accounts/${accountId}/iam/users`));
      expect(users.status).toBe(200);
      await healthy.idle();
      const roles = IamRoleList.parse(
        await bodyOf(await healthy.fetch(hostRequest(`/v1/accounts/${accountId}/iam/roles`))),
      );
      expect(roles.data.find((role) => role.id === 'employee')?.userCount).toBe(10_000);
    });
  });
}
