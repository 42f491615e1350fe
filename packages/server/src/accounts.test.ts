import { AccountList, IamRoleList, IamUserList } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf, confirmOk, errorOf, newSession, verifyOk } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import { createTestDeployment, hostRequest } from './testing/testServer';
import type { KeylinkServer } from './index';

async function link(
  server: KeylinkServer,
  originOwnerId: string,
  key = sandboxKeys.smallCompanyAdmin,
) {
  const { token } = await newSession(server, { originOwnerId });
  await verifyOk(server, token, key);
  await server.idle();
  return confirmOk(server, token);
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`accounts on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    afterEach(async () => deployment.close());

    it('should page through accounts with an opaque cursor and filter by owner', async () => {
      deployment = createTestDeployment(target.create());
      const server = deployment.start({ connectors: { lattice: createTestLattice().connector } });
      const ids = [
        (await link(server, 'org_a')).accountId,
        (await link(server, 'org_b')).accountId,
        // Another company: the same company again would update org_a's account (no twins).
        (await link(server, 'org_a', sandboxKeys.midCompanyAdmin)).accountId,
      ];
      const first = AccountList.parse(
        await bodyOf(await server.fetch(hostRequest('/v1/accounts?limit=2'))),
      );
      expect(first.data).toHaveLength(2);
      expect(first.nextCursor).not.toBeNull();
      const second = AccountList.parse(
        await bodyOf(
          await server.fetch(hostRequest(`/v1/accounts?limit=2&cursor=${first.nextCursor ?? ''}`)),
        ),
      );
      expect(second.nextCursor).toBeNull();
      expect([...first.data, ...second.data].map((account) => account.id).sort()).toEqual(
        [...ids].sort(),
      );

      const owned = AccountList.parse(
        await bodyOf(await server.fetch(hostRequest('/v1/accounts?originOwnerId=org_a'))),
      );
      expect(owned.data.map((account) => account.originOwnerId)).toEqual(['org_a', 'org_a']);

      const garbled = await server.fetch(hostRequest('/v1/accounts?cursor=nonsense'));
      expect(garbled.status).toBe(400);
      expect((await errorOf(garbled)).code).toBe('invalid_request');
      const tooMany = await server.fetch(hostRequest('/v1/accounts?limit=1000'));
      expect(tooMany.status).toBe(400);
    });

    it('given an unknown user id, should answer not_found', async () => {
      deployment = createTestDeployment(target.create());
      const server = deployment.start({ connectors: { lattice: createTestLattice().connector } });
      const { accountId } = await link(server, 'org_a');
      const response = await server.fetch(
        hostRequest(`/v1/accounts/${accountId}/iam/users/00000000-0000-4000-8000-000000000000`),
      );
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('not_found');
    });

    it('given a garbage cursor, should answer 400 invalid_request saying the cursor is not valid', async () => {
      deployment = createTestDeployment(target.create());
      const server = deployment.start({ connectors: { lattice: createTestLattice().connector } });
      const { accountId } = await link(server, 'org_a');
      const response = await server.fetch(
        hostRequest(`/v1/accounts/${accountId}/iam/users?cursor=garbage`),
      );
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe('invalid_request');
      expect(error.message).toMatch(/cursor is not one this API gave out/);
    });

    it('should delete an account with its credential', async () => {
      deployment = createTestDeployment(target.create());
      const server = deployment.start({ connectors: { lattice: createTestLattice().connector } });
      const { accountId } = await link(server, 'org_a');
      const deleted = await server.fetch(
        hostRequest(`/v1/accounts/${accountId}`, { method: 'DELETE' }),
      );
      expect(deleted.status).toBe(204);
      expect((await server.fetch(hostRequest(`/v1/accounts/${accountId}`))).status).toBe(404);
      const users = await server.fetch(hostRequest(`/v1/accounts/${accountId}/iam/users`));
      expect(users.status).toBe(404);
      expect(
        (await server.fetch(hostRequest(`/v1/accounts/${accountId}`, { method: 'DELETE' }))).status,
      ).toBe(404);
    });

    it('given a key revoked after linking, should mark the account and ask for a reconnect', async () => {
      deployment = createTestDeployment(target.create());
      let revoked = false;
      const { connector } = createTestLattice({
        intercept: () => (revoked ? new Response('{}', { status: 401 }) : undefined),
      });
      const server = deployment.start({ connectors: { lattice: connector } });
      const { accountId } = await link(server, 'org_a');
      revoked = true;
      const users = await server.fetch(hostRequest(`/v1/accounts/${accountId}/iam/users`));
      expect(users.status).toBe(409);
      expect((await errorOf(users)).code).toBe('account_needs_reconnect');
      const list = AccountList.parse(await bodyOf(await server.fetch(hostRequest('/v1/accounts'))));
      expect(list.data[0]?.status).toBe('needs_reconnect');

      revoked = false;
      const { token } = await newSession(server, { originOwnerId: 'org_a', accountId });
      await verifyOk(server, token, sandboxKeys.smallCompanyAdmin);
      await confirmOk(server, token);
      const after = await server.fetch(hostRequest(`/v1/accounts/${accountId}/iam/users`));
      expect(after.status).toBe(200);
      IamUserList.parse(await after.json());
    });

    it('given manager ids older than the refresh age, should refresh them in the background', async () => {
      deployment = createTestDeployment(target.create());
      let now = Date.parse('2026-01-05T10:00:00.000Z');
      let walks = 0;
      const { connector } = createTestLattice();
      const counting = {
        ...connector,
        preview: (...args: Parameters<typeof connector.preview>) => {
          walks += 1;
          return connector.preview(...args);
        },
      };
      const server = deployment.start({
        connectors: { lattice: counting },
        now: () => new Date(now),
      });
      const { accountId } = await link(server, 'org_a');
      expect(walks).toBe(1);
      await server.fetch(hostRequest(`/v1/accounts/${accountId}/iam/users`));
      await server.idle();
      expect(walks).toBe(1);

      now += 25 * 60 * 60 * 1000;
      expect((await server.fetch(hostRequest(`/v1/accounts/${accountId}/iam/users`))).status).toBe(
        200,
      );
      await server.idle();
      expect(walks).toBe(2);
      await server.fetch(hostRequest(`/v1/accounts/${accountId}/iam/users`));
      await server.idle();
      expect(walks).toBe(2);
      const roles = IamRoleList.parse(
        await bodyOf(await server.fetch(hostRequest(`/v1/accounts/${accountId}/iam/roles`))),
      );
      expect(roles.data.every((role) => role.userCount !== null)).toBe(true);
    });
  });
}
