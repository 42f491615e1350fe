import { createLatticeSandbox } from '@keylink/lattice/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeylinkServer } from './index';
import { bodyOf, confirmOk, errorOf, newSession, verifyOk } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import { createTestDeployment, hostRequest, widgetRequest } from './testing/testServer';

const nul = '\u0000';

/** Each place a person or a host can put text, with a NUL in it, and the issue path expected. */
const hostCases: { name: string; request: () => Request; path: string }[] = [
  {
    name: 'originOwnerId',
    request: () =>
      hostRequest('/v1/connect-sessions', {
        body: { provider: 'lattice', originOwnerId: `org${nul}acme` },
      }),
    path: 'originOwnerId',
  },
  {
    name: 'originOwnerName',
    request: () =>
      hostRequest('/v1/connect-sessions', {
        body: { provider: 'lattice', originOwnerId: 'org_acme', originOwnerName: `Acme${nul}` },
      }),
    path: 'originOwnerName',
  },
  {
    name: 'accountId in the body',
    request: () =>
      hostRequest('/v1/connect-sessions', {
        body: { provider: 'lattice', originOwnerId: 'org_acme', accountId: `acc_${nul}` },
      }),
    path: 'accountId',
  },
  {
    name: 'a key of the body',
    request: () =>
      hostRequest('/v1/connect-sessions', {
        body: { provider: 'lattice', originOwnerId: 'org_acme', [`x${nul}`]: 1 },
      }),
    path: `x${nul}`,
  },
  {
    name: 'an account id in the path',
    request: () => hostRequest('/v1/accounts/acc_%00'),
    path: 'path',
  },
  {
    name: 'a user id in the path',
    request: () => hostRequest('/v1/accounts/acc_1/iam/users/u%00'),
    path: 'path',
  },
  {
    name: 'originOwnerId in the query',
    request: () => hostRequest('/v1/accounts?originOwnerId=org%00acme'),
    path: 'query.originOwnerId',
  },
  {
    name: 'a cursor in the query',
    request: () => hostRequest('/v1/accounts?cursor=%00'),
    path: 'query.cursor',
  },
  {
    name: 'the delete of an account',
    request: () => hostRequest('/v1/accounts/acc_%00', { method: 'DELETE' }),
    path: 'path',
  },
];

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`NUL in input on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    const start = (lattice = createTestLattice()): KeylinkServer => {
      deployment = createTestDeployment(target.create());
      return deployment.start({ connectors: { lattice: lattice.connector } });
    };
    afterEach(async () => deployment.close());

    it.each(hostCases)(
      'given a NUL in $name, should answer 400 invalid_request naming it',
      async ({ request, path }) => {
        const server = start();
        const response = await server.fetch(request());
        const error = await errorOf(response);
        expect({ status: response.status, code: error.code }).toEqual({
          status: 400,
          code: 'invalid_request',
        });
        expect(error.issues?.map((issue) => issue.path)).toContain(path);
        expect(error.message).toMatch(/NUL/);
      },
    );

    it('given a NUL in the pasted key, should answer invalid_request on that field and spend no attempt', async () => {
      const server = start();
      const { token } = await newSession(server);
      const response = await server.fetch(
        widgetRequest(token, '/v1/link/verify', {
          body: { credentials: { apiKey: `${sandboxKeys.smallCompanyAdmin}${nul}` }, region: 'us' },
        }),
      );
      const error = await errorOf(response);
      expect([response.status, error.code]).toEqual([400, 'invalid_request']);
      expect(error.issues).toEqual([
        { path: 'credentials.apiKey', message: expect.stringMatching(/copy it again/i) },
      ]);
      const session = await bodyOf(await server.fetch(widgetRequest(token, '/v1/link/session')));
      expect(session).toMatchObject({ attemptsRemaining: 10 });
    });

    it('given a NUL in a name Lattice sends, should link the account with the character replaced', async () => {
      const real = createLatticeSandbox();
      const lattice = createTestLattice({
        intercept: async (request) => {
          if (new URL(request.url).pathname !== '/v1/me') return undefined;
          const me: unknown = await (await real.fetch(request)).json();
          return Response.json({
            ...Object(me),
            name: `Ada${nul}Lovelace`,
            email: `ada${nul}@x.test`,
          });
        },
      });
      const server = start(lattice);
      const { token } = await newSession(server);
      const verified = await verifyOk(server, token, sandboxKeys.smallCompanyAdmin);
      expect(verified.verification.owner.name).toBe('Ada\ufffdLovelace');
      await server.idle();
      const { accountId } = await confirmOk(server, token);
      const account = await bodyOf(await server.fetch(hostRequest(`/v1/accounts/${accountId}`)));
      expect(JSON.stringify(account)).not.toContain('\\u0000');
    });
  });
}
