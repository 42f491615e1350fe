import {
  CreateConnectSessionResponse,
  ErrorBody,
  HealthResponse,
  LinkSession,
} from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeConnector } from './testing/fakeConnector';
import { storageTargets } from './testing/testDatabases';
import {
  createTestClock,
  createTestDeployment,
  hostRequest,
  testOrigin,
  widgetRequest,
} from './testing/testServer';

async function errorOf(response: Response) {
  return ErrorBody.parse(await response.json()).error;
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`connect sessions on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    const clock = createTestClock();
    const start = () => {
      deployment = createTestDeployment(target.create());
      return deployment.start({ connectors: { fake: createFakeConnector() }, now: clock.now });
    };
    afterEach(async () => deployment.close());

    it('should answer the health check with the database kind', async () => {
      const response = await start().fetch(new Request('http://keylink.test/healthz'));
      expect(response.status).toBe(200);
      expect(HealthResponse.parse(await response.json())).toEqual({
        status: 'ok',
        database: target.name,
      });
      expect(response.headers.get('x-request-id')).toBeTruthy();
    });

    it('should create a session the widget can load', async () => {
      const server = start();
      const created = await server.fetch(
        hostRequest('/v1/connect-sessions', {
          body: { provider: 'fake', originOwnerId: 'org_1', originOwnerName: 'Acme' },
        }),
      );
      expect(created.status).toBe(201);
      expect(created.headers.get('cache-control')).toBe('no-store');
      const { token, expiresAt } = CreateConnectSessionResponse.parse(await created.json());
      expect(Date.parse(expiresAt) - clock.now().getTime()).toBe(30 * 60 * 1000);

      const loaded = await server.fetch(widgetRequest(token, '/v1/link/session'));
      expect(loaded.status).toBe(200);
      const session = LinkSession.parse(await loaded.json());
      expect(session).toMatchObject({
        mode: 'create',
        originOwnerName: 'Acme',
        attemptsRemaining: 10,
      });
      expect(session.provider.id).toBe('fake');
    });

    it('given a wrong secret key, should answer unauthorized', async () => {
      const request = hostRequest('/v1/connect-sessions', {
        body: { provider: 'fake', originOwnerId: 'org_1' },
      });
      request.headers.set('authorization', 'Bearer nope');
      const response = await start().fetch(request);
      expect(response.status).toBe(401);
      expect((await errorOf(response)).code).toBe('unauthorized');
    });

    it('given unknown fields, an unknown provider or bad JSON, should answer invalid_request', async () => {
      const server = start();
      const unknownField = await server.fetch(
        hostRequest('/v1/connect-sessions', {
          body: { provider: 'fake', originOwnerId: 'org_1', colour: 'red' },
        }),
      );
      expect(unknownField.status).toBe(400);
      expect((await errorOf(unknownField)).code).toBe('invalid_request');

      const unknownProvider = await server.fetch(
        hostRequest('/v1/connect-sessions', { body: { provider: 'nope', originOwnerId: 'org_1' } }),
      );
      expect((await errorOf(unknownProvider)).issues?.[0]?.path).toBe('provider');

      const malformed = hostRequest('/v1/connect-sessions');
      const response = await server.fetch(
        new Request(malformed.url, {
          method: 'POST',
          headers: malformed.headers,
          body: '{"provider":',
        }),
      );
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe('invalid_request');
      expect(error.requestId).toBe(response.headers.get('x-request-id'));
    });

    it('given invalid fields, should say in words what is wrong with each', async () => {
      const response = await start().fetch(
        hostRequest('/v1/connect-sessions', {
          body: { provider: 'fake', originOwnerId: '', colour: 'red' },
        }),
      );
      expect((await errorOf(response)).issues).toEqual([
        { path: 'originOwnerId', message: 'Too small: expected string to have >=1 characters' },
        { path: '', message: 'Unrecognized key: "colour"' },
      ]);
    });

    it('given a body over the limit, should answer payload_too_large', async () => {
      const response = await start().fetch(
        hostRequest('/v1/connect-sessions', {
          body: { provider: 'fake', originOwnerId: 'x'.repeat(70_000) },
        }),
      );
      expect(response.status).toBe(413);
      expect((await errorOf(response)).code).toBe('payload_too_large');
    });

    it('given a reconnect for an account that is not the owner’s, should answer not_found', async () => {
      const response = await start().fetch(
        hostRequest('/v1/connect-sessions', {
          body: { provider: 'fake', originOwnerId: 'org_1', accountId: 'acc_missing' },
        }),
      );
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('not_found');
    });

    it('given an expired or unknown session token, should refuse it', async () => {
      const server = start();
      const created = CreateConnectSessionResponse.parse(
        await (
          await server.fetch(
            hostRequest('/v1/connect-sessions', {
              body: { provider: 'fake', originOwnerId: 'org_1', expiresInSeconds: 60 },
            }),
          )
        ).json(),
      );
      clock.advance(61_000);
      const expired = await server.fetch(widgetRequest(created.token, '/v1/link/session'));
      expect(expired.status).toBe(410);
      expect((await errorOf(expired)).code).toBe('session_expired');

      const unknown = await server.fetch(widgetRequest('kls_unknown', '/v1/link/session'));
      expect(unknown.status).toBe(401);
      expect((await errorOf(unknown)).code).toBe('unauthorized');
    });

    it('should answer not_found for an unknown route', async () => {
      const response = await start().fetch(new Request('http://keylink.test/v2/nothing'));
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('not_found');
    });

    it('should allow CORS on widget routes for allowed origins only', async () => {
      const server = start();
      const preflight = (origin: string) =>
        server.fetch(
          new Request('http://keylink.test/v1/link/verify', {
            method: 'OPTIONS',
            headers: {
              origin,
              'access-control-request-method': 'POST',
              'access-control-request-headers': 'authorization,content-type',
            },
          }),
        );
      const allowed = await preflight(testOrigin);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(testOrigin);
      // Errors too, so the widget can read their codes.
      const created = await server.fetch(
        hostRequest('/v1/connect-sessions', { body: { provider: 'fake', originOwnerId: 'org_a' } }),
      );
      const { token } = CreateConnectSessionResponse.parse(await created.json());
      const tooLarge = await server.fetch(
        widgetRequest(token, '/v1/link/verify', {
          body: { credentials: { apiKey: 'x'.repeat(70_000) } },
        }),
      );
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.headers.get('access-control-allow-origin')).toBe(testOrigin);
      const unknown = await server.fetch(widgetRequest('kls_unknown', '/v1/link/session'));
      expect(unknown.headers.get('access-control-allow-origin')).toBe(testOrigin);

      const refused = await preflight('https://evil.example');
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();

      const host = await server.fetch(
        new Request('http://keylink.test/v1/connect-sessions', {
          method: 'OPTIONS',
          headers: { origin: testOrigin, 'access-control-request-method': 'POST' },
        }),
      );
      expect(host.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
}
