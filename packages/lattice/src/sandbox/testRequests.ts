// Helpers for this folder's tests: requests with a key, and JSON read without casts.
import type { LatticeSandbox } from './createLatticeSandbox';

export const testOrigin = 'https://api.latticehq.com';

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`expected a JSON object, got ${JSON.stringify(value)}`);
  }
  return Object.fromEntries(Object.entries(value));
}

export async function readObject(response: Response): Promise<JsonObject> {
  return asObject(await response.json());
}

export function call(
  sandbox: LatticeSandbox,
  path: string,
  key: string | null,
  init: RequestInit = {},
): Promise<Response> {
  const headers: Record<string, string> = key === null ? {} : { Authorization: `Bearer ${key}` };
  return sandbox.fetch(`${testOrigin}${path}`, { ...init, headers });
}

/** Follows endingCursor until hasMore is false or a cursor repeats; returns every page's body. */
export async function walk(
  sandbox: LatticeSandbox,
  path: string,
  key: string,
  maxPages = 1000,
): Promise<JsonObject[]> {
  const pages: JsonObject[] = [];
  let cursor: unknown = null;
  for (let page = 0; page < maxPages; page += 1) {
    const separator = path.includes('?') ? '&' : '?';
    const url =
      typeof cursor === 'string'
        ? `${path}${separator}startingAfter=${encodeURIComponent(cursor)}`
        : path;
    const response = await call(sandbox, url, key);
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    const body = await readObject(response);
    pages.push(body);
    // Stop like a careful client: at the end, or when a cursor comes back (the repeatCursor quirk).
    if (body.hasMore !== true || body.endingCursor === cursor) return pages;
    cursor = body.endingCursor;
  }
  throw new Error(`${path} did not end within ${maxPages} pages`);
}

export function dataOf(page: JsonObject): JsonObject[] {
  const { data } = page;
  if (!Array.isArray(data)) throw new Error('the page has no data array');
  return data.map(asObject);
}

export function idOf(value: unknown): string {
  const { id } = asObject(value);
  if (typeof id !== 'string') throw new Error('no id');
  return id;
}
