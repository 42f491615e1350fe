import { describe, expect, it } from 'vitest';
import { createLatticeSandbox, sandboxKeys } from './index';
import type { SandboxKeyName } from './index';
import { call, dataOf, idOf, readObject, walk } from './testRequests';

const sandbox = createLatticeSandbox();
const statuses = ['ACTIVE', 'INVITED', 'CREATED', 'DEACTIVATED'] as const;
const companies: { key: SandboxKeyName; size: number }[] = [
  { key: 'smallCompanyAdmin', size: 25 },
  { key: 'midCompanyAdmin', size: 250 },
  { key: 'largeCompanyAdmin', size: 10_000 },
];

describe('paging /v1/users', () => {
  for (const { key, size } of companies) {
    it(`given ${key}, should walk every user exactly once for each status filter and NULL`, async () => {
      const seen = new Map<string, number>();
      let filteredTotal = 0;
      for (const status of statuses) {
        const pages = await walk(sandbox, `/v1/users?limit=100&status=${status}`, sandboxKeys[key]);
        const users = pages.flatMap(dataOf);
        expect(users.length, status).toBeGreaterThan(0);
        expect(users.every((user) => user.status === status)).toBe(true);
        for (const user of users) seen.set(String(user.id), (seen.get(String(user.id)) ?? 0) + 1);
        filteredTotal += users.length;
      }
      expect(filteredTotal).toBe(size);
      expect(seen.size).toBe(size);
      expect([...seen.values()].every((count) => count === 1)).toBe(true);

      const all = (
        await walk(sandbox, '/v1/users?limit=100&status=NULL', sandboxKeys[key])
      ).flatMap(dataOf);
      expect(all).toHaveLength(size);
      expect(new Set(all.map((user) => user.id))).toEqual(new Set(seen.keys()));
    });
  }

  it('should fill every page but the last, end with hasMore false and a null cursor', async () => {
    const pages = await walk(sandbox, '/v1/users?status=NULL', sandboxKeys.midCompanyAdmin);
    expect(pages).toHaveLength(25);
    expect(
      pages.slice(0, -1).every((page) => dataOf(page).length === 10 && page.hasMore === true),
    ).toBe(true);
    expect(pages.at(-1)).toMatchObject({ hasMore: false, endingCursor: null });
    expect(dataOf(pages.at(-1) ?? {})).toHaveLength(10);
  });

  it('given limit 7, should walk the same users in the same order as limit 100', async () => {
    const small = await walk(sandbox, '/v1/users?limit=7', sandboxKeys.midCompanyAdmin);
    const large = await walk(sandbox, '/v1/users?limit=100', sandboxKeys.midCompanyAdmin);
    expect(small.flatMap(dataOf).map((u) => u.id)).toEqual(large.flatMap(dataOf).map((u) => u.id));
    expect(small.slice(0, -1).every((page) => dataOf(page).length === 7)).toBe(true);
  });

  it('should hand out cursors that do not read as offsets', async () => {
    const pages = await walk(sandbox, '/v1/users?limit=100', sandboxKeys.largeCompanyAdmin);
    const cursors = pages.map((page) => page.endingCursor).filter((c) => typeof c === 'string');
    expect(new Set(cursors).size).toBe(cursors.length);
    for (const cursor of cursors) expect(cursor).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });

  it('should page departments and direct reports with the same envelope', async () => {
    const departments = await walk(
      sandbox,
      '/v1/departments?limit=3',
      sandboxKeys.largeCompanyAdmin,
    );
    expect(departments.flatMap(dataOf)).toHaveLength(10);
    expect(departments).toHaveLength(4);
    const me = await readObject(await call(sandbox, '/v1/me', sandboxKeys.largeCompanyAdmin));
    const reports = await walk(
      sandbox,
      `/v1/user/${idOf(me)}/directReports?limit=1&status=NULL`,
      sandboxKeys.largeCompanyAdmin,
    );
    expect(reports.flatMap(dataOf).length).toBe(reports.length);
    expect(reports.length).toBeGreaterThan(1);
  });
});
