import { decodeCursor, encodeCursor } from './cursor';
import type { SandboxQuirks } from './sandboxOptions';

// Lattice's paging: `limit` (default 10, 1..100) and `startingAfter=<endingCursor>`. The quirks
// bend it the ways seen in the wild, always so a careful client still sees every item once.

export const defaultLimit = 10;
export const maxLimit = 100;

export interface PageQuery {
  /** Identifies the listing (company, viewer, route, filter): a cursor only works on its own. */
  listing: string;
  limit: string | undefined;
  startingAfter: string | undefined;
}

export type PageOutcome<T> =
  | { ok: true; items: readonly T[]; hasMore: boolean; endingCursor: string | null | undefined }
  | { ok: false; error: string };

function parseLimit(value: string | undefined): number | null {
  if (value === undefined) return defaultLimit;
  if (!/^\d{1,4}$/.test(value)) return null;
  const limit = Number(value);
  return limit >= 1 && limit <= maxLimit ? limit : null;
}

/** The shortPages quirk: a page between half the limit and one less than it, varying by offset. */
function pageSize(limit: number, offset: number, quirks: SandboxQuirks): number {
  if (!quirks.shortPages || limit === 1) return limit;
  return Math.min(limit - 1, Math.max(1, Math.floor(limit / 2) + (offset % 3)));
}

export function paginate<T>(
  all: readonly T[],
  query: PageQuery,
  quirks: SandboxQuirks,
): PageOutcome<T> {
  const limit = parseLimit(query.limit);
  if (limit === null)
    return { ok: false, error: `limit must be a whole number from 1 to ${maxLimit}.` };
  const position =
    query.startingAfter === undefined
      ? { offset: 0, phase: 0 }
      : decodeCursor(query.listing, query.startingAfter);
  if (position === null || position.offset > all.length) {
    return { ok: false, error: 'startingAfter is not a cursor returned by this listing.' };
  }
  const lastPage = quirks.omitEndingCursor ? undefined : null;
  if (position.phase === 1) {
    const endingCursor = encodeCursor(query.listing, { offset: all.length, phase: 2 });
    return { ok: true, items: [], hasMore: true, endingCursor };
  }
  if (position.phase === 2) return { ok: true, items: [], hasMore: false, endingCursor: lastPage };

  const end = Math.min(all.length, position.offset + pageSize(limit, position.offset, quirks));
  const items = all.slice(position.offset, end);
  if (end >= all.length) {
    if (!quirks.emptyPageWithHasMore)
      return { ok: true, items, hasMore: false, endingCursor: lastPage };
    const endingCursor = encodeCursor(query.listing, { offset: all.length, phase: 1 });
    return { ok: true, items, hasMore: true, endingCursor };
  }
  // The repeatCursor quirk: the second page hands back the cursor it was asked with.
  const firstPageEnd = Math.min(all.length, pageSize(limit, 0, quirks));
  const repeat =
    quirks.repeatCursor && query.startingAfter !== undefined && position.offset === firstPageEnd;
  const endingCursor =
    repeat && query.startingAfter !== undefined
      ? query.startingAfter
      : encodeCursor(query.listing, { offset: end, phase: 0 });
  return { ok: true, items, hasMore: true, endingCursor };
}
