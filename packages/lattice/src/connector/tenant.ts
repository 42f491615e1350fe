import type { TenantCheck, TenantIdentity, TenantMatch } from '@keylink/contract';
import type { LatticeClient } from '../client/createLatticeClient';
import { isLatticeError } from '../client/errors';
import type { LatticeUser } from '../wire';

// How the Lattice connector tells which company a key belongs to. Every rule of it is here.
//
// [I] Lattice's API has no company endpoint and no company id. User ids are UUIDs per company,
// so a user id is a company's fingerprint: two keys reach the same company when one of them can
// read a user the other one knows. The fingerprint of a key is its owner's id plus the first few
// ids of its first page of users (what verify() reads anyway). An account keeps the fingerprints
// of every key it held (the server merges them), so the previous owners of its keys are known.
//
// matchTenant() asks, cheapest first, and stops at the first answer:
//  1. Do the two fingerprints share an id? Then it is the same company (no call).
//  2. Can the new key read a known user (`GET /v1/user/{id}`, a few in parallel)? 200: same.
//  3. Can the account's own key, when it still works, read the new key's owner? 200: same.
//  4. A 404 is proof of "different" only from a key that sees the whole company (an admin's):
//     a partial key (a non-admin's, which sees its own team) answers 404 for anyone out of its
//     reach [I: as the sandbox does], and a 403 or 401 (revoked old key) proves nothing. With no
//     such witness the answer is `unproven`, and the server refuses the reconnect as it would a
//     different company: it cannot promise the host the account is still the same company.
//
// The label people recognise the company by is the domain of the key owner's email [I].

/** How many ids a key's own fingerprint holds (its owner plus the first ids of its first page). */
export const fingerprintSize = 6;
/** How many known ids the new key is asked about (step 2): one parallel round trip. */
const probeSize = 8;

/** The company a key reaches, from what verify() read: its owner and its first page of users. */
export function tenantOf(owner: LatticeUser, firstPage: readonly LatticeUser[]): TenantIdentity {
  const ids = [owner.id, ...firstPage.map((user) => user.id)];
  const domain = owner.email?.split('@')[1]?.toLowerCase();
  return {
    label: domain === undefined || domain === '' ? null : domain,
    fingerprint: [...new Set(ids)].slice(0, fingerprintSize),
  };
}

type Reading = 'visible' | 'not_found' | 'no_answer';

/** Whether `client` can read the user `id`: 200, 404, or an answer that proves nothing. */
async function read(client: LatticeClient, id: string): Promise<Reading> {
  try {
    const user = await client.getUser(id);
    return user.id === id ? 'visible' : 'no_answer';
  } catch (error) {
    if (isLatticeError(error)) {
      if (error.kind === 'not_found') return 'not_found';
      if (error.kind === 'forbidden' || error.kind === 'invalid_credentials') return 'no_answer';
    }
    // Anything else (Lattice down, rate-limited…) is the caller's to map, with its secrets.
    throw error;
  }
}

/**
 * Whether the key behind `client` (just verified) reaches the company `check.known` describes.
 * `previousClient` reads with the account's own key, when the server still has one.
 */
export async function matchTenant(
  client: LatticeClient,
  previousClient: LatticeClient | null,
  check: TenantCheck,
): Promise<TenantMatch> {
  const known = new Set(check.known.fingerprint);
  if (check.candidate.fingerprint.some((id) => known.has(id))) return 'same';

  const probes = [...known].slice(0, probeSize);
  const readings = await Promise.all(probes.map((id) => read(client, id)));
  if (readings.includes('visible')) return 'same';
  const newKeySaysDifferent =
    check.candidateAccess === 'full' &&
    readings.length > 0 &&
    readings.every((reading) => reading === 'not_found');

  const newOwner = check.candidate.fingerprint[0];
  if (previousClient !== null && check.previous !== null && newOwner !== undefined) {
    // The old key may have been revoked (the usual reason to reconnect): then it proves nothing.
    const reading = await read(previousClient, newOwner).catch(() => 'no_answer' as const);
    if (reading === 'visible') return 'same';
    if (reading === 'not_found' && check.previous.access === 'full') return 'different';
  }
  return newKeySaysDifferent ? 'different' : 'unproven';
}
