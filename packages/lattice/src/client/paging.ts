/** Why a walk ended. Only `end` means Lattice said there was nothing more. */
export type WalkStopReason =
  'end' | 'empty_page' | 'missing_cursor' | 'repeated_cursor' | 'page_cap';

/** One page of a walk, with the items already seen on earlier pages removed. */
export interface WalkPage<T> {
  data: T[];
  /** 1 for the first page. */
  pageNumber: number;
  /** Set on the last page: why there will be no other. */
  stopReason: WalkStopReason | null;
}

export interface ListPage<T> {
  data: T[];
  hasMore: boolean;
  endingCursor?: string | null | undefined;
}

/** @default 1000 pages: 100,000 users at 100 a page, far above any company we expect. */
export const defaultMaxPages = 1000;

/**
 * Empty pages with `hasMore` and a fresh cursor are followed this many times in a row before the
 * walk gives up: Lattice sends one after the real last page (seen in the wild), and the page
 * after it ends the list properly, so stopping at the first would hide a list's real end.
 */
export const maxEmptyPagesInARow = 3;

/**
 * Follows `endingCursor` until Lattice says there is no more, never trusting a page to be full
 * and never looping: a missing cursor, a cursor seen before, the page cap or too many empty
 * pages in a row end the walk, and the last page says why (only `end` means the list is all
 * there). Items whose id was already yielded are dropped, so a repeated page cannot count anyone
 * twice.
 */
export async function* walkPages<T extends { id: string }>(
  fetchPage: (cursor: string | undefined) => Promise<ListPage<T>>,
  maxPages: number = defaultMaxPages,
): AsyncGenerator<WalkPage<T>, void, undefined> {
  const seenIds = new Set<string>();
  const seenCursors = new Set<string>();
  let cursor: string | undefined;
  let emptyInARow = 0;
  for (let pageNumber = 1; ; pageNumber += 1) {
    const page = await fetchPage(cursor);
    const data = page.data.filter((item) => {
      if (seenIds.has(item.id)) return false;
      seenIds.add(item.id);
      return true;
    });
    const next = page.endingCursor ?? undefined;
    emptyInARow = page.data.length === 0 ? emptyInARow + 1 : 0;
    const stopReason = stopReasonOf(page, next, seenCursors, pageNumber, maxPages, emptyInARow);
    yield { data, pageNumber, stopReason };
    if (stopReason !== null || next === undefined) return;
    seenCursors.add(next);
    cursor = next;
  }
}

function stopReasonOf<T>(
  page: ListPage<T>,
  next: string | undefined,
  seenCursors: ReadonlySet<string>,
  pageNumber: number,
  maxPages: number,
  emptyInARow: number,
): WalkStopReason | null {
  if (!page.hasMore) return 'end';
  if (next === undefined) return 'missing_cursor';
  if (emptyInARow >= maxEmptyPagesInARow) return 'empty_page';
  if (seenCursors.has(next)) return 'repeated_cursor';
  if (pageNumber >= maxPages) return 'page_cap';
  return null;
}
