import { describe, expect, it } from 'vitest';
import { createLatticeSandbox, sandboxKeys, sandboxScenarios } from './index';
import { call, dataOf, idOf, readObject, walk } from './testRequests';

const sandbox = createLatticeSandbox({ rateLimitRetryAfterSeconds: 7 });
const everyRoute = [
  '/v1/me',
  '/v1/users',
  '/v1/user/x',
  '/v1/user/x/directReports',
  '/v1/departments',
  '/v1/department/x',
];

describe('sandboxScenarios', () => {
  it('should describe every key once, with a UUID-looking key and text for people', () => {
    expect(sandboxScenarios.map((s) => s.name)).toEqual(Object.keys(sandboxKeys));
    expect(new Set(sandboxScenarios.map((s) => s.key)).size).toBe(sandboxScenarios.length);
    for (const scenario of sandboxScenarios) {
      expect(scenario.key).toBe(sandboxKeys[scenario.name]);
      expect(scenario.key).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(scenario.title.length).toBeGreaterThan(3);
      expect(scenario.description.length).toBeGreaterThan(20);
      expect(scenario.expected.length).toBeGreaterThan(10);
    }
  });

  it('should keep the keys fixed forever', () => {
    expect(sandboxKeys.smallCompanyAdmin).toBe('aada58b0-e296-4160-a7bb-d4eb6f31f1dd');
    expect(sandboxKeys.malformed).toBe('e3d283bd-7e3b-4ed2-84ed-a65bb2c646af');
  });

  it("should name only the sandbox's companies", () => {
    const names = new Set(sandbox.companies.map((c) => c.name));
    for (const s of sandboxScenarios)
      if (s.companyName !== null) expect(names).toContain(s.companyName);
    expect(sandbox.companies.map((c) => c.userCount)).toEqual([25, 250, 10_000, 12]);
  });
});

describe('scenario keys', () => {
  it('given the revoked key, should answer 401 everywhere', async () => {
    for (const path of everyRoute)
      expect((await call(sandbox, path, sandboxKeys.revoked)).status).toBe(401);
  });

  it('given the apiNotEnabled key, should answer 403 everywhere', async () => {
    for (const path of everyRoute)
      expect((await call(sandbox, path, sandboxKeys.apiNotEnabled)).status).toBe(403);
  });

  it('given the usersForbidden key, should answer /v1/me and 403 everything else', async () => {
    const me = await call(sandbox, '/v1/me', sandboxKeys.usersForbidden);
    expect(me.status).toBe(200);
    expect(await readObject(me)).toMatchObject({ isAdmin: false, status: 'ACTIVE' });
    for (const path of everyRoute.slice(1)) {
      expect((await call(sandbox, path, sandboxKeys.usersForbidden)).status, path).toBe(403);
    }
  });

  it('given the rateLimited key, should answer 429 with Retry-After everywhere', async () => {
    for (const path of everyRoute) {
      const response = await call(sandbox, path, sandboxKeys.rateLimited);
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
    }
  });

  it('given the serverError key, should answer 500 {"error"} everywhere', async () => {
    for (const path of everyRoute) {
      const response = await call(sandbox, path, sandboxKeys.serverError);
      expect(response.status).toBe(500);
      expect(await readObject(response)).toEqual({ error: expect.any(String) });
    }
  });

  it('given the malformed key, should answer 200 with a body that is not JSON', async () => {
    for (const path of everyRoute) {
      const response = await call(sandbox, path, sandboxKeys.malformed);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/json/);
      const text = await response.text();
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
    }
  });

  it('given the slow key, should answer as the small company admin', async () => {
    const instant = createLatticeSandbox({ slowLatencyMs: 0 });
    const slow = await readObject(await call(instant, '/v1/me', sandboxKeys.slow));
    const admin = await readObject(await call(instant, '/v1/me', sandboxKeys.smallCompanyAdmin));
    expect(slow).toEqual(admin);
  });

  it('given the second small company admin key, should be another admin of the same company', async () => {
    const second = await readObject(
      await call(sandbox, '/v1/me', sandboxKeys.smallCompanySecondAdmin),
    );
    const first = await readObject(await call(sandbox, '/v1/me', sandboxKeys.smallCompanyAdmin));
    expect(second).toMatchObject({ isAdmin: true, status: 'ACTIVE' });
    expect(second.id).not.toBe(first.id);
    expect(second.email).toMatch(/@pinecone-bakery\.example$/);
    const everyone = async (key: string) =>
      (await walk(sandbox, '/v1/users?limit=100&status=NULL', key)).flatMap(dataOf).map(idOf);
    expect(await everyone(sandboxKeys.smallCompanySecondAdmin)).toEqual(
      await everyone(sandboxKeys.smallCompanyAdmin),
    );
  });
});

describe('nonAdmin key', () => {
  const key = sandboxKeys.nonAdmin;

  async function subtree(rootId: string): Promise<Set<string>> {
    const ids = new Set([rootId]);
    for (const id of ids) {
      const pages = await walk(sandbox, `/v1/user/${id}/directReports?limit=100&status=NULL`, key);
      for (const report of pages.flatMap(dataOf)) ids.add(idOf(report));
    }
    return ids;
  }

  it('should be an ordinary manager of the mid company', async () => {
    const me = await readObject(await call(sandbox, '/v1/me', key));
    expect(me).toMatchObject({ isAdmin: false, status: 'ACTIVE' });
    const admin = await readObject(await call(sandbox, '/v1/me', sandboxKeys.midCompanyAdmin));
    expect(me.email).toMatch(/@northwind-analytics\.example$/);
    expect(admin.email).toMatch(/@northwind-analytics\.example$/);
  });

  it('should list exactly the owner and everyone under them, at every level', async () => {
    const me = await readObject(await call(sandbox, '/v1/me', key));
    const listed = (await walk(sandbox, '/v1/users?limit=100&status=NULL', key)).flatMap(dataOf);
    const ids = new Set(listed.map(idOf));
    expect(ids).toEqual(await subtree(idOf(me)));
    expect(ids.size).toBeGreaterThan(10);
    expect(ids.size).toBeLessThan(250);
    // Several levels: someone listed reports to someone who reports to the owner.
    const depthTwo = listed.filter(
      (u) => u.manager !== null && idOf(u.manager) !== idOf(me) && ids.has(idOf(u.manager)),
    );
    expect(depthTwo.length).toBeGreaterThan(0);
  });

  it('given someone outside their team, should answer 404 for them and their reports', async () => {
    const everyone = (
      await walk(sandbox, '/v1/users?limit=100', sandboxKeys.midCompanyAdmin)
    ).flatMap(dataOf);
    const me = await readObject(await call(sandbox, '/v1/me', key));
    const team = await subtree(idOf(me));
    const outsider = everyone.find((u) => !team.has(idOf(u)));
    expect(outsider).toBeDefined();
    expect((await call(sandbox, `/v1/user/${idOf(outsider)}`, key)).status).toBe(404);
    expect((await call(sandbox, `/v1/user/${idOf(outsider)}/directReports`, key)).status).toBe(404);
    expect((await call(sandbox, `/v1/user/${idOf(me)}`, key)).status).toBe(200);
  });
});
