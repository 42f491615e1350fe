import type { Preview, StatusCounts } from '@keylink/contract';
import { describe, expect, it } from 'vitest';
import { createLatticeSandbox, sandboxKeys } from '../sandbox';
import type { LatticeSandboxOptions, SandboxKeyName } from '../sandbox';
import { as, setupConnector as setup } from '../testing/sandboxConnector';

// The truth a preview must match, read straight from the sandbox's wire with one status filter at
// a time (Lattice filters server-side), so it shares no code with the connector's walk or tally.
interface RawUser {
  id: string;
  status: string;
  manager: { id: string } | null;
}

async function rawUsers(key: SandboxKeyName, status: string): Promise<RawUser[]> {
  const sandbox = createLatticeSandbox();
  const users: RawUser[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor === null ? '' : `&startingAfter=${encodeURIComponent(cursor)}`;
    const response = await sandbox.fetch(`/v1/users?limit=100&status=${status}${query}`, {
      headers: { Authorization: `Bearer ${sandboxKeys[key]}` },
    });
    const page = (await response.json()) as {
      data: RawUser[];
      hasMore: boolean;
      endingCursor?: string | null;
    };
    users.push(...page.data);
    cursor = page.hasMore ? (page.endingCursor ?? null) : null;
  } while (cursor !== null);
  return users;
}

async function truth(key: SandboxKeyName): Promise<{ total: number; counts: StatusCounts }> {
  const count = async (status: string) => (await rawUsers(key, status)).length;
  const counts: StatusCounts = {
    active: await count('ACTIVE'),
    invited: await count('INVITED'),
    pending: await count('CREATED'),
    inactive: await count('DEACTIVATED'),
  };
  return { total: counts.active + counts.invited + counts.pending + counts.inactive, counts };
}

async function walk(key: SandboxKeyName, options: LatticeSandboxOptions = {}): Promise<Preview> {
  const { connector } = setup(options);
  return (await connector.preview(as(key), () => undefined)).preview;
}

describe('a preview is complete only when Lattice says the list is over', () => {
  it.each([
    ['no quirk', {}],
    ['short pages', { shortPages: true }],
    ['an empty page with hasMore after the last one', { emptyPageWithHasMore: true }],
    ['a last page without endingCursor', { omitEndingCursor: true }],
    ['absolute urls and extra fields', { absoluteUrls: true, extraFields: true }],
  ] satisfies [string, LatticeSandboxOptions['quirks']][])(
    'given %s, should end complete with the exact total and counts by status',
    async (_name, quirks) => {
      const expected = await truth('midCompanyAdmin');
      expect(expected.counts.pending).toBeGreaterThan(0);
      expect(expected.counts.invited).toBeGreaterThan(0);
      expect(expected.counts.inactive).toBeGreaterThan(0);
      const preview = await walk('midCompanyAdmin', { quirks });
      expect(preview.status).toBe('complete');
      expect(preview.incompleteReason).toBeUndefined();
      expect(preview.usersSeen).toBe(expected.total);
      expect(preview.countsByStatus).toEqual(expected.counts);
      expect(preview.roles.find((role) => role.id === 'employee')?.userCount).toBe(expected.total);
    },
  );

  it('given a cursor that comes back unchanged, should end incomplete after the pages it could read', async () => {
    const { total } = await truth('midCompanyAdmin');
    // Page 1 (100 people) hands out cursor c1; page 2 (the next 100) hands c1 back again: the
    // walk stops there rather than loop, with 200 people read.
    const preview = await walk('midCompanyAdmin', { quirks: { repeatCursor: true } });
    expect(preview).toMatchObject({
      status: 'incomplete',
      incompleteReason: 'cursor_repeated',
      usersSeen: 200,
      pagesRead: 2,
    });
    expect(total).toBeGreaterThan(200);
  });

  it('given the stuckCursor scenario key, should end incomplete as a host would see it', async () => {
    const preview = await walk('stuckCursor');
    expect(preview.status).toBe('incomplete');
    expect(preview.incompleteReason).toBe('cursor_repeated');
    expect(preview.usersSeen).toBe(200);
  });

  it('given hasMore without a cursor, should end incomplete with cursor_missing', async () => {
    let pages = 0;
    const preview = await walk('midCompanyAdmin', {
      intercept: async (request) => {
        if (!new URL(request.url).pathname.startsWith('/v1/users')) return undefined;
        pages += 1;
        if (pages < 2) return undefined;
        const plain = createLatticeSandbox();
        const body = (await (await plain.fetch(request.url, request)).json()) as object;
        return Response.json({ ...body, hasMore: true, endingCursor: null });
      },
    });
    expect(preview).toMatchObject({
      status: 'incomplete',
      incompleteReason: 'cursor_missing',
      usersSeen: 200,
    });
  });

  it('given empty pages with hasMore that never end, should give up and say so', async () => {
    let empty = 0;
    const preview = await walk('midCompanyAdmin', {
      intercept: (request) => {
        const url = new URL(request.url);
        if (url.pathname !== '/v1/users' || url.searchParams.get('startingAfter') === null)
          return undefined;
        empty += 1;
        return Response.json({
          object: 'list',
          hasMore: true,
          endingCursor: `empty-${empty}`,
          data: [],
        });
      },
    });
    expect(preview).toMatchObject({
      status: 'incomplete',
      incompleteReason: 'empty_pages',
      usersSeen: 100,
    });
    expect(empty).toBe(3);
  });
});

describe("a partial key's preview", () => {
  it('should count as managers only people the key can see who manage someone it can see', async () => {
    const seen = await rawUsers('nonAdmin', 'NULL');
    const seenIds = new Set(seen.map((user) => user.id));
    const managers = new Set(
      seen.flatMap((user) =>
        user.manager !== null && seenIds.has(user.manager.id) ? [user.manager.id] : [],
      ),
    );
    // The key's owner has a manager of their own, outside the key's view: it must not count.
    expect(seen.some((user) => user.manager !== null && !seenIds.has(user.manager.id))).toBe(true);
    const { connector } = setup();
    const outcome = await connector.preview(as('nonAdmin'), () => undefined);
    expect(outcome.preview.status).toBe('complete');
    expect(outcome.preview.usersSeen).toBe(seen.length);
    // The facts may name the outside manager (it manages someone the key sees); the role may not.
    expect(outcome.managerRemoteIds).toEqual(expect.arrayContaining([...managers]));
    expect(outcome.preview.roles.find((role) => role.id === 'manager')?.userCount).toBe(
      managers.size,
    );
  });
});
