import { describe, expect, it } from 'vitest';
import { createLatticeClient } from '../index';
import type { LatticeClientOptions, LatticeUser, WalkPage } from '../index';
import { createLatticeSandbox, sandboxKeys } from '../sandbox';
import type { LatticeSandboxOptions } from '../sandbox';
import { createFakeTime } from '../testing/fakeTime';

function sandboxClient(
  key: string = sandboxKeys.smallCompanyAdmin,
  sandboxOptions: LatticeSandboxOptions = {},
  clientOptions: Partial<LatticeClientOptions> = {},
) {
  const sandbox = createLatticeSandbox(sandboxOptions);
  const time = createFakeTime();
  const lattice = createLatticeClient({
    apiKey: key,
    baseUrl: 'http://sandbox.test',
    fetch: sandbox.fetch,
    sleep: time.sleep,
    now: time.now,
    ...clientOptions,
  });
  return { lattice, sandbox };
}

async function collectPages(pages: AsyncIterable<WalkPage<LatticeUser>>) {
  const all: WalkPage<LatticeUser>[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

describe('createLatticeClient against the sandbox', () => {
  it('should read the key owner from /v1/me', async () => {
    const { lattice } = sandboxClient();
    const me = await lattice.me();
    expect(me.isAdmin).toBe(true);
    expect(me.status).toBe('ACTIVE');
  });

  it('should list one page of users with the limit asked for', async () => {
    const { lattice } = sandboxClient();
    const page = await lattice.listUsers({ limit: 5, status: 'NULL' });
    expect(page.data).toHaveLength(5);
    expect(page.hasMore).toBe(true);
    expect(page.endingCursor).toEqual(expect.any(String));
  });

  it('given a limit outside 1..100, should refuse before calling Lattice', async () => {
    const { lattice } = sandboxClient();
    await expect(lattice.listUsers({ limit: 101 })).rejects.toThrow(RangeError);
  });

  it('should walk every user of the small company, of every status, without duplicates', async () => {
    const { lattice, sandbox } = sandboxClient();
    const ids: string[] = [];
    for await (const user of lattice.users({ status: 'NULL' })) ids.push(user.id);
    const small = sandbox.companies.find((company) => company.userCount < 100);
    expect(ids).toHaveLength(small?.userCount ?? -1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should get one user by id, and say not_found for an unknown one', async () => {
    const { lattice } = sandboxClient();
    const me = await lattice.me();
    await expect(lattice.getUser(me.id)).resolves.toMatchObject({ id: me.id });
    await expect(lattice.getUser('no-such-user')).rejects.toMatchObject({
      kind: 'not_found',
      status: 404,
    });
  });

  it('should list the departments', async () => {
    const { lattice } = sandboxClient();
    const departments = await lattice.listDepartments();
    expect(departments.length).toBeGreaterThan(0);
    expect(departments[0]?.name).toEqual(expect.any(String));
  });

  it('should walk all 10,000 users of the large company in pages of 100', async () => {
    const { lattice } = sandboxClient(sandboxKeys.largeCompanyAdmin);
    const pages = await collectPages(lattice.userPages({ status: 'NULL' }));
    const users = pages.reduce((sum, page) => sum + page.data.length, 0);
    expect(users).toBe(10_000);
    expect(pages).toHaveLength(100);
    expect(pages.at(-1)?.stopReason).toBe('end');
  });

  it('given a page cap, should stop there and say why', async () => {
    const { lattice } = sandboxClient(sandboxKeys.midCompanyAdmin);
    const pages = await collectPages(lattice.userPages({ status: 'NULL', maxPages: 2 }));
    expect(pages).toHaveLength(2);
    expect(pages.at(-1)?.stopReason).toBe('page_cap');
  });
});

describe('paging quirks seen in the wild', () => {
  const walkMid = async (quirks: LatticeSandboxOptions['quirks']) => {
    const { lattice, sandbox } = sandboxClient(sandboxKeys.midCompanyAdmin, { quirks });
    const pages = await collectPages(lattice.userPages({ status: 'NULL' }));
    const ids = pages.flatMap((page) => page.data.map((user) => user.id));
    const mid = sandbox.companies.find(
      (company) => company.userCount > 100 && company.userCount < 1000,
    );
    return { pages, ids, expected: mid?.userCount ?? -1 };
  };

  it('given pages shorter than the limit with hasMore, should keep following the cursor', async () => {
    const { ids, expected } = await walkMid({ shortPages: true });
    expect(ids).toHaveLength(expected);
  });

  it('given an empty page with hasMore after the last one, should follow it to the real end', async () => {
    const { pages, ids, expected } = await walkMid({ emptyPageWithHasMore: true });
    expect(ids).toHaveLength(expected);
    expect(pages.at(-1)?.data).toEqual([]);
    expect(pages.at(-1)?.stopReason).toBe('end');
  });

  it('given the same cursor on two pages, should stop instead of looping, counting nobody twice', async () => {
    const { pages, ids } = await walkMid({ repeatCursor: true });
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages.at(-1)?.stopReason).toBe('repeated_cursor');
  });

  it('given a last page without endingCursor, should end normally', async () => {
    const { pages, ids, expected } = await walkMid({ omitEndingCursor: true });
    expect(ids).toHaveLength(expected);
    expect(pages.at(-1)?.stopReason).toBe('end');
  });

  it('given absolute urls and unknown extra fields, should parse them and keep the extras', async () => {
    const plain = await sandboxClient().lattice.listUsers({ status: 'NULL', limit: 1 });
    const { lattice } = sandboxClient(sandboxKeys.smallCompanyAdmin, {
      quirks: { absoluteUrls: true, extraFields: true },
    });
    const quirky = await lattice.listUsers({ status: 'NULL', limit: 1 });
    const [before, after] = [plain.data[0] ?? {}, quirky.data[0] ?? {}];
    expect(quirky.data[0]?.url).toMatch(/^https?:\/\//);
    const extras = Object.keys(after).filter((key) => !Object.hasOwn(before, key));
    expect(extras.length).toBeGreaterThan(0);
  });

  it('given relative urls, should parse them as they are', async () => {
    const { lattice } = sandboxClient();
    const me = await lattice.me();
    expect(me.url).toMatch(/^\/v1\/user\//);
  });
});
