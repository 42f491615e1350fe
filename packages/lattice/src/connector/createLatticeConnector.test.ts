import { isConnectorError, Preview, UnifiedRole, UnifiedUser } from '@keylink/contract';
import type { ConnectorContext, ConnectorError } from '@keylink/contract';
import { describe, expect, it } from 'vitest';
import { createLatticeConnector } from '../index';
import type { LatticeConnectorOptions } from '../index';
import { createLatticeSandbox, sandboxKeys } from '../sandbox';
import type { LatticeSandboxOptions, SandboxKeyName } from '../sandbox';
import { createFakeTime } from '../testing/fakeTime';

function setup(sandboxOptions: LatticeSandboxOptions = {}, options: LatticeConnectorOptions = {}) {
  const sandbox = createLatticeSandbox(sandboxOptions);
  const time = createFakeTime();
  const requested: string[] = [];
  const connector = createLatticeConnector({
    baseUrl: 'http://sandbox.test',
    fetch: (input, init) => {
      requested.push(new Request(input, init).url);
      return sandbox.fetch(input, init);
    },
    sleep: time.sleep,
    now: time.now,
    random: () => 0.5,
    ...options,
  });
  return { connector, sandbox, requested };
}

const as = (name: SandboxKeyName, region: string | null = 'us'): ConnectorContext => ({
  credentials: { apiKey: sandboxKeys[name] },
  region,
});

async function failure(promise: Promise<unknown>, name: SandboxKeyName): Promise<ConnectorError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isConnectorError(error)) throw new Error(`expected a ConnectorError, got ${String(error)}`);
  expect(error.message).not.toContain(sandboxKeys[name]);
  return error;
}

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
    ['apiNotEnabled', 'insufficient_permissions', /API access may not be enabled/],
    ['malformed', 'provider_bad_response', /cannot read/],
  ] as const)('given the %s key, should throw %s', async (name, code, message) => {
    const { connector } = setup();
    const error = await failure(connector.verify(as(name)), name);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

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

describe('preview', () => {
  it('should walk all 10,000 users, report progress after each page, and end complete', async () => {
    const { connector } = setup();
    const progress: Preview[] = [];
    const outcome = await connector.preview(as('largeCompanyAdmin'), (preview) => {
      progress.push(preview);
    });
    expect(progress).toHaveLength(100);
    expect(progress.map((p) => p.usersSeen)).toEqual(progress.map((_, i) => (i + 1) * 100));
    expect(progress.every((p) => p.status === 'running')).toBe(true);
    const { preview } = outcome;
    expect(preview).toMatchObject({ status: 'complete', usersSeen: 10_000, pagesRead: 100 });
    const { active, invited, pending, inactive } = preview.countsByStatus;
    expect(active + invited + pending + inactive).toBe(10_000);
    const roles = Object.fromEntries(preview.roles.map((role) => [role.id, role.userCount]));
    expect(roles.employee).toBe(10_000);
    expect(roles.admin).toBeGreaterThan(0);
    expect(roles.manager).toBe(outcome.managerRemoteIds.length);
  });

  it('given a failure mid-walk, should throw a ConnectorError', async () => {
    let calls = 0;
    const { connector } = setup({
      intercept: () => {
        calls += 1;
        return calls > 1 ? new Response(null, { status: 401 }) : undefined;
      },
    });
    const error = await failure(
      connector.preview(as('midCompanyAdmin'), () => undefined),
      'midCompanyAdmin',
    );
    expect(error.code).toBe('invalid_credentials');
  });
});

describe('users and roles', () => {
  it('should page through users in the unified schema, with roles from the company facts', async () => {
    const { connector } = setup();
    const context = as('smallCompanyAdmin');
    const { managerRemoteIds } = await connector.preview(context, () => undefined);
    const facts = { managerRemoteIds: new Set(managerRemoteIds) };
    const first = await connector.listUsers(context, { cursor: null, limit: 10 }, facts);
    expect(first.data).toHaveLength(10);
    expect(first.nextCursor).toEqual(expect.any(String));
    const rest = await connector.listUsers(
      context,
      { cursor: first.nextCursor, limit: 100 },
      facts,
    );
    expect(rest.nextCursor).toBeNull();
    const users = [...first.data, ...rest.data];
    for (const user of users) expect(UnifiedUser.parse(user)).toEqual(user);
    const manager = users.find((user) => user.roles.includes('manager'));
    expect(users.some((user) => user.managerId === manager?.id)).toBe(true);
    expect(users.filter((user) => user.isAdmin).every((user) => user.roles.includes('admin'))).toBe(
      true,
    );
    expect(users.every((user) => user.roles.includes('employee'))).toBe(true);
  });

  it('should map Lattice fields: status, ISO timestamps, manager and department ids', async () => {
    const remote = {
      id: 'u-1',
      object: 'user',
      name: 'Zoë Ångström',
      preferredName: 'Zoë',
      email: 'zoe@example.com',
      title: 'Engineer',
      status: 'CREATED',
      isAdmin: false,
      manager: { id: 'u-0', object: 'user', url: '/v1/user/u-0' },
      department: { id: 'd-1', object: 'department', url: '/v1/department/d-1' },
      startDate: '2022-03-15',
      createdAt: 1_650_000_000,
      updatedAt: 1_650_000_060,
      somethingNew: { nested: true },
    };
    const { connector } = setup({ intercept: () => Response.json(remote) });
    const user = await connector.getUser(as('smallCompanyAdmin'), 'u-1', {
      managerRemoteIds: new Set(['u-1']),
    });
    expect(user).toEqual({
      id: 'u-1',
      remoteId: 'u-1',
      name: 'Zoë Ångström',
      preferredName: 'Zoë',
      email: 'zoe@example.com',
      title: 'Engineer',
      status: 'pending',
      isAdmin: false,
      managerId: 'u-0',
      departmentId: 'd-1',
      startDate: '2022-03-15',
      roles: ['manager', 'employee'],
      createdAt: '2022-04-15T05:20:00.000Z',
      updatedAt: '2022-04-15T05:21:00.000Z',
    });
  });

  it.each([
    ['ACTIVE', 'active'],
    ['INVITED', 'invited'],
    ['CREATED', 'pending'],
    ['DEACTIVATED', 'inactive'],
  ])('should map status %s to %s', async (remote, unified) => {
    const { connector } = setup({ intercept: () => Response.json({ id: 'u', status: remote }) });
    const user = await connector.getUser(as('smallCompanyAdmin'), 'u', {
      managerRemoteIds: new Set(),
    });
    expect(user).toMatchObject({
      status: unified,
      name: null,
      managerId: null,
      createdAt: null,
      roles: ['employee'],
    });
  });

  it('given an unknown user id, should throw not_found', async () => {
    const { connector } = setup();
    const error = await failure(
      connector.getUser(as('smallCompanyAdmin'), 'nobody', { managerRemoteIds: new Set() }),
      'smallCompanyAdmin',
    );
    expect(error.code).toBe('not_found');
  });

  it('should list the derived roles, with counts only when given', () => {
    const { connector } = setup();
    const unknown = connector.listRoles(null);
    expect(unknown.map((role) => role.id)).toEqual(['admin', 'manager', 'employee']);
    expect(unknown.every((role) => role.userCount === null && role.source === 'derived')).toBe(
      true,
    );
    const counted = connector.listRoles({
      byRole: { admin: 2, manager: 5, employee: 25 },
      byStatus: { active: 20, invited: 2, pending: 1, inactive: 2 },
    });
    for (const role of counted) expect(UnifiedRole.parse(role)).toEqual(role);
    expect(counted.map((role) => role.userCount)).toEqual([2, 5, 25]);
  });
});
