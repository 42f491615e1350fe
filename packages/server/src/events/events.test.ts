import { Account, EventList } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeylinkServer } from '../index';
import { bodyOf, confirmOk, errorOf, newSession, verifyOk } from '../testing/flow';
import { createRevocableLattice } from '../testing/revocableLattice';
import { storageTargets } from '../testing/testDatabases';
import { sandboxKeys } from '../testing/testLattice';
import { createTestDeployment, hostRequest } from '../testing/testServer';

async function link(
  server: KeylinkServer,
  key: string,
  body: Record<string, unknown> = {},
  confirmBody?: unknown,
) {
  const { token } = await newSession(server, body);
  await verifyOk(server, token, key);
  return confirmOk(server, token, undefined, confirmBody);
}

async function events(server: KeylinkServer, query: string) {
  const response = await server.fetch(hostRequest(`/v1/events?${query}`));
  expect(response.status).toBe(200);
  return EventList.parse(await bodyOf(response));
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(
    `account events on ${target.name}`,
    { timeout: 30_000 },
    () => {
      let deployment: ReturnType<typeof createTestDeployment>;
      afterEach(async () => deployment.close());

      it("should keep an account's whole history in order, readable after its deletion", async () => {
        deployment = createTestDeployment(target.create());
        const lattice = createRevocableLattice();
        const server = deployment.start({ connectors: { lattice: lattice.connector } });

        const { accountId } = await link(server, sandboxKeys.midCompanyAdmin);
        // Reconnected with a non-admin's key of the same company: another owner, and less reach,
        // which the person acknowledged.
        await link(
          server,
          sandboxKeys.nonAdmin,
          { accountId },
          {
            acknowledgedWarnings: ['access_reduced'],
          },
        );
        // The key is revoked; the next IAM read finds out.
        lattice.revoke(sandboxKeys.nonAdmin);
        const read = await server.fetch(hostRequest(`/v1/accounts/${accountId}/iam/users`));
        expect((await errorOf(read)).code).toBe('account_needs_reconnect');
        await link(server, sandboxKeys.midCompanyAdmin, { accountId });
        const removed = await server.fetch(
          hostRequest(`/v1/accounts/${accountId}`, { method: 'DELETE' }),
        );
        expect(removed.status).toBe(204);

        const history = await events(server, `accountId=${accountId}`);
        expect(history.data.map((event) => event.type)).toEqual([
          'account.linked',
          'account.reconnected',
          'account.access_changed',
          'account.needs_reconnect',
          'account.restored',
          'account.access_changed',
          'account.deleted',
        ]);
        const [linked, reconnected, , needsReconnect, restored, , deleted] = history.data;
        expect(linked?.data).toMatchObject({
          accountId,
          originOwnerId: 'org_acme',
          provider: 'lattice',
          status: 'active',
          access: 'full',
          source: 'link',
          previous: null,
        });
        expect(reconnected?.data).toMatchObject({
          access: 'partial',
          previous: { access: 'full', ownerName: linked?.data.ownerName },
        });
        expect(reconnected?.data.ownerName).not.toBe(linked?.data.ownerName);
        expect(needsReconnect?.data).toMatchObject({
          status: 'needs_reconnect',
          source: 'iam_read',
          reason: { code: 'invalid_credentials' },
        });
        expect(restored?.data).toMatchObject({ status: 'active', access: 'full' });
        expect(deleted?.data).toMatchObject({ status: 'deleted', source: 'api' });
        expect(new Set(history.data.map((event) => event.id)).size).toBe(7);
        const text = JSON.stringify(history);
        for (const key of Object.values(sandboxKeys)) expect(text).not.toContain(key);
      });

      it('should filter by owner and type, page oldest first and resume after the last event', async () => {
        deployment = createTestDeployment(target.create());
        const { connector } = createRevocableLattice();
        const server = deployment.start({ connectors: { lattice: connector } });
        for (const owner of ['org_a', 'org_b', 'org_a', 'org_a']) {
          await link(server, sandboxKeys.smallCompanyAdmin, { originOwnerId: owner });
        }

        const first = await events(server, 'originOwnerId=org_a&limit=2');
        expect(first.data).toHaveLength(2);
        expect(first.data.every((event) => event.data.originOwnerId === 'org_a')).toBe(true);
        expect(first.nextCursor).not.toBeNull();
        const second = await events(
          server,
          `originOwnerId=org_a&limit=2&cursor=${first.nextCursor}`,
        );
        expect(second.data).toHaveLength(1);
        expect(second.nextCursor).toBeNull();
        const times = [...first.data, ...second.data].map((event) => event.timestamp);
        expect(times).toEqual([...times].sort());

        // Polling: nothing new yet, then the next event only.
        const idle = await events(server, `originOwnerId=org_a&cursor=${second.resumeCursor}`);
        expect(idle).toMatchObject({ data: [], resumeCursor: second.resumeCursor });
        await link(server, sandboxKeys.midCompanyAdmin, { originOwnerId: 'org_a' });
        const fresh = await events(server, `originOwnerId=org_a&cursor=${idle.resumeCursor}`);
        expect(fresh.data.map((event) => event.type)).toEqual(['account.linked']);

        const deletions = await events(server, 'type=account.deleted');
        expect(deletions).toMatchObject({ data: [], nextCursor: null, resumeCursor: null });
      });

      it('should refuse a bad query or cursor with invalid_request, and callers without the secret key', async () => {
        deployment = createTestDeployment(target.create());
        const { connector } = createRevocableLattice();
        const server = deployment.start({ connectors: { lattice: connector } });
        for (const query of ['type=account.renamed', 'cursor=garbage', 'limit=0', 'since=1']) {
          const response = await server.fetch(hostRequest(`/v1/events?${query}`));
          expect(response.status, query).toBe(400);
          expect((await errorOf(response)).code).toBe('invalid_request');
        }
        const anonymous = await server.fetch(new Request('http://keylink.test/v1/events'));
        expect(anonymous.status).toBe(401);
      });

      it('should show a new account as not yet checked', async () => {
        deployment = createTestDeployment(target.create());
        const { connector } = createRevocableLattice();
        const server = deployment.start({ connectors: { lattice: connector } });
        const { accountId } = await link(server, sandboxKeys.smallCompanyAdmin);
        const account = Account.parse(
          await bodyOf(await server.fetch(hostRequest(`/v1/accounts/${accountId}`))),
        );
        expect(account).toMatchObject({ lastCheckedAt: null, lastCheckOutcome: null });
      });
    },
  );
}
