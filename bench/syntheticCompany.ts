// A 2,500-person company for the preview benchmark, which the sandbox does not seed: served by
// the sandbox's `intercept` from the 10,000-person company's own answers (real users, Lattice's
// envelope, opaque cursors, pages of up to 100), cut after the first 2,500 people. Only the
// manager links of the people kept may point at someone cut off: that changes the derived role
// counts, not the number of pages or round trips this benchmark measures.
import { createLatticeSandbox, sandboxKeys } from '@keylink/lattice/sandbox';

/** The key that opens the synthetic company. UUID-shaped, like Lattice's. */
export const syntheticKey = '0b9e2c55-2500-4c0d-8a5e-000000002500';

export function createSyntheticCompany(size: number) {
  // Every synthetic page is read from this one with one key: no budget, as in the benchmarks.
  const source = createLatticeSandbox({ requestBudget: false });
  /** Where each cursor handed out resumes, in people. */
  const offsets = new Map<string, number>();

  return async function intercept(request: Request): Promise<Response | undefined> {
    if (request.headers.get('authorization') !== `Bearer ${syntheticKey}`) return undefined;
    const url = new URL(request.url);
    const answer = await source.fetch(url, {
      headers: { authorization: `Bearer ${sandboxKeys.largeCompanyAdmin}` },
      signal: request.signal,
    });
    if (url.pathname !== '/v1/users' || !answer.ok) return answer;
    const page: unknown = await answer.json();
    if (
      typeof page !== 'object' ||
      page === null ||
      !('data' in page) ||
      !Array.isArray(page.data)
    ) {
      return Response.json(page, { status: answer.status });
    }
    const startingAfter = url.searchParams.get('startingAfter');
    const offset = startingAfter === null ? 0 : (offsets.get(startingAfter) ?? 0);
    const kept = page.data.slice(0, Math.max(0, size - offset));
    const last = offset + kept.length >= size || !('hasMore' in page) || page.hasMore !== true;
    const endingCursor = last ? null : 'endingCursor' in page ? page.endingCursor : null;
    if (typeof endingCursor === 'string') offsets.set(endingCursor, offset + kept.length);
    return Response.json({ ...page, data: kept, hasMore: !last, endingCursor });
  };
}
