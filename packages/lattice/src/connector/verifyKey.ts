import { ConnectorError } from '@keylink/contract';
import type { CredentialCheck, VerifyOutcome } from '@keylink/contract';
import type { LatticeClient } from '../client/createLatticeClient';
import { isLatticeError } from '../client/errors';
import { latticePageSize } from '../client/pageSize';
import { advanceWalk, walkFromStart } from '../client/paging';
import { createRoleTally, toKeyOwner } from '../mapping';
import type { LatticeRegion } from '../regions';
import { buildPreview, sampleSize } from './buildPreview';
import { tenantOf } from './tenant';
import { toConnectorError } from './toConnectorError';
import { toWalkStart } from './walkStart';

const apiNotEnabled =
  "Lattice refused this API key everywhere: your company's API access is not enabled by Lattice yet. Ask Lattice support to enable API access, then generate a new key.";

const usersForbidden =
  'This API key works, but it lacks access to the list of users. Ask a Lattice super admin to generate the key (Settings → Platform → API Keys) and paste that one.';

// /v1/me and /v1/users always exist on Lattice's API: a 404 on them means the host is not the
// API we know (the wrong region's, a proxy) or Lattice changed it, which "not found" would hide.
const unexpectedAnswer =
  'Lattice answered in an unexpected way (it may be the wrong region, or Lattice changed its API). Try the other region; if it still fails, contact support.';

/** The ConnectorError for a failed verify call; `forbidden` is that call's own answer to a 403. */
function verifyError(
  error: unknown,
  forbidden: { code: 'insufficient_permissions' | 'api_not_enabled'; message: string },
): ConnectorError {
  if (isLatticeError(error) && error.kind === 'not_found') {
    return new ConnectorError('provider_bad_response', unexpectedAnswer, { status: error.status });
  }
  if (isLatticeError(error) && error.kind === 'forbidden') {
    return new ConnectorError(forbidden.code, forbidden.message, { status: error.status });
  }
  // The connector scrubs every error on its way out; nothing here knows the key.
  return toConnectorError(error, []);
}

/**
 * Checks a key in one round trip: `/v1/me` (whose key, and is it an admin's) and the first page
 * of all users, together. Which call failed tells apart a key Lattice refuses everywhere (API
 * access not enabled) from one that works but cannot list users. The first page is the first
 * step of the walk that completes the preview: the outcome's walk start goes on after it.
 */
export async function verifyKey(
  client: LatticeClient,
  region: LatticeRegion,
  deadlineAt: number,
  now: () => number,
): Promise<VerifyOutcome> {
  const [me, firstPage] = await Promise.allSettled([
    client.me({ deadlineAt }),
    client.listUsers({ status: 'NULL', limit: latticePageSize }, { deadlineAt }),
  ]);
  if (me.status === 'rejected')
    throw verifyError(me.reason, { code: 'api_not_enabled', message: apiNotEnabled });
  if (firstPage.status === 'rejected')
    throw verifyError(firstPage.reason, {
      code: 'insufficient_permissions',
      message: usersForbidden,
    });
  const owner = toKeyOwner(me.value);
  const position = walkFromStart();
  const page = advanceWalk(position, firstPage.value);
  const tally = createRoleTally();
  for (const user of page.data) tally.add(user);
  const sample = page.data.slice(0, sampleSize);
  // Only Lattice saying there is no more makes the first page the whole list; any other first
  // page (even an odd one: no cursor, no data) is for the walk to follow or to report incomplete.
  return {
    verification: { owner, access: owner.isAdmin ? 'full' : 'partial', region },
    tenant: tenantOf(me.value, firstPage.value.data),
    preview: buildPreview(
      tally,
      sample,
      position.pagesRead,
      { status: page.stopReason === 'end' ? 'complete' : 'running' },
      now,
    ),
    walkStart: toWalkStart(position, page.stopReason, page.data, sample),
  };
}

/**
 * Re-checks a stored key as cheaply as Lattice allows: `/v1/me` (still valid, whose, admin or
 * not) and one user of `/v1/users` (can it still read users), together in one round trip.
 */
export async function checkKey(
  client: LatticeClient,
  deadlineAt: number,
): Promise<CredentialCheck> {
  const [me, users] = await Promise.allSettled([
    client.me({ deadlineAt }),
    client.listUsers({ status: 'NULL', limit: 1 }, { deadlineAt }),
  ]);
  if (me.status === 'rejected')
    throw verifyError(me.reason, { code: 'api_not_enabled', message: apiNotEnabled });
  if (users.status === 'rejected')
    throw verifyError(users.reason, { code: 'insufficient_permissions', message: usersForbidden });
  const owner = toKeyOwner(me.value);
  return { owner, access: owner.isAdmin ? 'full' : 'partial' };
}
