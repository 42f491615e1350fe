// The sequential paging floor, measured: a bare client (fetch and JSON.parse, nothing else)
// reading every page of 100 users one after another, as fast as the Lattice at hand allows.
export async function rawPaging(latticeUrl: string, apiKey: string) {
  const headers = { authorization: `Bearer ${apiKey}` };
  const pageTimes: number[] = [];
  let cursor: string | null = null;
  const started = performance.now();
  do {
    const query: string = cursor === null ? '' : `&startingAfter=${encodeURIComponent(cursor)}`;
    const pageStarted = performance.now();
    const response = await fetch(`${latticeUrl}/v1/users?limit=100&status=NULL${query}`, {
      headers,
    });
    const page: unknown = JSON.parse(await response.text());
    pageTimes.push(performance.now() - pageStarted);
    const more =
      typeof page === 'object' && page !== null && 'hasMore' in page && page.hasMore === true;
    const next =
      more && 'endingCursor' in page && typeof page.endingCursor === 'string'
        ? page.endingCursor
        : null;
    cursor = next;
  } while (cursor !== null);
  return { totalMs: performance.now() - started, pages: pageTimes.length, pageTimes };
}

/**
 * One bare Lattice round trip, the floor of verify: the first page of users (the larger of the
 * two answers verify asks for at once) read by a bare client, fetch and JSON.parse only.
 */
export async function bareRoundTrip(latticeUrl: string, apiKey: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${latticeUrl}/v1/users?limit=100&status=NULL`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  JSON.parse(await response.text());
  return performance.now() - started;
}

/**
 * Both answers verify needs, asked at once by a bare client (fetch and JSON.parse only): the key's
 * owner and the first page of users. Against one Lattice (or one sandbox process) the second
 * answer shares the server with the first, so this is the floor of what verify can reach here;
 * its excess over one bare round trip is Lattice's, not Keylink's.
 */
export async function bareVerifyCalls(latticeUrl: string, apiKey: string): Promise<number> {
  const headers = { authorization: `Bearer ${apiKey}` };
  const read = async (path: string) =>
    JSON.parse(await (await fetch(`${latticeUrl}${path}`, { headers })).text()) as unknown;
  const started = performance.now();
  await Promise.all([read('/v1/me'), read('/v1/users?limit=100&status=NULL')]);
  return performance.now() - started;
}
