import { ConnectorError } from '@keylink/contract';
import type { Connector } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf, errorOf, newSession, previewToEnd, verify, verifyOk } from './testing/flow';
import { createFakeConnector } from './testing/fakeConnector';
import { storageTargets } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import { createTestDeployment, widgetRequest } from './testing/testServer';

const key = 'good-key';

/**
 * A connector that breaks its promise: its errors quote the key (as a careless connector
 * passing its provider's text on would), with a nonsense retry hint, during verify or during
 * the preview walk.
 */
function leakyConnector(when: 'verify' | 'preview'): Connector {
  const fake = createFakeConnector();
  const leak = (credential: string | undefined) =>
    new ConnectorError(
      'provider_rate_limited',
      `Upstream said: "Authorization: Bearer ${credential ?? ''} is throttled" ${'and so on '.repeat(200)}`,
      { retryAfterSeconds: 1e20 },
    );
  return {
    ...fake,
    verify: async (context) => {
      if (when === 'verify') throw leak(context.credentials.apiKey);
      const outcome = await fake.verify(context);
      return { ...outcome, preview: { ...outcome.preview, status: 'running' } };
    },
    preview: async (context) => {
      throw leak(context.credentials.apiKey);
    },
  };
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`provider text on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    const start = (connector: Connector) => {
      deployment = createTestDeployment(target.create());
      return deployment.start({ connectors: { lattice: connector } });
    };
    afterEach(async () => deployment.close());

    it('given a connector error quoting the key at verify, should answer it scrubbed, capped and with a sane Retry-After', async () => {
      const server = start(leakyConnector('verify'));
      const { token } = await newSession(server);
      const response = await verify(server, token, key);
      const seen: string[] = [];
      const error = await errorOf(response, seen);
      expect(error.code).toBe('provider_rate_limited');
      expect(error.message).toContain('Bearer [redacted]');
      expect(error.message.length).toBeLessThanOrEqual(600);
      expect(error.retryAfterSeconds).toBe(86_400);
      expect(response.headers.get('retry-after')).toBe('86400');
      expect(seen.join('')).not.toContain(key);
      expect(deployment.logLines.filter((line) => line.includes(key))).toEqual([]);
    });

    it('given a connector error quoting the key during the preview walk, should store and show the preview without it', async () => {
      const server = start(leakyConnector('preview'));
      const { token } = await newSession(server);
      await verifyOk(server, token, key);
      const seen: string[] = [];
      const { final } = await previewToEnd(server, token, seen);
      expect(final.status).toBe('failed');
      expect(final.error?.message).toContain('[redacted]');
      expect(seen.join('')).not.toContain(key);
      await server.idle();
      expect(deployment.logLines.filter((line) => line.includes(key))).toEqual([]);
    });

    it.each([
      ['an en dash', sandboxKeys.smallCompanyAdmin.replace('-', '\u2013')],
      [
        'a line break',
        `${sandboxKeys.smallCompanyAdmin.slice(0, 8)}\n${sandboxKeys.smallCompanyAdmin.slice(8)}`,
      ],
      [
        'a zero-width space',
        `${sandboxKeys.smallCompanyAdmin.slice(0, 8)}\u200b${sandboxKeys.smallCompanyAdmin.slice(8)}`,
      ],
    ])(
      'given a pasted key with %s, should answer invalid_request on the key, call no one and spend no attempt',
      async (_name, pasted) => {
        let calls = 0;
        const lattice = createTestLattice({
          intercept: () => {
            calls += 1;
            return undefined;
          },
        });
        const server = start(lattice.connector);
        const { token } = await newSession(server);
        const response = await verify(server, token, pasted);
        const seen: string[] = [];
        const error = await errorOf(response, seen);
        expect([response.status, error.code]).toEqual([400, 'invalid_request']);
        expect(error.issues).toEqual([
          { path: 'credentials.apiKey', message: expect.stringMatching(/copy the key again/i) },
        ]);
        expect(calls).toBe(0);
        const session = await bodyOf(await server.fetch(widgetRequest(token, '/v1/link/session')));
        expect(session).toMatchObject({ attemptsRemaining: 10 });
        expect(seen.join('')).not.toContain(pasted);
        expect(deployment.logLines.filter((line) => line.includes(pasted))).toEqual([]);
      },
    );
  });
}
