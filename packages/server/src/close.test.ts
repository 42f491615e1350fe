import { ErrorBody } from '@keylink/contract';
import type { Connector } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf, errorOf, newSession } from './testing/flow';
import { createFakeConnector } from './testing/fakeConnector';
import { storageTargets } from './testing/testDatabases';
import { createTestDeployment, hostRequest, widgetRequest } from './testing/testServer';

/** Settles with a success or a typed ErrorBody: anything else (a hang, a throw, junk) fails. */
async function outcomeOf(response: Promise<Response>): Promise<'ok' | ErrorBody['error']['code']> {
  const answer = await response;
  const body = await bodyOf(answer);
  if (answer.ok) return 'ok';
  return ErrorBody.parse(body).error.code;
}

/** A provider whose verify never answers (until told to), as a hung Lattice would. */
function createHangingConnector(): Connector & { release: () => void } {
  const fake = createFakeConnector();
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    ...fake,
    verify: async (input) => {
      await released;
      return fake.verify(input);
    },
    release: () => release(),
  };
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`close() on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    afterEach(async () => deployment.close());

    it('given 40 requests in flight, should let every one settle, refuse new ones at once, then close', async () => {
      deployment = createTestDeployment(target.create());
      const server = deployment.start({ connectors: { lattice: createFakeConnector() } });
      await server.ready;
      // More requests than the Postgres pool has connections, so some wait for one.
      const inFlight = Array.from({ length: 40 }, (_, index) =>
        outcomeOf(
          index % 2 === 0
            ? server.fetch(
                hostRequest('/v1/connect-sessions', {
                  body: { provider: 'lattice', originOwnerId: `org_${index}` },
                }),
              )
            : server.fetch(hostRequest('/v1/accounts?limit=10')),
        ),
      );
      const closing = server.close();
      const late = await server.fetch(hostRequest('/v1/accounts?limit=10'));
      expect(late.status).toBe(503);
      expect((await errorOf(late)).message).toMatch(/shutting down/);
      const outcomes = await Promise.all(inFlight);
      await closing;
      // Made before close(): they drained and succeeded.
      expect(outcomes).toEqual(Array.from({ length: 40 }, () => 'ok'));
      const afterClose = await outcomeOf(server.fetch(hostRequest('/v1/accounts')));
      expect(afterClose).toBe('service_unavailable');
    });

    it('given a request still running when the grace period ends, should answer it with service_unavailable', async () => {
      deployment = createTestDeployment(target.create());
      const hanging = createHangingConnector();
      const server = deployment.start({
        connectors: { lattice: hanging },
        closeGraceMs: 0,
        verifyTimeoutMs: 600_000,
      });
      const { token } = await newSession(server);
      const stuck = server.fetch(
        widgetRequest(token, '/v1/link/verify', {
          body: { credentials: { apiKey: 'good-key' } },
          headers: { 'x-request-id': 'req_stuck_verify' },
        }),
      );
      const quick = server.fetch(hostRequest('/v1/accounts?limit=10'));
      await server.close();
      const answer = await stuck;
      expect(answer.status).toBe(503);
      // Like every answer: the request id in the header and in the error, for support.
      expect(answer.headers.get('x-request-id')).toBe('req_stuck_verify');
      const error = await errorOf(answer);
      expect(error.message).toMatch(/shut down before it could finish/);
      expect(error.requestId).toBe('req_stuck_verify');
      expect(await outcomeOf(quick)).toMatch(/^(ok|service_unavailable)$/);
      hanging.release();
    });
  });
}
