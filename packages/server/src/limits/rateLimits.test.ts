import { LinkSession } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeylinkServer, KeylinkServerOptions } from '../index';
import { bodyOf, errorOf, newSession, verify } from '../testing/flow';
import { storageTargets } from '../testing/testDatabases';
import { createTestLattice, sandboxKeys } from '../testing/testLattice';
import {
  createTestClock,
  createTestDeployment,
  hostRequest,
  testSecretKey,
  widgetRequest,
} from '../testing/testServer';

const verifyBody = { credentials: { apiKey: sandboxKeys.revoked }, region: 'us' };

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`rate limits on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    const clock = createTestClock();
    let latticeCalls = 0;
    const lattice = createTestLattice({
      intercept: () => {
        latticeCalls += 1;
        return undefined;
      },
    });

    /** Instances of one deployment: one storage, one clock. */
    function start(options: Partial<KeylinkServerOptions>, count = 1): KeylinkServer[] {
      deployment = createTestDeployment(target.create());
      latticeCalls = 0;
      return Array.from({ length: count }, () =>
        deployment.start({
          connectors: { lattice: lattice.connector },
          now: clock.now,
          ...options,
        }),
      );
    }
    afterEach(async () => deployment.close());

    /** A verify from `address` (the connection's peer), with optional extra headers. */
    const verifyFrom = (
      server: KeylinkServer,
      token: string,
      address: string | undefined,
      headers: Record<string, string> = {},
    ) =>
      server.fetch(widgetRequest(token, '/v1/link/verify', { body: verifyBody, headers }), {
        clientAddress: address,
      });

    const attemptsLeft = async (server: KeylinkServer, token: string) =>
      LinkSession.parse(await bodyOf(await server.fetch(widgetRequest(token, '/v1/link/session'))))
        .attemptsRemaining;

    it('given a secret key past its sessions a minute, should answer rate_limited with Retry-After, across instances', async () => {
      const [first, second] = start({ rateLimits: { sessionsPerSecretKeyPerMinute: 3 } }, 2);
      if (first === undefined || second === undefined) throw new Error('two instances');
      await newSession(first);
      await newSession(second);
      await newSession(first);
      const refused = await second.fetch(
        hostRequest('/v1/connect-sessions', {
          body: { provider: 'lattice', originOwnerId: 'org_acme' },
        }),
      );
      expect(refused.status).toBe(429);
      const error = await errorOf(refused);
      expect(error.code).toBe('rate_limited');
      expect(error.message).toMatch(/Wait \d+ s/);
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(refused.headers.get('retry-after')).toBe(String(error.retryAfterSeconds));

      clock.advance((error.retryAfterSeconds ?? 60) * 1000);
      expect((await newSession(second)).token).toMatch(/\S/);
    });

    it('given verify calls from one address through fresh sessions, should refuse past the limit without calling the provider or spending an attempt', async () => {
      const [server] = start({ rateLimits: { verifyPerAddressPerMinute: 2 } });
      if (server === undefined) throw new Error('one instance');
      const sessions = [
        await newSession(server),
        await newSession(server),
        await newSession(server),
      ];
      const [a, b, c] = sessions.map((session) => session.token);
      if (a === undefined || b === undefined || c === undefined) throw new Error('three sessions');
      expect((await verifyFrom(server, a, '203.0.113.7')).status).toBe(422);
      expect((await verifyFrom(server, b, '203.0.113.7')).status).toBe(422);
      const calls = latticeCalls;
      const attempts = await attemptsLeft(server, c);

      const refused = await verifyFrom(server, c, '203.0.113.7');
      expect(refused.status).toBe(429);
      expect((await errorOf(refused)).code).toBe('rate_limited');
      expect(latticeCalls).toBe(calls);
      expect(await attemptsLeft(server, c)).toBe(attempts);

      // Another address is not held back by this one.
      expect((await verifyFrom(server, c, '198.51.100.9')).status).toBe(422);
    });

    it('given X-Forwarded-For, should ignore it unless proxies are trusted, then take the entry they vouch for', async () => {
      const [direct] = start({ rateLimits: { verifyPerAddressPerMinute: 1 } });
      if (direct === undefined) throw new Error('one instance');
      const one = await newSession(direct);
      const two = await newSession(direct);
      // Without trusted proxies, a client cannot escape the limit by writing the header.
      await verifyFrom(direct, one.token, '203.0.113.7', { 'x-forwarded-for': '192.0.2.1' });
      const spoofed = await verifyFrom(direct, two.token, '203.0.113.7', {
        'x-forwarded-for': '192.0.2.2',
      });
      expect((await errorOf(spoofed)).code).toBe('rate_limited');
      await deployment.close();

      const [proxied] = start({ rateLimits: { verifyPerAddressPerMinute: 1 }, trustedProxies: 1 });
      if (proxied === undefined) throw new Error('one instance');
      const three = await newSession(proxied);
      const four = await newSession(proxied);
      const five = await newSession(proxied);
      // The proxy (10.0.0.2) appended the real client; what the client wrote before it is ignored.
      const viaProxy = (token: string, forwarded: string) =>
        verifyFrom(proxied, token, '10.0.0.2', { 'x-forwarded-for': forwarded });
      expect((await viaProxy(three.token, '1.1.1.1, 203.0.113.7')).status).toBe(422);
      expect((await errorOf(await viaProxy(four.token, '2.2.2.2, 203.0.113.7'))).code).toBe(
        'rate_limited',
      );
      expect((await viaProxy(five.token, '203.0.113.8')).status).toBe(422);
    });

    it('given a session past its verify calls a minute, should refuse until the minute is over', async () => {
      const [server] = start({
        maxVerifyAttempts: 10,
        rateLimits: { verifyPerSessionPerMinute: 2 },
      });
      if (server === undefined) throw new Error('one instance');
      const { token } = await newSession(server);
      expect((await verify(server, token, sandboxKeys.revoked)).status).toBe(422);
      expect((await verify(server, token, sandboxKeys.revoked)).status).toBe(422);
      const refused = await verify(server, token, sandboxKeys.revoked);
      const error = await errorOf(refused);
      expect([refused.status, error.code]).toEqual([429, 'rate_limited']);
      clock.advance((error.retryAfterSeconds ?? 60) * 1000);
      expect((await verify(server, token, sandboxKeys.smallCompanyAdmin)).status).toBe(200);
      await server.idle();
    });

    it('given the secret key used is one of several (a rotation), should accept each and count each on its own', async () => {
      const newer = `${testSecretKey}-newer`;
      const [server] = start({
        secretKey: [newer, testSecretKey],
        rateLimits: { sessionsPerSecretKeyPerMinute: 1 },
      });
      if (server === undefined) throw new Error('one instance');
      const body = { provider: 'lattice', originOwnerId: 'org_acme' };
      const withKey = (key: string) =>
        new Request('http://keylink.test/v1/connect-sessions', {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      expect((await server.fetch(withKey(newer))).status).toBe(201);
      expect((await server.fetch(withKey(testSecretKey))).status).toBe(201);
      expect((await server.fetch(withKey(newer))).status).toBe(429);
      expect((await server.fetch(withKey(`${testSecretKey}-other`))).status).toBe(401);
    });
  });
}
