import type { Preview } from '@keylink/contract';
import { toUnifiedRoles, toUnifiedUser } from '../mapping';
import type { RoleTally } from '../mapping';
import type { LatticeUser } from '../wire';

/** How many users the preview shows by name. */
export const sampleSize = 10;

/**
 * The preview as of now, from the running tallies and the sample taken from the first page. The
 * sample is mapped with the facts known so far, so its manager roles fill in as the walk goes.
 */
export function buildPreview(
  tally: RoleTally,
  sample: readonly LatticeUser[],
  pagesRead: number,
  status: Preview['status'],
  now: () => number,
): Preview {
  const counts = tally.counts();
  const facts = tally.facts();
  return {
    status,
    usersSeen: tally.usersSeen,
    pagesRead,
    countsByStatus: counts.byStatus,
    roles: toUnifiedRoles(counts),
    sample: sample.map((user) => toUnifiedUser(user, facts)),
    updatedAt: new Date(now()).toISOString(),
  };
}
