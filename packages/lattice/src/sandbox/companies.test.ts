import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createLatticeSandbox, sandboxKeys } from './index';
import type { LatticeSandbox, SandboxKeyName } from './index';
import { call, dataOf, idOf, readObject, walk } from './testRequests';
import type { JsonObject } from './testRequests';

const sandbox = createLatticeSandbox();

async function everyone(from: LatticeSandbox, key: string): Promise<JsonObject[]> {
  return (await walk(from, '/v1/users?limit=100&status=NULL', key, 200)).flatMap(dataOf);
}

/** What an admin types when an email has to be ASCII. */
const fold = (text: string): string =>
  text
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/đ/gi, 'd')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const companies: { key: SandboxKeyName; size: number; minDepth: number }[] = [
  { key: 'smallCompanyAdmin', size: 25, minDepth: 3 },
  { key: 'midCompanyAdmin', size: 250, minDepth: 4 },
  { key: 'largeCompanyAdmin', size: 10_000, minDepth: 5 },
];

describe('seeded companies', () => {
  for (const { key, size, minDepth } of companies) {
    it(`given ${key}, should be a company with one CEO, a deep manager tree and every status`, async () => {
      const users = await everyone(sandbox, sandboxKeys[key]);
      expect(users).toHaveLength(size);
      const byId = new Map(users.map((u) => [idOf(u), u]));
      const roots = users.filter((u) => u.manager === null);
      expect(roots).toHaveLength(1);
      expect(roots[0]?.title).toBe('Chief Executive Officer');
      let maxDepth = 0;
      for (const user of users) {
        let depth = 0;
        for (let at = user; at.manager !== null; depth += 1) {
          const manager = byId.get(idOf(at.manager));
          if (manager === undefined || depth > 20)
            throw new Error('a manager ref is broken or loops');
          at = manager;
        }
        maxDepth = Math.max(maxDepth, depth);
      }
      expect(maxDepth).toBeGreaterThanOrEqual(minDepth);

      const admins = users.filter((u) => u.isAdmin === true);
      expect(admins.length).toBeGreaterThanOrEqual(2);
      expect(admins.length).toBeLessThanOrEqual(6);
      const statuses = new Set(users.map((u) => u.status));
      expect(statuses).toEqual(new Set(['ACTIVE', 'INVITED', 'CREATED', 'DEACTIVATED']));

      const departmentIds = new Set(
        (await walk(sandbox, '/v1/departments?limit=100', sandboxKeys[key]))
          .flatMap(dataOf)
          .map(idOf),
      );
      for (const user of users)
        if (user.department !== null) expect(departmentIds).toContain(idOf(user.department));
    });

    it(`given ${key}, should have varied names and ASCII emails derived from them`, async () => {
      const users = await everyone(sandbox, sandboxKeys[key]);
      const emails = users.map((u) => String(u.email));
      expect(new Set(emails).size).toBe(users.length);
      const nonAscii = users.filter((u) => /[^\x20-\x7e]/.test(String(u.name)));
      expect(nonAscii.length).toBeGreaterThan(users.length / 5);
      for (const user of users) {
        const email = String(user.email);
        expect(email).toMatch(/^[a-z0-9]+\.[a-z0-9]+@[a-z-]+\.example$/);
        const name = String(user.name);
        if (!/^[\p{Script=Latin}\s'’-]+$/u.test(name)) continue;
        const [given = '', family = ''] = email.split('@')[0]?.replace(/\d+$/, '').split('.') ?? [];
        expect(fold(name), email).toContain(given);
        expect(fold(name), email).toContain(family);
      }
      for (const user of users) {
        expect(Number.isInteger(user.createdAt) && Number(user.createdAt) > 1e9).toBe(true);
        expect(Number(user.updatedAt)).toBeGreaterThanOrEqual(Number(user.createdAt));
        if (user.startDate !== null) expect(user.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });
  }

  it('should show the awkward names in the small company', async () => {
    const names = (await everyone(sandbox, sandboxKeys.smallCompanyAdmin)).map((u) => u.name);
    for (const name of [
      'José Núñez',
      'Zoë Løvås',
      'Nguyễn Thị Mai',
      'Łukasz Żółw',
      'Siobhán Ó Briain',
      '李娜',
    ]) {
      expect(names).toContain(name);
    }
  });
});

describe('determinism', () => {
  it('should generate identical companies in a fresh copy of the sandbox module', async () => {
    vi.resetModules();
    const fresh = await import('./index');
    const other = fresh.createLatticeSandbox();
    for (const key of [sandboxKeys.smallCompanyAdmin, sandboxKeys.midCompanyAdmin]) {
      expect(await everyone(other, key)).toEqual(await everyone(sandbox, key));
    }
    const large = '/v1/users?limit=100&status=NULL';
    expect(await readObject(await call(other, large, sandboxKeys.largeCompanyAdmin))).toEqual(
      await readObject(await call(sandbox, large, sandboxKeys.largeCompanyAdmin)),
    );
    expect(other.companies).toEqual(sandbox.companies);
  });

  it('should generate the same bytes in every process, run after run', async () => {
    const me = await readObject(await call(sandbox, '/v1/me', sandboxKeys.smallCompanyAdmin));
    expect(me).toMatchObject({ id: '341b8e61-e0a9-4c14-a886-ba59cd4b067f', name: 'José Núñez' });
    const digest = async (key: string): Promise<string> =>
      createHash('sha256')
        .update(JSON.stringify(await everyone(sandbox, key)))
        .digest('hex');
    expect({
      small: await digest(sandboxKeys.smallCompanyAdmin),
      mid: await digest(sandboxKeys.midCompanyAdmin),
      large: await digest(sandboxKeys.largeCompanyAdmin),
    }).toMatchInlineSnapshot(`
      {
        "large": "9839dba43a96610cde957a76c45593ead5f119a9d1b86eb8d13188a5a699351b",
        "mid": "6efc7aeecc458c786611d7c0f0a9e29d788def2846b1ece6a1c65033f23bec07",
        "small": "c1520dbb4e4930a17d9a511c6b427b8555865968891a8368b079ebcfd7da1831",
      }
    `);
  });
});
