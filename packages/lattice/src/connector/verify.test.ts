import { Preview } from '@keylink/contract';
import { describe, expect, it } from 'vitest';
import { createLatticeConnector } from '../index';
import {
  as,
  connectorFailure as failure,
  setupConnector as setup,
} from '../testing/sandboxConnector';

describe('verify', () => {
  it("given a small company's super admin key, should answer full access and a complete preview in one round trip", async () => {
    const { connector, requested } = setup();
    const { verification, preview } = await connector.verify(as('smallCompanyAdmin', null));
    expect(verification).toMatchObject({ access: 'full', region: 'us', owner: { isAdmin: true } });
    expect(Preview.parse(preview)).toEqual(preview);
    expect(preview.status).toBe('complete');
    expect(preview.usersSeen).toBeGreaterThanOrEqual(20);
    expect(preview.usersSeen).toBeLessThanOrEqual(30);
    expect(preview.sample).toHaveLength(10);
    expect(requested.map((url) => new URL(url).pathname).sort()).toEqual(['/v1/me', '/v1/users']);
    expect(requested.find((url) => url.includes('/v1/users'))).toContain('status=NULL');
  });

  it("given a large company's key, should answer after one page with a running preview", async () => {
    const { connector } = setup();
    const { preview } = await connector.verify(as('largeCompanyAdmin'));
    expect(preview).toMatchObject({ status: 'running', usersSeen: 100, pagesRead: 1 });
  });

  it("given a non-admin's key, should answer partial access", async () => {
    const { connector } = setup();
    const { verification } = await connector.verify(as('nonAdmin'));
    expect(verification).toMatchObject({ access: 'partial', owner: { isAdmin: false } });
  });

  it.each([
    ['revoked', 'invalid_credentials', /revoked/],
    ['usersForbidden', 'insufficient_permissions', /super admin/],
    ['apiNotEnabled', 'api_not_enabled', /API access is not enabled/],
    ['malformed', 'provider_bad_response', /cannot read/],
  ] as const)('given the %s key, should throw %s', async (name, code, message) => {
    const { connector } = setup();
    const error = await failure(connector.verify(as(name)), name);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it.each(['/v1/me', '/v1/users'])(
    'given Lattice answers 404 on %s, should throw provider_bad_response suggesting the other region',
    async (path) => {
      const { connector } = setup({
        intercept: (request) =>
          new URL(request.url).pathname === path
            ? Response.json({ error: 'Not found.' }, { status: 404 })
            : undefined,
      });
      const error = await failure(connector.verify(as('smallCompanyAdmin')), 'smallCompanyAdmin');
      expect(error).toMatchObject({ code: 'provider_bad_response', status: 404 });
      expect(error.message).toMatch(/unexpected way/);
      expect(error.message).toMatch(/other region/);
      expect(error.message).toMatch(/contact support/);
    },
  );

  it('given a rate-limited key, should throw provider_rate_limited with retryAfterSeconds', async () => {
    const { connector } = setup({ rateLimitRetryAfterSeconds: 20 });
    const error = await failure(connector.verify(as('rateLimited')), 'rateLimited');
    expect(error).toMatchObject({ code: 'provider_rate_limited', retryAfterSeconds: 20 });
  });

  it('given a Lattice answering 500, should throw provider_unavailable after retrying', async () => {
    const { connector, requested } = setup();
    const error = await failure(connector.verify(as('serverError')), 'serverError');
    expect(error.code).toBe('provider_unavailable');
    expect(requested).toHaveLength(6); // two calls, three attempts each
  });

  it('given a Lattice that never answers, should throw provider_timeout', async () => {
    const { connector } = setup({}, { timeoutMs: 20 });
    const error = await failure(connector.verify(as('timeout')), 'timeout');
    expect(error.code).toBe('provider_timeout');
  });

  it('given a slow Lattice within the timeout, should verify', async () => {
    const { connector } = setup({ slowLatencyMs: 5 });
    const { verification } = await connector.verify(as('slow'));
    expect(verification.access).toBe('full');
  });

  it('given a slow Lattice beyond the timeout, should throw provider_timeout', async () => {
    const { connector } = setup({ slowLatencyMs: 5_000 }, { timeoutMs: 20 });
    const error = await failure(connector.verify(as('slow')), 'slow');
    expect(error.code).toBe('provider_timeout');
  });

  it('given the caller aborts, should stop waiting and throw provider_timeout', async () => {
    const { connector } = setup();
    const controller = new AbortController();
    const pending = connector.verify({ ...as('timeout'), signal: controller.signal });
    controller.abort();
    const error = await failure(pending, 'timeout');
    expect(error.code).toBe('provider_timeout');
  });

  it('given no key or an unknown region, should throw invalid_credentials without calling Lattice', async () => {
    const { connector, requested } = setup();
    await expect(
      connector.verify({ credentials: { apiKey: '  ' }, region: 'us' }),
    ).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
    await expect(connector.verify(as('smallCompanyAdmin', 'mars'))).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
    expect(requested).toEqual([]);
  });

  it("given each region and no base URL, should call that region's Lattice host", async () => {
    const seen: string[] = [];
    const connector = createLatticeConnector({
      fetch: async (input, init) => {
        seen.push(new URL(new Request(input, init).url).origin);
        return new Response(null, { status: 401 });
      },
    });
    await connector.verify(as('smallCompanyAdmin', 'emea')).catch(() => undefined);
    await connector.verify(as('smallCompanyAdmin', null)).catch(() => undefined);
    expect(new Set(seen)).toEqual(
      new Set(['https://api.emea.latticehq.com', 'https://api.latticehq.com']),
    );
  });
});
