import { LinkSession, VerifyResponse } from '@keylink/contract';
import type { ErrorCode } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf, errorOf, newSession, verify } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import { createTestLattice, sandboxKeys } from './testing/testLattice';
import { createTestDeployment, widgetRequest } from './testing/testServer';

type SandboxKeyName = keyof typeof sandboxKeys;
const isScenario = (name: string): name is SandboxKeyName => name in sandboxKeys;
type Expected =
  | { status: 200; access: 'full' | 'partial'; preview: 'running' | 'complete' }
  | { status: number; code: ErrorCode; retryAfterSeconds?: number };

/** What the widget must be told for each sandbox scenario key. */
const expectations: Record<SandboxKeyName, Expected> = {
  smallCompanyAdmin: { status: 200, access: 'full', preview: 'complete' },
  smallCompanySecondAdmin: { status: 200, access: 'full', preview: 'complete' },
  midCompanyAdmin: { status: 200, access: 'full', preview: 'running' },
  largeCompanyAdmin: { status: 200, access: 'full', preview: 'running' },
  nonAdmin: { status: 200, access: 'partial', preview: 'complete' },
  slow: { status: 200, access: 'full', preview: 'complete' },
  usersForbidden: { status: 422, code: 'insufficient_permissions' },
  apiNotEnabled: { status: 422, code: 'api_not_enabled' },
  revoked: { status: 422, code: 'invalid_credentials' },
  rateLimited: { status: 429, code: 'provider_rate_limited', retryAfterSeconds: 20 },
  timeout: { status: 504, code: 'provider_timeout' },
  serverError: { status: 502, code: 'provider_unavailable' },
  malformed: { status: 502, code: 'provider_bad_response' },
  stuckCursor: { status: 200, access: 'full', preview: 'running' },
  tightBudget: { status: 200, access: 'full', preview: 'running' },
};

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`verify on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    const start = (options: { maxVerifyAttempts?: number } = {}) => {
      deployment = createTestDeployment(target.create());
      return deployment.start({
        connectors: { lattice: createTestLattice().connector },
        ...options,
      });
    };
    afterEach(async () => deployment.close());

    it('given every sandbox scenario key, should answer its typed result', async () => {
      const server = start();
      for (const name of Object.keys(sandboxKeys).filter(isScenario)) {
        const expected = expectations[name];
        const { token } = await newSession(server);
        const response = await verify(server, token, sandboxKeys[name]);
        expect({ name, status: response.status }).toEqual({ name, status: expected.status });
        if ('code' in expected) {
          const error = await errorOf(response);
          expect({ name, code: error.code }).toEqual({ name, code: expected.code });
          expect(error.message).not.toContain(sandboxKeys[name]);
          if (expected.retryAfterSeconds !== undefined) {
            expect(error.retryAfterSeconds).toBe(expected.retryAfterSeconds);
            expect(response.headers.get('retry-after')).toBe(String(expected.retryAfterSeconds));
          }
        } else {
          const body = VerifyResponse.parse(await bodyOf(response));
          expect({ name, access: body.verification.access, preview: body.preview.status }).toEqual({
            name,
            access: expected.access,
            preview: expected.preview,
          });
        }
      }
      await server.idle();
    });

    it('given fields that do not fit the provider form, should answer invalid_request with issues', async () => {
      const server = start();
      const { token } = await newSession(server);
      const send = (body: unknown) =>
        server.fetch(widgetRequest(token, '/v1/link/verify', { body }));

      const blank = await errorOf(await send({ credentials: { apiKey: '   ' } }));
      expect(blank.issues?.map((issue) => issue.path)).toEqual(['credentials.apiKey']);
      const region = await errorOf(
        await send({ credentials: { apiKey: sandboxKeys.smallCompanyAdmin }, region: 'mars' }),
      );
      expect(region.issues?.map((issue) => issue.path)).toEqual(['region']);
      const extra = await errorOf(
        await send({ credentials: { apiKey: sandboxKeys.smallCompanyAdmin, password: 'x' } }),
      );
      expect(extra.issues?.map((issue) => issue.path)).toEqual(['credentials.password']);
      const unknownField = await send({ credentials: {}, remember: true });
      expect(unknownField.status).toBe(400);
      // None of these reached Lattice, so none spent an attempt.
      const session = LinkSession.parse(
        await bodyOf(await server.fetch(widgetRequest(token, '/v1/link/session'))),
      );
      expect(session.attemptsRemaining).toBe(10);
    });

    it('given a key with surrounding spaces, should trim it and verify', async () => {
      const server = start();
      const { token } = await newSession(server);
      const response = await verify(server, token, `  ${sandboxKeys.smallCompanyAdmin}\n`);
      expect(response.status).toBe(200);
      const trimmed = VerifyResponse.parse(await bodyOf(response));
      const exact = VerifyResponse.parse(
        await bodyOf(await verify(server, token, sandboxKeys.smallCompanyAdmin)),
      );
      // The same person's key, read from Lattice: the spaces were trimmed, not sent.
      expect(trimmed.verification.owner).toEqual(exact.verification.owner);
      expect(trimmed.verification.owner.name).toEqual(expect.any(String));
      await server.idle();
    });

    it('given too many attempts, should lock the session', async () => {
      const server = start({ maxVerifyAttempts: 2 });
      const { token } = await newSession(server);
      expect((await verify(server, token, sandboxKeys.revoked)).status).toBe(422);
      expect((await verify(server, token, sandboxKeys.revoked)).status).toBe(422);
      const locked = await verify(server, token, sandboxKeys.smallCompanyAdmin);
      expect(locked.status).toBe(429);
      expect((await errorOf(locked)).code).toBe('too_many_attempts');
    });
  });
}
