import { Account, EventList } from '@keylink/contract';
import type { Connector } from '@keylink/contract';
import { describe, expect, it } from 'vitest';
import type { KeylinkServer } from '../index';
import { bodyOf, confirmOk, newSession, verifyOk } from '../testing/flow';
import { createRevocableLattice } from '../testing/revocableLattice';
import { storageTargets } from '../testing/testDatabases';
import { sandboxKeys } from '../testing/testLattice';
import { createTestScope } from '../testing/testScope';
import { hostRequest } from '../testing/testServer';
import { until } from '../testing/until';

/**
 * Seconds between two checks of a key. The option takes fractions (only the command's environment
 * variable wants whole seconds), and a quarter of a second is still more than the checker's
 * shortest tick (200 ms): each wait below lasts a few intervals, well under a second, not seconds.
 */
const interval = 0.25;

async function link(server: KeylinkServer, key: string, originOwnerId = 'org_acme') {
  const { token } = await newSession(server, { originOwnerId });
  await verifyOk(server, token, key);
  return (await confirmOk(server, token)).accountId;
}

async function account(server: KeylinkServer, id: string) {
  return Account.parse(await bodyOf(await server.fetch(hostRequest(`/v1/accounts/${id}`))));
}

async function types(server: KeylinkServer, id: string) {
  const list = EventList.parse(
    await bodyOf(await server.fetch(hostRequest(`/v1/events?accountId=${id}`))),
  );
  return list.data.map((event) => event.type);
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(
    `key health checks on ${target.name}`,
    { timeout: 30_000 },
    () => {
      const scope = createTestScope(target);

      it('given a key revoked in Lattice, should mark its account needs_reconnect within a few intervals and send account.needs_reconnect', async () => {
        const { receiver: hooks, webhooks } = await scope.webhookReceiver();
        const deployment = scope.deployment();
        const lattice = createRevocableLattice();
        // Two instances share the checks.
        const servers = [0, 1].map(() =>
          deployment.start({
            connectors: { lattice: lattice.connector },
            keyHealthIntervalSeconds: interval,
            webhooks,
          }),
        );
        const [one, two] = servers as [KeylinkServer, KeylinkServer];
        const revoked = await link(one, sandboxKeys.smallCompanyAdmin, 'org_revoked');
        const kept = await link(two, sandboxKeys.midCompanyAdmin, 'org_kept');
        await until(async () => (await account(one, revoked)).lastCheckOutcome === 'ok');

        lattice.revoke(sandboxKeys.smallCompanyAdmin);
        await until(async () => (await account(two, revoked)).status === 'needs_reconnect');

        expect(await account(one, revoked)).toMatchObject({
          status: 'needs_reconnect',
          lastCheckOutcome: 'rejected',
          lastCheckedAt: expect.any(String),
        });
        expect(await types(one, revoked)).toEqual(['account.linked', 'account.needs_reconnect']);
        await until(() =>
          hooks.received.some((delivery) => delivery.body.includes('account.needs_reconnect')),
        );
        const delivery = hooks.received.find((d) => d.body.includes('account.needs_reconnect'));
        expect(delivery?.verified).toMatchObject({
          ok: true,
          payload: {
            type: 'account.needs_reconnect',
            data: {
              accountId: revoked,
              status: 'needs_reconnect',
              source: 'key_health',
              reason: { code: 'invalid_credentials' },
            },
          },
        });
        // The other account's key still works: checked, unchanged.
        await until(async () => (await account(one, kept)).lastCheckOutcome === 'ok');
        expect(await account(one, kept)).toMatchObject({ status: 'active' });
        expect(await types(one, kept)).toEqual(['account.linked']);
        for (const text of [...deployment.logLines, ...hooks.received.map((d) => d.body)]) {
          for (const key of Object.values(sandboxKeys)) expect(text).not.toContain(key);
        }
      });

      it.each([500, 429])(
        'given Lattice answers %i, should change nothing but the outcome and check again later',
        async (status) => {
          const deployment = scope.deployment();
          const lattice = createRevocableLattice();
          const server = deployment.start({
            connectors: { lattice: lattice.connector },
            keyHealthIntervalSeconds: interval,
          });
          const id = await link(server, sandboxKeys.smallCompanyAdmin);
          lattice.outage(status);
          await until(
            async () => (await account(server, id)).lastCheckOutcome === 'provider_unavailable',
          );
          expect(await account(server, id)).toMatchObject({ status: 'active', access: 'full' });
          lattice.outage(null);
          await until(async () => (await account(server, id)).lastCheckOutcome === 'ok');
          expect(await types(server, id)).toEqual(['account.linked']);
        },
      );

      it('given a key that now reaches only part of the company, should change its access and send account.access_changed', async () => {
        const deployment = scope.deployment();
        const lattice = createRevocableLattice();
        let demoted = false;
        const connector: Connector = {
          ...lattice.connector,
          checkCredentials: async (context) => {
            const check = await lattice.connector.checkCredentials(context);
            return demoted ? { ...check, access: 'partial' } : check;
          },
        };
        const server = deployment.start({
          connectors: { lattice: connector },
          keyHealthIntervalSeconds: interval,
        });
        const id = await link(server, sandboxKeys.smallCompanyAdmin);
        demoted = true;
        await until(async () => (await account(server, id)).access === 'partial');

        expect(await account(server, id)).toMatchObject({
          status: 'active',
          lastCheckOutcome: 'access_changed',
        });
        const list = EventList.parse(
          await bodyOf(await server.fetch(hostRequest(`/v1/events?accountId=${id}`))),
        );
        expect(list.data.map((event) => event.type)).toEqual([
          'account.linked',
          'account.access_changed',
        ]);
        expect(list.data[1]?.data).toMatchObject({
          access: 'partial',
          previous: { access: 'full' },
          source: 'key_health',
        });
      });

      it('given more keys due than checks can keep up with, should still reach every account', async () => {
        const deployment = scope.deployment();
        const lattice = createRevocableLattice();
        const connector: Connector = {
          ...lattice.connector,
          // Slow checks: 8 at a time, 0.1 s each, take two intervals (0.5 s) to check 40 accounts.
          checkCredentials: async (context) => {
            await new Promise((resolve) => setTimeout(resolve, 100));
            return lattice.connector.checkCredentials(context);
          },
        };
        const linker = deployment.start({
          connectors: { lattice: connector },
          keyHealthIntervalSeconds: 0,
        });
        const linkSome = async (count: number, prefix: string) => {
          const ids: string[] = [];
          for (let n = 0; n < count; n += 1) {
            ids.push(await link(linker, sandboxKeys.smallCompanyAdmin, `${prefix}_${n}`));
          }
          return ids;
        };
        const allChecked = (ids: string[]) => async () => {
          const accounts = await Promise.all(ids.map((id) => account(linker, id)));
          return accounts.every((each) => each.lastCheckOutcome === 'ok');
        };
        const first = await linkSome(40, 'org_first');
        deployment.start({
          connectors: { lattice: connector },
          keyHealthIntervalSeconds: interval,
        });
        await until(allChecked(first));
        // Linked while the checker cannot keep up: they still get their turn.
        const later = await linkSome(3, 'org_later');
        await until(allChecked(later));
      }, 60_000);

      it('given a negative interval, should refuse to start', async () => {
        const deployment = scope.deployment();
        const { connector } = createRevocableLattice();
        expect(() =>
          deployment.start({ connectors: { lattice: connector }, keyHealthIntervalSeconds: -1 }),
        ).toThrow(/keyHealthIntervalSeconds/);
      });
    },
  );
}
