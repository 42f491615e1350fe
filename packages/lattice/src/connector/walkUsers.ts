import type { Preview, PreviewOutcome, WalkStart } from '@keylink/contract';
import type { LatticeClient } from '../client/createLatticeClient';
import { walkFromStart } from '../client/paging';
import type { WalkStopReason } from '../client/paging';
import { createRoleTally } from '../mapping';
import type { LatticeUser } from '../wire';
import { buildPreview, endOfWalk, sampleSize } from './buildPreview';
import { resumeFrom } from './walkStart';

/**
 * Walks every user of the company (all statuses) to complete the preview, going on from
 * `walkStart` when verify() read the first page, else from page 1. Keeps running counts and the
 * sample, never the people: a page is dropped once tallied.
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

  if (stopReason === null) {
    for await (const page of client.userPages({ status: 'NULL', from: position })) {
      stopReason = page.stopReason;
      for (const user of page.data) tally.add(user);
      if (sample.length < sampleSize) {
        sample.push(...page.data.slice(0, sampleSize - sample.length));
      }
      await onProgress(buildPreview(tally, sample, position.pagesRead, { status: 'running' }, now));
    }
  }
  return {
    preview: buildPreview(tally, sample, position.pagesRead, endOfWalk(stopReason ?? 'end'), now),
    managerRemoteIds: [...tally.facts().managerRemoteIds].sort(),
  };
}
