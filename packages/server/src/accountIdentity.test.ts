import { Account, AccountList, ConnectorError, IamRoleList } from '@keylink/contract';
import type { Connector } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf, confirm, confirmOk, errorOf, newSession, verify, verifyOk } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import { createTestDeployment, hostRequest, widgetRequest } from './testing/testServer';
import type { KeylinkServer } from './index';

async function link(server: KeylinkServer, key: string, originOwnerId = 'org_acme') {
  const { token } = await newSession(server, { originOwnerId });
  await verifyOk(server, token, key);
  await server.idle();
  return confirmOk(server, token);
}

async function accountOf(server: KeylinkServer, id: string) {
  return Account.parse(await bodyOf(await server.fetch(hostRequest(`/v1/accounts/${id}`))));
}

/**
 * The first walk of `held` waits for release(); the first walk of `failing` fails at once (so
 * it leaves the account's facts alone). Later walks run as usual.
 */
function scriptedWalks(connector: Connector, held: string, failing: string) {
  let release = () => {};
  const open = new Promise<void>((resolve) => (release = resolve));
  const seen = new Set<string>();
  return {
    connector: {
      ...connector,
      preview: async (context, onProgress) => {
        const key = context.credentials.apiKey ?? '';
        const first = !seen.has(key);
        seen.add(key);
        if (first && key === held) await open;
        if (first && key === failing) {
          throw new ConnectorError('provider_unavailable', 'Lattice is not answering.');
        }
        return connector.preview(context, onProgress);
      },
    } satisfies Connector,
    release,
  };
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`account identity on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    afterEach(async () => deployment.close());
    const start = (connector: Connector = createTestLattice().connector) => {
      deployment = createTestDeployment(target.create());
      return deployment.start({ connectors: { lattice: connector } });
    };

    it("given a reconnect with another company's key, should refuse it at verify with account_mismatch and store nothing", async () => {
      const server = start();
      const { accountId } = await link(server, sandboxKeys.smallCompanyAdmin);
      const before = await accountOf(server, accountId);

      const { token } = await newSession(server, { accountId });
      const refused = await verify(server, token, sandboxKeys.midCompanyAdmin);
      expect(refused.status).toBe(409);
      const error = await errorOf(refused);
      expect(error.code).toBe('account_mismatch');
      expect(error.message).toMatch(/another Lattice company/);
      expect(error.message).toContain('pinecone-bakery.example');
      expect(error.message).toContain('José Núñez');
      expect(error.message).toMatch(/link it as a new account/);
      expect(error.account).toMatchObject({
        id: accountId,
        ownerName: 'José Núñez',
        tenantLabel: 'pinecone-bakery.example',
      });

      // Nothing was kept: no preview, and confirm has nothing to link.
      const preview = await server.fetch(widgetRequest(token, '/v1/link/preview'));
      expect((await errorOf(preview)).code).toBe('session_not_verified');
      expect((await errorOf(await confirm(server, token))).code).toBe('session_not_verified');
      expect(await accountOf(server, accountId)).toEqual(before);

      // The key field is still there: a key of the right company goes through.
      const verified = await verifyOk(server, token, sandboxKeys.smallCompanySecondAdmin);
      expect(verified.link).toMatchObject({ mode: 'reconnect', reason: 'requested' });
      expect(await confirmOk(server, token)).toEqual({
        accountId,
        provider: 'lattice',
        mode: 'reconnect',
      });
      expect((await accountOf(server, accountId)).ownerName).not.toBe('José Núñez');
    });

    it('given a key whose company the connector cannot confirm, should refuse the reconnect too', async () => {
      const lattice = createTestLattice().connector;
      const server = start({ ...lattice, matchTenant: async () => 'unproven' });
      const { accountId } = await link(server, sandboxKeys.midCompanyAdmin);
      const { token } = await newSession(server, { accountId });
      const refused = await verify(server, token, sandboxKeys.nonAdmin);
      expect(refused.status).toBe(409);
      const error = await errorOf(refused);
      expect(error.code).toBe('account_mismatch');
      expect(error.message).toMatch(/could not confirm that this key belongs to the same company/);
      expect(error.message).toMatch(/a key that sees the whole company/);
    });

    it('given a reconnect with a key that sees less, should warn and need the acknowledgement, then record the access', async () => {
      const server = start();
      const { accountId } = await link(server, sandboxKeys.midCompanyAdmin);
      const { token } = await newSession(server, { accountId });
      const verified = await verifyOk(server, token, sandboxKeys.nonAdmin);
      expect(verified.verification.access).toBe('partial');
      expect(verified.warnings).toEqual([
        expect.objectContaining({
          code: 'access_reduced',
          previousAccess: 'full',
          access: 'partial',
        }),
      ]);

      const unacknowledged = await confirm(server, token);
      expect(unacknowledged.status).toBe(400);
      const error = await errorOf(unacknowledged);
      expect(error.code).toBe('invalid_request');
      expect(error.issues?.[0]?.path).toBe('acknowledgedWarnings');
      expect((await accountOf(server, accountId)).access).toBe('full');

      const unknownField = await confirm(server, token, undefined, { acknowledge: true });
      expect(unknownField.status).toBe(400);

      const done = await confirmOk(server, token, undefined, {
        acknowledgedWarnings: ['access_reduced'],
      });
      expect(done).toMatchObject({ accountId, mode: 'reconnect' });
      expect(await accountOf(server, accountId)).toMatchObject({
        access: 'partial',
        tenantLabel: 'northwind-analytics.example',
      });
    });

    it('given a company this owner already linked, should update that account instead of making a twin', async () => {
      const server = start();
      const { accountId } = await link(server, sandboxKeys.smallCompanyAdmin);

      const { token } = await newSession(server);
      const verified = await verifyOk(server, token, sandboxKeys.smallCompanySecondAdmin);
      expect(verified.link).toEqual({
        mode: 'reconnect',
        reason: 'already_linked',
        account: expect.objectContaining({ id: accountId, ownerName: 'José Núñez' }),
      });
      expect(await confirmOk(server, token)).toEqual({
        accountId,
        provider: 'lattice',
        mode: 'reconnect',
      });

      // Another company for the same owner, and the same company for another owner: new accounts.
      const other = await link(server, sandboxKeys.midCompanyAdmin);
      expect(other.mode).toBe('create');
      const elsewhere = await link(server, sandboxKeys.smallCompanyAdmin, 'org_other');
      expect(elsewhere.mode).toBe('create');

      const list = AccountList.parse(await bodyOf(await server.fetch(hostRequest('/v1/accounts'))));
      expect(list.data.map((account) => account.id).sort()).toEqual(
        [accountId, other.accountId, elsewhere.accountId].sort(),
      );
    });

    it("given a walk of the account's previous key ending after a reconnect, should not write its counts onto the account", async () => {
      const scripted = scriptedWalks(
        createTestLattice().connector,
        sandboxKeys.midCompanyAdmin,
        sandboxKeys.nonAdmin,
      );
      const server = start(scripted.connector);
      // Linked at once, while the full key's walk still runs.
      const first = await newSession(server);
      await verifyOk(server, first.token, sandboxKeys.midCompanyAdmin);
      const { accountId } = await confirmOk(server, first.token);

      // Reconnected with a key that sees one team; its own walk learns nothing.
      const second = await newSession(server, { accountId });
      const partial = await verifyOk(server, second.token, sandboxKeys.nonAdmin);
      await confirmOk(server, second.token, undefined, {
        acknowledgedWarnings: ['access_reduced'],
      });

      // The old key's walk ends now: its 250 people are not the account's any more.
      scripted.release();
      await server.idle();
      const employees = async () =>
        IamRoleList.parse(
          await bodyOf(await server.fetch(hostRequest(`/v1/accounts/${accountId}/iam/roles`))),
        ).data.find((role) => role.id === 'employee')?.userCount;
      expect(await employees()).toBeNull();

      // Its own facts come from its own key, on the first read of its users.
      expect((await server.fetch(hostRequest(`/v1/accounts/${accountId}/iam/users`))).status).toBe(
        200,
      );
      await server.idle();
      expect(await employees()).toBe(partial.preview.usersSeen);
    });
  });
}
