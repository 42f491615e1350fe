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

/**
 * Where a walk stands between two pages: everything needed to go on with the next page exactly
 * as an unbroken walk would (the same duplicate, loop and cap checks), so a walk begun by one
 * caller (verify's first page) can be continued by another without reading a page twice.
 */
export interface WalkPosition {
  /** The cursor of the next page; undefined before the first page. */
  cursor: string | undefined;
  /** Pages read so far. */
  pagesRead: number;
  /** Ids already yielded. */
  seenIds: Set<string>;
  /** Cursors already followed (or about to be). */
  seenCursors: Set<string>;
  /** Empty pages with `hasMore` in a row, up to now. */
  emptyInARow: number;
}

/** @default 1000 pages: 100,000 users at 100 a page, far above any company we expect. */
export const defaultMaxPages = 1000;

/**
 * Empty pages with `hasMore` and a fresh cursor are followed this many times in a row before the
 * walk gives up: Lattice sends one after the real last page (seen in the wild), and the page
 * after it ends the list properly, so stopping at the first would hide a list's real end.
 */
export const maxEmptyPagesInARow = 3;

/** The position of a walk that has read nothing yet. */
export function walkFromStart(): WalkPosition {
  return {
    cursor: undefined,
    pagesRead: 0,
    seenIds: new Set(),
    seenCursors: new Set(),
    emptyInARow: 0,
  };
}

/**
 * Takes one page read at `position` into the walk: drops the items already yielded, tells why
 * the walk ends here (null when it goes on), and moves `position` to the next page.
 */
export function advanceWalk<T extends { id: string }>(
  position: WalkPosition,
  page: ListPage<T>,
  maxPages: number = defaultMaxPages,
): WalkPage<T> {
  const data = page.data.filter((item) => {
    if (position.seenIds.has(item.id)) return false;
    position.seenIds.add(item.id);
    return true;
  });
  const next = page.endingCursor ?? undefined;
  position.pagesRead += 1;
  position.emptyInARow = page.data.length === 0 ? position.emptyInARow + 1 : 0;
  const stopReason = stopReasonOf(page, next, position, maxPages);
  if (stopReason === null && next !== undefined) {
    position.seenCursors.add(next);
    position.cursor = next;
  }
  return { data, pageNumber: position.pagesRead, stopReason };
}

/**
 * Follows `endingCursor` until Lattice says there is no more, never trusting a page to be full
 * and never looping: a missing cursor, a cursor seen before, the page cap or too many empty
 * pages in a row end the walk, and the last page says why (only `end` means the list is all
 * there). Items whose id was already yielded are dropped, so a repeated page cannot count anyone
 * twice. Starts at `position` (the first page unless given), and keeps it up to date.
 */
export async function* walkPages<T extends { id: string }>(
  fetchPage: (cursor: string | undefined) => Promise<ListPage<T>>,
  maxPages: number = defaultMaxPages,
  position: WalkPosition = walkFromStart(),
): AsyncGenerator<WalkPage<T>, void, undefined> {
  for (;;) {
    const page = advanceWalk(position, await fetchPage(position.cursor), maxPages);
    yield page;
    if (page.stopReason !== null) return;
  }
}

function stopReasonOf<T>(
  page: ListPage<T>,
  next: string | undefined,
  position: WalkPosition,
  maxPages: number,
): WalkStopReason | null {
  if (!page.hasMore) return 'end';
  if (next === undefined) return 'missing_cursor';
  if (position.emptyInARow >= maxEmptyPagesInARow) return 'empty_page';
  if (position.seenCursors.has(next)) return 'repeated_cursor';
  if (position.pagesRead >= maxPages) return 'page_cap';
  return null;
}
