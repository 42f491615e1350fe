import type { Preview, PreviewOutcome, WalkStart } from '@keylink/contract';
import type { LatticeClient } from '../client/createLatticeClient';
import { latticePageSize } from '../client/pageSize';
import { advanceWalk, walkFromStart } from '../client/paging';
import type { WalkStopReason } from '../client/paging';
import { createRoleTally } from '../mapping';
import type { LatticeUser } from '../wire';
import { buildPreview, endOfWalk, sampleSize } from './buildPreview';
import { resumeFrom } from './walkStart';

/**
 * Walks every user of the company (all statuses) to complete the preview, going on from
 * `walkStart` when verify() read the first page, else from page 1. Keeps running counts and the
 * sample, never the people: once the sample is full, only what a count needs of each user is
 * read (listTallyUsers), and a page is dropped once tallied.
 */
export async function walkUsers(
  client: LatticeClient,
  walkStart: WalkStart | undefined,
  onProgress: (preview: Preview) => void | Promise<void>,
  now: () => number,
): Promise<PreviewOutcome> {
  const resumed = resumeFrom(walkStart);
  const position = resumed?.position ?? walkFromStart();
  const tally = createRoleTally();
  for (const person of resumed?.people ?? []) tally.add(person);
  const sample: LatticeUser[] = resumed?.sample.slice(0, sampleSize) ?? [];
  let stopReason: WalkStopReason | null = resumed?.stopReason ?? null;

  while (stopReason === null) {
    const query = {
      status: 'NULL',
      limit: latticePageSize,
      startingAfter: position.cursor,
    } as const;
    if (sample.length < sampleSize) {
      const page = advanceWalk(position, await client.listUsers(query));
      stopReason = page.stopReason;
      for (const user of page.data) tally.add(user);
      sample.push(...page.data.slice(0, sampleSize - sample.length));
    } else {
      const page = advanceWalk(position, await client.listTallyUsers(query));
      stopReason = page.stopReason;
      for (const user of page.data) tally.add(user);
    }
    await onProgress(buildPreview(tally, sample, position.pagesRead, { status: 'running' }, now));
  }
  return {
    preview: buildPreview(tally, sample, position.pagesRead, endOfWalk(stopReason), now),
    managerRemoteIds: [...tally.facts().managerRemoteIds].sort(),
  };
}
