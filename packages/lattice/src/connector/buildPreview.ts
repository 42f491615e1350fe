import type { IncompleteReason, Preview } from '@keylink/contract';
import type { WalkStopReason } from '../client/paging';
import { toUnifiedRoles, toUnifiedUser } from '../mapping';
import type { RoleTally } from '../mapping';
import type { LatticeUser } from '../wire';

/** How many users the preview shows by name. */
export const sampleSize = 10;

const incompleteReasons: Readonly<Record<Exclude<WalkStopReason, 'end'>, IncompleteReason>> = {
  repeated_cursor: 'cursor_repeated',
  missing_cursor: 'cursor_missing',
  empty_page: 'empty_pages',
  page_cap: 'page_limit',
};

/**
 * How a walk that ended reads in the preview: `complete` only when Lattice said the list was
 * over; any other stop leaves people unread, which the person must see before confirming.
 */
export function endOfWalk(
  stopReason: WalkStopReason,
): Pick<Preview, 'status' | 'incompleteReason'> {
  return stopReason === 'end'
    ? { status: 'complete' }
    : { status: 'incomplete', incompleteReason: incompleteReasons[stopReason] };
}

/**
 * The preview as of now, from the running tallies and the sample taken from the first page. The
 * sample is mapped with the facts known so far, so its manager roles fill in as the walk goes.
 */
export function buildPreview(
  tally: RoleTally,
  sample: readonly LatticeUser[],
  pagesRead: number,
  state: Pick<Preview, 'status' | 'incompleteReason'>,
  now: () => number,
): Preview {
  const counts = tally.counts();
  const facts = tally.facts();
  return {
    ...state,
    usersSeen: tally.usersSeen,
    pagesRead,
    countsByStatus: counts.byStatus,
    roles: toUnifiedRoles(counts),
    sample: sample.map((user) => toUnifiedUser(user, facts)),
    updatedAt: new Date(now()).toISOString(),
  };
}
