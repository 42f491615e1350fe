import type { Preview } from '@keylink/contract';
import { describe, expect, it } from 'vitest';
import type { LatticeSandboxOptions } from '../sandbox';
import type { SandboxKeyName } from '../sandbox';
import { as, setupConnector as setup } from '../testing/sandboxConnector';

// verify() reads the first page of users; preview() given verify's walk start goes on from there.
// The sandbox's requests show which pages were read; a walk from page 1 is the reference.

/** The /v1/users pages requested, by their startingAfter cursor ('' for the first page). */
const usersPages = (requested: readonly string[]) =>
  requested
    .map((url) => new URL(url))
    .filter((url) => url.pathname === '/v1/users')
    .map((url) => url.searchParams.get('startingAfter') ?? '');

const withoutTime = ({ updatedAt: _, ...preview }: Preview) => preview;

async function fromStart(key: SandboxKeyName, sandbox: LatticeSandboxOptions = {}) {
  const { connector } = setup(sandbox);
  return connector.preview(as(key), () => undefined);
}

describe('a preview going on from where verify stopped', () => {
  it('given 250 people, should read pages 2 and 3 only, once each, and end as a walk from page 1', async () => {
    const { connector, requested } = setup();
    const verified = await connector.verify(as('midCompanyAdmin'));
    expect(usersPages(requested)).toEqual(['']);
    expect(verified.walkStart).toBeDefined();
    requested.length = 0;
    const progress: Preview[] = [];
    const outcome = await connector.preview(
      as('midCompanyAdmin'),
      (preview) => {
        progress.push(preview);
      },
      verified.walkStart,
    );
    const pages = usersPages(requested);
    expect(pages).toHaveLength(2);
    expect(pages).not.toContain('');
    expect(new Set(pages).size).toBe(2);
    expect(progress.map((p) => [p.pagesRead, p.usersSeen])).toEqual([
      [2, 200],
      [3, 250],
    ]);
    const reference = await fromStart('midCompanyAdmin');
    expect(withoutTime(outcome.preview)).toEqual(withoutTime(reference.preview));
    expect(outcome.managerRemoteIds).toEqual(reference.managerRemoteIds);
  });

  it('given a company of one page, should end complete without asking Lattice again', async () => {
    const { connector, requested } = setup();
    const verified = await connector.verify(as('smallCompanyAdmin'));
    expect(verified.preview.status).toBe('complete');
    requested.length = 0;
    const outcome = await connector.preview(
      as('smallCompanyAdmin'),
      () => undefined,
      verified.walkStart,
    );
    expect(requested).toEqual([]);
    const reference = await fromStart('smallCompanyAdmin');
    expect(withoutTime(outcome.preview)).toEqual(withoutTime(reference.preview));
    expect(outcome.managerRemoteIds).toEqual(reference.managerRemoteIds);
    expect(outcome.managerRemoteIds.length).toBeGreaterThan(0);
  });

  it.each([
    ['a cursor that comes back unchanged', { quirks: { repeatCursor: true } }],
    ['short pages', { quirks: { shortPages: true } }],
    ['an empty page with hasMore after the last one', { quirks: { emptyPageWithHasMore: true } }],
  ] satisfies [string, LatticeSandboxOptions][])(
    'given %s, should end exactly as a walk from page 1 does',
    async (_name, sandbox) => {
      const { connector, requested } = setup(sandbox);
      const verified = await connector.verify(as('midCompanyAdmin'));
      const outcome = await connector.preview(
        as('midCompanyAdmin'),
        () => undefined,
        verified.walkStart,
      );
      const pages = usersPages(requested);
      expect(pages.filter((cursor) => cursor === '')).toHaveLength(1);
      const reference = await fromStart('midCompanyAdmin', sandbox);
      expect(withoutTime(outcome.preview)).toEqual(withoutTime(reference.preview));
      expect(pages).toHaveLength(reference.preview.pagesRead);
    },
  );

  it('given a walk start that went through storage (a copy), should go on from it too', async () => {
    const { connector, requested } = setup();
    const verified = await connector.verify(as('midCompanyAdmin'));
    // A deep copy, as storage would give back: not the object verify made.
    const stored = structuredClone(verified.walkStart);
    expect(stored).not.toBe(verified.walkStart);
    requested.length = 0;
    const outcome = await connector.preview(as('midCompanyAdmin'), () => undefined, stored);
    expect(usersPages(requested)).toHaveLength(2);
    expect(usersPages(requested)).not.toContain('');
    expect(outcome.preview).toMatchObject({ status: 'complete', usersSeen: 250, pagesRead: 3 });
  });

  it('given a walk start it cannot read, should walk from page 1', async () => {
    const { connector, requested } = setup();
    const outcome = await connector.preview(as('midCompanyAdmin'), () => undefined, {
      kind: 'someone-else',
      cursor: 'x',
    });
    expect(usersPages(requested)[0]).toBe('');
    expect(outcome.preview).toMatchObject({ status: 'complete', usersSeen: 250, pagesRead: 3 });
  });

  it('should keep no names in the walk start but those of the sample', async () => {
    const { connector } = setup();
    const verified = await connector.verify(as('midCompanyAdmin'));
    const start = verified.walkStart ?? {};
    const people: unknown = start.people;
    expect(Array.isArray(people) && people.length).toBe(100);
    expect(JSON.stringify(people)).not.toMatch(/"(name|preferredName|email|title)"/);
    expect(Array.isArray(start.sample) && start.sample.length).toBe(10);
  });
});
