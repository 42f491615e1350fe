import { describe, expect, it } from 'vitest';
import { createLatticeSandbox, sandboxKeys } from './index';
import { call, dataOf, idOf, readObject as body, testOrigin as origin } from './testRequests';

const sandbox = createLatticeSandbox();

function get(path: string, key: string | null = sandboxKeys.smallCompanyAdmin, method = 'GET') {
  return call(sandbox, path, key, { method });
}

async function listData(response: Response): Promise<Record<string, unknown>[]> {
  return dataOf(await body(response));
}

async function me(key: string): Promise<Record<string, unknown>> {
  return body(await get('/v1/me', key));
}

describe('GET /v1/me', () => {
  it('should answer the key owner as a Lattice user object', async () => {
    const response = await get('/v1/me');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const user = await body(response);
    expect(user).toMatchObject({
      object: 'user',
      status: 'ACTIVE',
      isAdmin: true,
      birthDate: null,
    });
    expect(user.url).toBe(`/v1/user/${String(user.id)}`);
    expect(Object.keys(user)).toEqual([
      'id',
      'object',
      'url',
      'name',
      'preferredName',
      'email',
      'title',
      'status',
      'isAdmin',
      'externalUserId',
      'manager',
      'department',
      'directReports',
      'tasks',
      'customAttributes',
      'timezone',
      'startDate',
      'birthDate',
      'gender',
      'jobFunction',
      'jobLevel',
      'jobType',
      'createdAt',
      'updatedAt',
    ]);
    expect(user.manager).toMatchObject({
      object: 'user',
      url: expect.stringMatching(/^\/v1\/user\//),
    });
    expect(user.department).toMatchObject({ object: 'department' });
    expect(user.directReports).toEqual({
      object: 'list',
      url: `/v1/user/${String(user.id)}/directReports`,
    });
    expect(Number.isInteger(user.createdAt)).toBe(true);
  });

  it('given no Authorization header, should answer 401', async () => {
    expect((await get('/v1/me', null)).status).toBe(401);
  });

  it('given an unknown key or a non-Bearer scheme, should answer 401', async () => {
    expect((await get('/v1/me', 'not-a-key')).status).toBe(401);
    const basic = await sandbox.fetch(`${origin}/v1/me`, {
      headers: { Authorization: `Basic ${sandboxKeys.smallCompanyAdmin}` },
    });
    expect(basic.status).toBe(401);
  });
});

describe('GET /v1/users', () => {
  it('should answer the list envelope with 10 ACTIVE users by default', async () => {
    const response = await get('/v1/users', sandboxKeys.midCompanyAdmin);
    const page = await body(response);
    expect(Object.keys(page)).toEqual(['object', 'hasMore', 'endingCursor', 'data']);
    expect(page).toMatchObject({ object: 'list', hasMore: true, endingCursor: expect.any(String) });
    const data = await listData(await get('/v1/users', sandboxKeys.midCompanyAdmin));
    expect(data).toHaveLength(10);
    expect(data.every((user) => user.status === 'ACTIVE')).toBe(true);
  });

  it('given limit outside 1..100 or not a number, should answer 400 with an error', async () => {
    for (const limit of ['0', '101', '-1', 'ten', '1.5', '']) {
      const response = await get(`/v1/users?limit=${limit}`);
      expect(response.status, limit).toBe(400);
      expect(await body(response)).toEqual({ error: expect.any(String) });
    }
    expect((await get('/v1/users?limit=100')).status).toBe(200);
    expect((await get('/v1/users?limit=1')).status).toBe(200);
  });

  it('given an unknown status, should answer 400', async () => {
    for (const status of ['active', 'ALL', 'PENDING', '']) {
      const response = await get(`/v1/users?status=${status}`);
      expect(response.status, status).toBe(400);
      expect(await body(response)).toEqual({ error: expect.any(String) });
    }
  });

  it('given a garbled, forged or foreign cursor, should answer 400', async () => {
    const first = await body(await get('/v1/users?limit=5', sandboxKeys.midCompanyAdmin));
    const cursor = String(first.endingCursor);
    const forged = Buffer.from('5.0.00000000.0000000000000000').toString('base64url');
    for (const bad of ['garbage', '!!!', '5', forged, `${cursor}x`]) {
      const response = await get(
        `/v1/users?startingAfter=${encodeURIComponent(bad)}`,
        sandboxKeys.midCompanyAdmin,
      );
      expect(response.status, bad).toBe(400);
    }
    // A cursor belongs to its listing: another status filter or company does not accept it.
    expect(
      (await get(`/v1/users?status=NULL&startingAfter=${cursor}`, sandboxKeys.midCompanyAdmin))
        .status,
    ).toBe(400);
    expect(
      (await get(`/v1/users?startingAfter=${cursor}`, sandboxKeys.largeCompanyAdmin)).status,
    ).toBe(400);
    expect(
      (await get(`/v1/users?startingAfter=${cursor}`, sandboxKeys.midCompanyAdmin)).status,
    ).toBe(200);
  });
});

describe('GET /v1/user/:id and /v1/user/:id/directReports', () => {
  it('should answer one user, and their direct reports as a list', async () => {
    const owner = await me(sandboxKeys.smallCompanyAdmin);
    const manager = { id: idOf(owner.manager) };
    const ceo = await body(await get(`/v1/user/${manager.id}`));
    expect(ceo).toMatchObject({
      id: manager.id,
      object: 'user',
      manager: null,
      title: 'Chief Executive Officer',
    });
    const reports = await listData(
      await get(`/v1/user/${String(manager.id)}/directReports?limit=100`),
    );
    expect(reports.map((r) => r.id)).toContain(owner.id);
    expect(reports.every((r) => idOf(r.manager) === manager.id)).toBe(true);
  });

  it('given an unknown id, should answer 404 {"error"}', async () => {
    for (const path of ['/v1/user/nobody', '/v1/user/nobody/directReports']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await body(response)).toEqual({ error: expect.any(String) });
    }
  });
});

describe('GET /v1/departments and /v1/department/:id', () => {
  it('should list departments and answer each one', async () => {
    const departments = await listData(await get('/v1/departments'));
    expect(departments.length).toBeGreaterThan(2);
    for (const department of departments) {
      const one = await body(await get(`/v1/department/${String(department.id)}`));
      expect(one).toEqual(department);
      expect(Object.keys(one)).toEqual(['id', 'object', 'url', 'name', 'description', 'createdAt']);
    }
  });

  it('given an unknown id, should answer 404 {"error"}', async () => {
    const response = await get('/v1/department/nothing');
    expect(response.status).toBe(404);
    expect(await body(response)).toEqual({ error: expect.any(String) });
  });
});

describe('other paths and methods', () => {
  it('given an unknown path, should answer 404 {"error"}', async () => {
    for (const path of ['/v1/nope', '/v2/users', '/', '/v1/me/extra']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await body(response)).toEqual({ error: expect.any(String) });
    }
  });

  it('given a method other than GET on a known path, should answer 405 with Allow', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await get('/v1/users', sandboxKeys.smallCompanyAdmin, method);
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('given an unknown path without a key, should answer 401 before 404', async () => {
    expect((await get('/v1/nope', null)).status).toBe(401);
  });

  it('should accept a Request object and a bare path', async () => {
    const request = new Request(`${origin}/v1/me`, {
      headers: { Authorization: `Bearer ${sandboxKeys.smallCompanyAdmin}` },
    });
    expect((await sandbox.fetch(request)).status).toBe(200);
    const bare = await sandbox.fetch('/v1/me', {
      headers: { Authorization: `Bearer ${sandboxKeys.smallCompanyAdmin}` },
    });
    expect(bare.status).toBe(200);
  });
});
