import { describe, expect, it } from 'vitest';
import {
  as,
  connectorFailure as failure,
  setupConnector as setup,
} from '../testing/sandboxConnector';

describe('checkCredentials', () => {
  it("given a super admin's key, should answer full access with its owner from one user of /v1/users and /v1/me", async () => {
    const { connector, requested } = setup();
    const check = await connector.checkCredentials(as('midCompanyAdmin'));
    expect(check).toMatchObject({ access: 'full', owner: { isAdmin: true } });
    expect(check.owner.name).toEqual(expect.any(String));
    const paths = requested.map((url) => new URL(url));
    expect(paths.map((url) => url.pathname).sort()).toEqual(['/v1/me', '/v1/users']);
    expect(paths.find((url) => url.pathname === '/v1/users')?.searchParams.get('limit')).toBe('1');
  });

  it("given a non-admin's key, should answer partial access", async () => {
    const { connector } = setup();
    expect(await connector.checkCredentials(as('nonAdmin'))).toMatchObject({ access: 'partial' });
  });

  it.each([
    ['revoked', 'invalid_credentials'],
    ['usersForbidden', 'insufficient_permissions'],
    ['apiNotEnabled', 'api_not_enabled'],
    ['rateLimited', 'provider_rate_limited'],
    ['serverError', 'provider_unavailable'],
  ] as const)('given the %s key, should throw %s', async (name, code) => {
    const { connector } = setup({}, { retry: { maxAttempts: 1 } });
    const error = await failure(connector.checkCredentials(as(name)), name);
    expect(error.code).toBe(code);
  });
});
