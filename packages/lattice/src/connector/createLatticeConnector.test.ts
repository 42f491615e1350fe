import type { Preview } from '@keylink/contract';
import { UnifiedRole, UnifiedUser } from '@keylink/contract';
import { describe, expect, it } from 'vitest';
import {
  as,
  connectorFailure as failure,
  setupConnector as setup,
} from '../testing/sandboxConnector';

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

  it("given a non-admin's key, should count only the part of the company it can see", async () => {
    const { connector, sandbox } = setup();
    const { preview } = await connector.preview(as('nonAdmin'), () => undefined);
    const mid = sandbox.companies.find((c) => c.userCount > 100 && c.userCount < 1000);
    expect(preview.status).toBe('complete');
    expect(preview.usersSeen).toBeGreaterThan(0);
    expect(preview.usersSeen).toBeLessThan(mid?.userCount ?? 0);
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
    ['2022-03-15T00:00:00Z', 1_650_000_000, '2022-03-15', '2022-04-15T05:20:00.000Z'],
    ['2022-02-30', 1e15, null, null],
    ['soon', null, null, null],
  ])(
    'given startDate %j and createdAt %j, should answer the dates the API documents (date, date-time) or null',
    async (startDate, createdAt, unifiedStart, unifiedCreated) => {
      const remote = { id: 'u', status: 'ACTIVE', startDate, createdAt };
      const { connector } = setup({ intercept: () => Response.json(remote) });
      const user = await connector.getUser(as('smallCompanyAdmin'), 'u', {
        managerRemoteIds: new Set(),
      });
      expect(UnifiedUser.parse(user)).toMatchObject({
        startDate: unifiedStart,
        createdAt: unifiedCreated,
      });
    },
  );

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

  it('given a cursor Lattice refuses, should throw invalid_request saying the cursor is not valid', async () => {
    const { connector } = setup();
    const error = await failure(
      connector.listUsers(
        as('smallCompanyAdmin'),
        { cursor: 'garbage', limit: 10 },
        { managerRemoteIds: new Set() },
      ),
      'smallCompanyAdmin',
    );
    expect(error).toMatchObject({ code: 'invalid_request', status: 400 });
    expect(error.message).toMatch(/cursor is not valid.*nextCursor of the previous page/);
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
