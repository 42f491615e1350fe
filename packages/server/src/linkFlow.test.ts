import {
  Account,
  AccountList,
  IamRoleList,
  IamUserList,
  IamUserResponse,
  LinkSession,
} from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf, confirmOk, newSession, previewToEnd, verifyOk } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import { createTestDeployment, hostRequest, widgetRequest } from './testing/testServer';

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`link flow on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    afterEach(async () => deployment.close());

    it('should link the 10,000-person company and read its users and roles', async () => {
      deployment = createTestDeployment(target.create());
      // 1 ms per Lattice answer: like a network, each page yields, so polls interleave with it.
      const { connector } = createTestLattice({ latencyMs: 1 });
      // Every page's progress is written, so polls see the counts grow.
      const server = deployment.start({
        connectors: { lattice: connector },
        previewProgressIntervalMs: 0,
      });
      const seen: string[] = [];

      const { token } = await newSession(server, {}, seen);
      const session = LinkSession.parse(
        await bodyOf(await server.fetch(widgetRequest(token, '/v1/link/session')), seen),
      );
      expect(session.provider.id).toBe('lattice');

      const verified = await verifyOk(server, token, sandboxKeys.largeCompanyAdmin, seen);
      expect(verified.verification.access).toBe('full');
      expect(verified.preview.status).toBe('running');
      expect(verified.preview.sample.length).toBeGreaterThan(0);

      const { final, polls } = await previewToEnd(server, token, seen);
      expect(final.status).toBe('complete');
      expect(final.usersSeen).toBe(10_000);
      expect(final.pagesRead).toBe(100);
      const growing = polls.filter(
        ({ preview }) =>
          preview.status === 'running' && preview.usersSeen > 100 && preview.usersSeen < 10_000,
      );
      expect(growing.length).toBeGreaterThan(0);

      const linked = await confirmOk(server, token, seen);
      expect(linked).toMatchObject({ provider: 'lattice', mode: 'create' });

      const list = AccountList.parse(
        await bodyOf(await server.fetch(hostRequest('/v1/accounts?originOwnerId=org_acme')), seen),
      );
      expect(list.data.map((account) => account.id)).toEqual([linked.accountId]);
      expect(list.data[0]).toMatchObject({ status: 'active', access: 'full', region: 'us' });

      const account = Account.parse(
        await bodyOf(await server.fetch(hostRequest(`/v1/accounts/${linked.accountId}`)), seen),
      );
      expect(account.ownerName).toBe(verified.verification.owner.name);

      const users = IamUserList.parse(
        await bodyOf(
          await server.fetch(hostRequest(`/v1/accounts/${linked.accountId}/iam/users?limit=100`)),
          seen,
        ),
      );
      expect(users.data).toHaveLength(100);
      expect(users.nextCursor).not.toBeNull();
      // Manager ids from the complete walk: some user of the first page manages someone.
      expect(users.data.some((user) => user.roles.includes('manager'))).toBe(true);

      const next = IamUserList.parse(
        await bodyOf(
          await server.fetch(
            hostRequest(
              `/v1/accounts/${linked.accountId}/iam/users?limit=100&cursor=${encodeURIComponent(users.nextCursor ?? '')}`,
            ),
          ),
          seen,
        ),
      );
      expect(next.data[0]?.id).not.toBe(users.data[0]?.id);

      const first = users.data[0];
      expect(first).toBeDefined();
      const one = IamUserResponse.parse(
        await bodyOf(
          await server.fetch(
            hostRequest(`/v1/accounts/${linked.accountId}/iam/users/${first?.id ?? ''}`),
          ),
          seen,
        ),
      );
      expect(one.data).toEqual(first);

      const roles = IamRoleList.parse(
        await bodyOf(
          await server.fetch(hostRequest(`/v1/accounts/${linked.accountId}/iam/roles`)),
          seen,
        ),
      );
      expect(roles.data.find((role) => role.id === 'employee')?.userCount).toBe(10_000);
      expect(roles.data.find((role) => role.id === 'manager')?.userCount).toBeGreaterThan(0);

      // The key never leaves: not in any answer, not in any log line.
      const key = sandboxKeys.largeCompanyAdmin;
      expect(seen.length).toBeGreaterThan(8);
      for (const text of [...seen, ...deployment.logLines]) expect(text).not.toContain(key);
      expect(deployment.logLines.length).toBeGreaterThan(8);
    });

    it('given a restart between verify and confirm, should confirm on the new instance', async () => {
      deployment = createTestDeployment(target.create());
      const { connector } = createTestLattice();
      const before = deployment.start({ connectors: { lattice: connector } });
      const { token } = await newSession(before);
      await verifyOk(before, token, sandboxKeys.smallCompanyAdmin);
      await before.idle();
      await before.close();

      const after = deployment.start({ connectors: { lattice: connector } });
      const { final } = await previewToEnd(after, token);
      expect(final.status).toBe('complete');
      const linked = await confirmOk(after, token);
      const roles = IamRoleList.parse(
        await bodyOf(await after.fetch(hostRequest(`/v1/accounts/${linked.accountId}/iam/roles`))),
      );
      expect(roles.data.find((role) => role.id === 'employee')?.userCount).toBe(final.usersSeen);
    });

    it('given paging that stops advancing, should end the preview incomplete and still link', async () => {
      deployment = createTestDeployment(target.create());
      const server = deployment.start({ connectors: { lattice: createTestLattice().connector } });
      const { token } = await newSession(server);
      const verified = await verifyOk(server, token, sandboxKeys.stuckCursor);
      expect(verified.preview.status).toBe('running');
      const { final } = await previewToEnd(server, token);
      expect(final).toMatchObject({
        status: 'incomplete',
        incompleteReason: 'cursor_repeated',
        usersSeen: 200,
      });
      const linked = await confirmOk(server, token);
      const roles = IamRoleList.parse(
        await bodyOf(await server.fetch(hostRequest(`/v1/accounts/${linked.accountId}/iam/roles`))),
      );
      expect(roles.data.find((role) => role.id === 'employee')?.userCount).toBe(200);
    });
  });
}
