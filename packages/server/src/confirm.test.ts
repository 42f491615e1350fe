import { AccountList, ConfirmResponse, LinkSession } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf, confirm, confirmOk, errorOf, newSession, verify, verifyOk } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import {
  createTestClock,
  createTestDeployment,
  hostRequest,
  widgetRequest,
} from './testing/testServer';
import type { KeylinkServer } from './index';

async function accountCount(server: KeylinkServer): Promise<number> {
  return AccountList.parse(await bodyOf(await server.fetch(hostRequest('/v1/accounts')))).data
    .length;
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`confirm on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    let clock: ReturnType<typeof createTestClock>;
    const start = () => {
      clock = createTestClock();
      deployment = createTestDeployment(target.create());
      return deployment.start({
        connectors: { lattice: createTestLattice().connector },
        now: clock.now,
      });
    };
    afterEach(async () => deployment.close());

    it('given the same Idempotency-Key twice, should answer the same and link one account', async () => {
      const server = start();
      const { token } = await newSession(server);
      await verifyOk(server, token, sandboxKeys.smallCompanyAdmin);
      const first = await confirm(server, token, 'key-1');
      const again = await confirm(server, token, 'key-1');
      expect(first.status).toBe(200);
      expect(again.status).toBe(200);
      expect(ConfirmResponse.parse(await again.json())).toEqual(
        ConfirmResponse.parse(await first.json()),
      );

      const other = await confirm(server, token, 'key-2');
      expect(other.status).toBe(409);
      expect((await errorOf(other)).code).toBe('session_used');
      expect((await errorOf(await confirm(server, token))).code).toBe('session_used');
      expect(await accountCount(server)).toBe(1);
    });

    it('given concurrent confirms on two instances, should link exactly one account', async () => {
      const one = start();
      const two = deployment.start({
        connectors: { lattice: createTestLattice().connector },
        now: clock.now,
      });
      const { token } = await newSession(one);
      await verifyOk(one, token, sandboxKeys.smallCompanyAdmin);
      const answers = await Promise.all(
        [one, two, one, two, one, two].map((server, index) =>
          confirm(server, token, `k${index % 2}`),
        ),
      );
      const ok = answers.filter((response) => response.status === 200);
      const refused = answers.filter((response) => response.status === 409);
      expect(ok.length + refused.length).toBe(answers.length);
      const ids = new Set(
        await Promise.all(
          ok.map(async (response) => ConfirmResponse.parse(await response.json()).accountId),
        ),
      );
      expect(ids.size).toBe(1);
      expect(await accountCount(one)).toBe(1);
    });

    it('given a session not verified yet, should answer session_not_verified', async () => {
      const server = start();
      const { token } = await newSession(server);
      const response = await confirm(server, token);
      expect(response.status).toBe(409);
      expect((await errorOf(response)).code).toBe('session_not_verified');
    });

    it('given an expired session, should refuse verify and confirm and link nothing', async () => {
      const server = start();
      const { token } = await newSession(server);
      await verifyOk(server, token, sandboxKeys.smallCompanyAdmin);
      clock.advance(31 * 60 * 1000);
      const confirmed = await confirm(server, token);
      expect(confirmed.status).toBe(410);
      expect((await errorOf(confirmed)).code).toBe('session_expired');
      expect((await errorOf(await verify(server, token, sandboxKeys.smallCompanyAdmin))).code).toBe(
        'session_expired',
      );
      expect(await accountCount(server)).toBe(0);
    });

    it('given a spent session, should refuse to verify again', async () => {
      const server = start();
      const { token } = await newSession(server);
      await verifyOk(server, token, sandboxKeys.smallCompanyAdmin);
      await confirmOk(server, token);
      const again = await verify(server, token, sandboxKeys.midCompanyAdmin);
      expect(again.status).toBe(409);
      expect((await errorOf(again)).code).toBe('session_used');
    });

    it('should reconnect an account in place, and refuse a reconnect by another owner', async () => {
      const server = start();
      const first = await newSession(server);
      await verifyOk(server, first.token, sandboxKeys.smallCompanyAdmin);
      const { accountId } = await confirmOk(server, first.token);

      const foreign = await server.fetch(
        hostRequest('/v1/connect-sessions', {
          body: { provider: 'lattice', originOwnerId: 'org_other', accountId },
        }),
      );
      expect(foreign.status).toBe(404);

      const again = await newSession(server, { accountId });
      const session = LinkSession.parse(
        await bodyOf(await server.fetch(widgetRequest(again.token, '/v1/link/session'))),
      );
      expect(session.mode).toBe('reconnect');
      // Another super admin of the same company: the account stays that company.
      const verified = await verifyOk(server, again.token, sandboxKeys.smallCompanySecondAdmin);
      const reconnected = await confirmOk(server, again.token);
      expect(reconnected).toEqual({ accountId, provider: 'lattice', mode: 'reconnect' });
      const list = AccountList.parse(await bodyOf(await server.fetch(hostRequest('/v1/accounts'))));
      expect(list.data).toHaveLength(1);
      expect(list.data[0]?.ownerName).toBe(verified.verification.owner.name);
    });
  });
}
