import { describe, expect, it } from 'vitest';
import { createLatticeSandbox, sandboxKeys } from './index';
import type { SandboxQuirks } from './index';
import { call, dataOf, idOf, readObject, testOrigin } from './testRequests';
import type { JsonObject } from './testRequests';

const key = sandboxKeys.midCompanyAdmin;

/** Walks by hand (no guards), so each quirk's raw pages can be inspected. */
async function rawPages(
  quirks: SandboxQuirks,
  path: string,
  maxPages: number,
): Promise<JsonObject[]> {
  const sandbox = createLatticeSandbox({ quirks });
  const pages: JsonObject[] = [];
  let url = path;
  while (pages.length < maxPages) {
    const page = await readObject(await call(sandbox, url, key));
    pages.push(page);
    if (page.hasMore !== true || typeof page.endingCursor !== 'string') break;
    url = `${path}&startingAfter=${page.endingCursor}`;
  }
  return pages;
}

describe('quirks', () => {
  it('given shortPages, should answer pages shorter than limit while hasMore is true, every user once', async () => {
    const pages = await rawPages({ shortPages: true }, '/v1/users?limit=10&status=NULL', 100);
    const middle = pages.slice(0, -1);
    expect(
      middle.every((p) => p.hasMore === true && dataOf(p).length < 10 && dataOf(p).length > 0),
    ).toBe(true);
    const ids = pages.flatMap(dataOf).map(idOf);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
  });

  it('given emptyPageWithHasMore, should add one empty page with hasMore true and a new cursor', async () => {
    const pages = await rawPages(
      { emptyPageWithHasMore: true },
      '/v1/users?limit=100&status=NULL',
      10,
    );
    expect(pages.map((p) => dataOf(p).length)).toEqual([100, 100, 50, 0, 0]);
    const [, , last, empty, end] = pages;
    expect(last).toMatchObject({ hasMore: true, endingCursor: expect.any(String) });
    expect(empty).toMatchObject({ hasMore: true, endingCursor: expect.any(String) });
    expect(empty?.endingCursor).not.toBe(last?.endingCursor);
    expect(end).toMatchObject({ hasMore: false, endingCursor: null });
  });

  it('given repeatCursor, should return the same endingCursor on the first two pages', async () => {
    const pages = await rawPages({ repeatCursor: true }, '/v1/users?limit=10&status=NULL', 4);
    const [first, second, third] = pages;
    expect(second?.endingCursor).toBe(first?.endingCursor);
    // Following the repeated cursor serves the second page again: a naive client loops.
    expect(dataOf(third ?? {}).map(idOf)).toEqual(dataOf(second ?? {}).map(idOf));
  });

  it('given omitEndingCursor, should leave endingCursor out of the last page', async () => {
    const pages = await rawPages({ omitEndingCursor: true }, '/v1/users?limit=100&status=NULL', 10);
    const last = pages.at(-1) ?? {};
    expect(last.hasMore).toBe(false);
    expect('endingCursor' in last).toBe(false);
    expect(pages[0]?.endingCursor).toEqual(expect.any(String));
  });

  it('given absoluteUrls, should send every url as an absolute URL on the request origin', async () => {
    const sandbox = createLatticeSandbox({ quirks: { absoluteUrls: true } });
    const me = await readObject(await call(sandbox, '/v1/me', key));
    expect(me.url).toBe(`${testOrigin}/v1/user/${idOf(me)}`);
    const json =
      JSON.stringify(me) +
      JSON.stringify(await readObject(await call(sandbox, '/v1/departments', key)));
    const urls = [...json.matchAll(/"url":"([^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/api\.latticehq\.com\/v1\//);
  });

  it('given no quirks, should send every url as a relative path', async () => {
    const sandbox = createLatticeSandbox();
    const json = JSON.stringify(await readObject(await call(sandbox, '/v1/users', key)));
    const urls = [...json.matchAll(/"url":"([^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^\/v1\//);
  });

  it('given extraFields, should add unknown fields to every object, envelopes and references included', async () => {
    const plain = createLatticeSandbox();
    const extra = createLatticeSandbox({ quirks: { extraFields: true } });
    for (const path of ['/v1/users', '/v1/departments']) {
      const before = await readObject(await call(plain, path, key));
      const after = await readObject(await call(extra, path, key));
      expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
      const [first] = dataOf(after);
      const [original] = dataOf(before);
      expect(first).toMatchObject(original ?? {});
      expect(Object.keys(first ?? {}).length).toBeGreaterThan(Object.keys(original ?? {}).length);
    }
    const me = await readObject(await call(extra, '/v1/me', key));
    expect(Object.keys(me.manager ?? {})).toHaveLength(4);
    expect(Object.keys(me.directReports ?? {})).toHaveLength(3);
  });
});
