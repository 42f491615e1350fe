import { AccountList, IamUserList } from '@keylink/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeylinkServer } from './index';
import { bodyOf, confirm, errorOf, linkAccount, newSession, verifyOk } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import {
  createTestDeployment,
  hostRequest,
  testSecretKey,
  widgetRequest,
} from './testing/testServer';

const url = (path: string) => `http://keylink.test${path}`;
const host = { authorization: `Bearer ${testSecretKey}` };

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`strict HTTP on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    let server: KeylinkServer;
    beforeEach(() => {
      deployment = createTestDeployment(target.create());
      server = deployment.start({ connectors: { lattice: createTestLattice().connector } });
    });
    afterEach(async () => deployment.close());

    const get = (path: string) => server.fetch(hostRequest(path));

    it('given a limit that only reads as a number (1e2, 0x10, %205, 01, 100.0), should refuse it with 400', async () => {
      const { accountId } = await linkAccount(server, sandboxKeys.smallCompanyAdmin);
      for (const limit of ['1e2', '0x10', '%205', '01', '100.0', '-1', '']) {
        for (const path of ['/v1/accounts', `/v1/accounts/${accountId}/iam/users`]) {
          const response = await get(`${path}?limit=${limit}`);
          expect(response.status, `${path}?limit=${limit}`).toBe(400);
          expect((await errorOf(response)).issues?.[0]?.path).toBe('limit');
        }
      }
      expect((await get('/v1/accounts?limit=100')).status).toBe(200);
    });

    it('given a query parameter twice, should refuse it with 400 naming it', async () => {
      const response = await get('/v1/accounts?limit=1&limit=2');
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe('invalid_request');
      expect(error.issues).toEqual([{ path: 'limit', message: expect.stringMatching(/once/) }]);
    });

    it('given a cursor made by another listing or filter, should refuse it with 400 invalid_request', async () => {
      // Two companies for org_a (one origin owner links a company once), the first of them
      // linked by another owner too, and one more owner.
      const first = await linkAccount(server, sandboxKeys.midCompanyAdmin, 'org_a');
      await linkAccount(server, sandboxKeys.smallCompanyAdmin, 'org_a');
      const second = await linkAccount(server, sandboxKeys.midCompanyAdmin, 'org_c');
      await linkAccount(server, sandboxKeys.smallCompanyAdmin, 'org_b');
      const page = AccountList.parse(
        await bodyOf(await get('/v1/accounts?originOwnerId=org_a&limit=1')),
      );
      const cursor = page.nextCursor ?? '';
      expect(cursor).not.toBe('');
      expect((await get(`/v1/accounts?originOwnerId=org_a&cursor=${cursor}`)).status).toBe(200);
      for (const other of ['/v1/accounts?originOwnerId=org_b&', '/v1/accounts?']) {
        const refused = await get(`${other}cursor=${cursor}`);
        expect(refused.status, other).toBe(400);
        expect((await errorOf(refused)).message).toMatch(/another originOwnerId filter/);
      }
      const users = IamUserList.parse(
        await bodyOf(await get(`/v1/accounts/${first.accountId}/iam/users?limit=5`)),
      );
      const usersCursor = users.nextCursor ?? '';
      expect(usersCursor).not.toBe('');
      const next = await get(
        `/v1/accounts/${first.accountId}/iam/users?limit=5&cursor=${usersCursor}`,
      );
      expect(next.status).toBe(200);
      // The same Lattice company behind another account: its provider would take the cursor.
      const elsewhere = await get(
        `/v1/accounts/${second.accountId}/iam/users?cursor=${usersCursor}`,
      );
      expect(elsewhere.status).toBe(400);
      expect((await errorOf(elsewhere)).message).toMatch(/another account/);
      const crossed = await get(`/v1/accounts/${first.accountId}/iam/users?cursor=${cursor}`);
      expect(crossed.status).toBe(400);
      const reversed = await get(`/v1/accounts?cursor=${usersCursor}`);
      expect(reversed.status).toBe(400);
    });

    it('given a body that is not declared as JSON, should answer 415 unsupported_media_type', async () => {
      const body = JSON.stringify({ provider: 'lattice', originOwnerId: 'org_a' });
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
        const headers = contentType === undefined ? host : { ...host, 'content-type': contentType };
        const response = await server.fetch(
          new Request(url('/v1/connect-sessions'), { method: 'POST', headers, body }),
        );
        expect(response.status, String(contentType)).toBe(415);
        expect((await errorOf(response)).code).toBe('unsupported_media_type');
      }
      const json = await server.fetch(
        new Request(url('/v1/connect-sessions'), {
          method: 'POST',
          headers: { ...host, 'content-type': 'Application/JSON; charset=utf-8' },
          body,
        }),
      );
      expect(json.status).toBe(201);
    });

    it('given a body on an operation that takes none, should refuse it with 415 instead of ignoring it', async () => {
      const { token } = await newSession(server);
      await verifyOk(server, token, sandboxKeys.smallCompanyAdmin);
      // Confirm takes a body now (the acknowledged warnings): one it does not declare is refused.
      const confirmWithBody = await server.fetch(
        new Request(url('/v1/link/confirm'), {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ accountId: 'acc_mine' }),
        }),
      );
      expect(confirmWithBody.status).toBe(400);
      expect((await errorOf(confirmWithBody)).code).toBe('invalid_request');
      const deleteWithBody = await server.fetch(
        new Request(url('/v1/accounts/acc_x'), { method: 'DELETE', headers: host, body: '{}' }),
      );
      expect(deleteWithBody.status).toBe(415);
      expect((await errorOf(deleteWithBody)).message).toMatch(/takes no request body/);
      // Nothing happened: the session can still confirm.
      expect((await confirm(server, token)).status).toBe(200);
    });

    it('given a known path with another method, should answer 405 with Allow; an unknown path 404', async () => {
      const cases: [string, string, string][] = [
        ['PUT', '/v1/accounts', 'GET, HEAD'],
        ['PATCH', '/v1/accounts/acc_1', 'GET, HEAD, DELETE'],
        ['GET', '/v1/connect-sessions', 'POST'],
        ['POST', '/healthz', 'GET, HEAD'],
      ];
      for (const [method, path, allow] of cases) {
        const response = await server.fetch(new Request(url(path), { method, headers: host }));
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get('allow')).toBe(allow);
        expect((await errorOf(response)).code).toBe('method_not_allowed');
      }
      for (const path of ['/v1/nothing', '/v1/accounts/', '/healthz/']) {
        const unknown = await server.fetch(new Request(url(path), { headers: host }));
        expect(unknown.status, path).toBe(404);
      }
    });

    it('given no or a wrong credential, should answer 401 with a Bearer challenge', async () => {
      const missing = await server.fetch(new Request(url('/v1/accounts')));
      expect(missing.status).toBe(401);
      expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="keylink"');
      const wrong = await server.fetch(
        new Request(url('/v1/link/session'), { headers: { authorization: 'Bearer kls_nope' } }),
      );
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('www-authenticate')).toBe(
        'Bearer realm="keylink", error="invalid_token"',
      );
    });

    it('given a Lattice that never answers, should answer provider_timeout at the connector’s per-attempt timeout, not at verifyTimeoutMs', async () => {
      // The README's promise: what a person waits for is the connector's timeoutMs (300 ms in
      // tests, 10 s by default), far below this verifyTimeoutMs, which the test would never reach.
      const patient = deployment.start({
        connectors: { lattice: createTestLattice().connector },
        verifyTimeoutMs: 600_000,
      });
      const { token } = await newSession(patient);
      const response = await patient.fetch(
        widgetRequest(token, '/v1/link/verify', {
          body: { credentials: { apiKey: sandboxKeys.timeout }, region: 'us' },
        }),
      );
      expect(response.status).toBe(504);
      expect((await errorOf(response)).code).toBe('provider_timeout');
    });

    it('given a confirm refused with an Idempotency-Key, should let the same key confirm once the cause is fixed, then replay it', async () => {
      const { token } = await newSession(server);
      const early = await confirm(server, token, 'key-1');
      expect((await errorOf(early)).code).toBe('session_not_verified');
      await verifyOk(server, token, sandboxKeys.smallCompanyAdmin);
      const linked = await confirm(server, token, 'key-1');
      expect(linked.status).toBe(200);
      const first = await bodyOf(linked);
      const replay = await confirm(server, token, 'key-1');
      expect([replay.status, await bodyOf(replay)]).toEqual([200, first]);
      const other = await confirm(server, token, 'key-2');
      expect((await errorOf(other)).code).toBe('session_used');
    });
  });
}
