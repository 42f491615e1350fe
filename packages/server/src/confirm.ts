import { Preview, Verification } from '@keylink/contract';
import type { ConfirmRequest, ConfirmResponse } from '@keylink/contract';
import { parse, pick } from 'zod/mini';
import type { Insertable } from 'kysely';
import type { AccountRow } from './accounts';
import type { Deps, SessionRow } from './context';
import type { AccountsTable } from './db/schema';
import { isoNow } from './context';
import { accountAad, openCredentials, sealCredentials, sessionAad } from './credentials';
import { recordAccountEvent, recordLinkEvents } from './events/recordAccountEvent';
import type { Writer } from './events/recordAccountEvent';
import { HttpError } from './http/HttpError';
import { roleCountsOf } from './previewWalker';
import { sessionExpired, sessionUsed } from './sessionRefusals';
import { assertSessionNotClosed, connectorOf, isExpired } from './sessions';
import { mergeTenants, parseTenant, tenantOfAccount, unacknowledged, warningsFor } from './tenants';
import { randomId } from './tokens';

const idempotencyKeyShape = /^[\x21-\x7e]{1,200}$/;

export function parseIdempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (!idempotencyKeyShape.test(header)) {
    throw new HttpError(
      'invalid_request',
      'Idempotency-Key must be 1–200 printable ASCII characters.',
      {
        issues: [
          {
            path: 'Idempotency-Key',
            message: 'Use 1–200 printable ASCII characters, e.g. a UUID.',
          },
        ],
      },
    );
  }
  return header;
}

function answerFor(session: SessionRow): ConfirmResponse | undefined {
  if (session.confirmed_account_id === null) return undefined;
  return {
    accountId: session.confirmed_account_id,
    provider: session.provider,
    mode:
      session.account_id === null && session.target_account_id === null ? 'create' : 'reconnect',
  };
}

/**
 * The account a verified session updates (reconnect, or this owner's account of the same tenant),
 * refusing when it was removed meanwhile, or when the key reaches less and that is not acknowledged.
 */
async function targetOf(
  deps: Deps,
  session: SessionRow,
  request: ConfirmRequest,
): Promise<AccountRow | null> {
  const targetId = session.account_id ?? session.target_account_id;
  if (targetId === null) return null;
  const target = await deps.db
    .selectFrom('keylink_accounts')
    .selectAll()
    .where('id', '=', targetId)
    .where('origin_owner_id', '=', session.origin_owner_id)
    .where('provider', '=', session.provider)
    .executeTakeFirst();
  if (target === undefined) {
    throw new HttpError(
      'not_found',
      'The account this key was checked for was removed meanwhile. Go back to the app and start again.',
    );
  }
  if (session.verification === null) return target;
  const verification = Verification.parse(JSON.parse(session.verification));
  const provider = connectorOf(deps, session.provider).descriptor.name;
  const missing = unacknowledged(
    warningsFor(target, verification.access, provider),
    request.acknowledgedWarnings ?? [],
  );
  if (missing.length > 0) {
    throw new HttpError(
      'invalid_request',
      'This key sees only part of the company while the account sees all of it: confirm that on purpose, or use a key that sees the whole company.',
      {
        issues: missing.map((code) => ({
          path: 'acknowledgedWarnings',
          message: `Acknowledge "${code}" to confirm with this key.`,
        })),
      },
    );
  }
  return target;
}

/** A spent session: the same Idempotency-Key gets the same answer, anything else session_used. */
function replayOrRefuse(session: SessionRow, key: string | null): ConfirmResponse {
  const answer = answerFor(session);
  if (answer !== undefined && key !== null && session.confirm_idempotency_key === key)
    return answer;
  throw sessionUsed();
}

/** Answers a confirm that links nothing: closed, spent, expired or not yet verified. */
function refuseUnlinkable(deps: Deps, session: SessionRow, key: string | null): ConfirmResponse {
  assertSessionNotClosed(session);
  if (session.status === 'used') return replayOrRefuse(session, key);
  if (isExpired(deps, session)) {
    throw sessionExpired();
  }
  throw new HttpError(
    'session_not_verified',
    'Check the key first: confirm comes after a successful check.',
  );
}

/**
 * The part of a stored preview the account keeps: its counts. Parsing only that skips checking
 * the sample's people (names, emails), the bulk of a preview.
 */
const PreviewCounts = pick(Preview, { roles: true, countsByStatus: true });

/** What a complete walk learnt, for the account; null when the walk has not completed. */
function walkFacts(walk: { preview: string | null; managerIds: string | null }, now: string) {
  const { preview, managerIds } = walk;
  if (preview === null || managerIds === null) {
    return { manager_remote_ids: null, role_counts: null, manager_ids_refreshed_at: null };
  }
  return {
    manager_remote_ids: managerIds,
    role_counts: JSON.stringify(roleCountsOf(parse(PreviewCounts, JSON.parse(preview)))),
    manager_ids_refreshed_at: now,
  };
}

/** The account's columns a confirm writes, whether it creates the account or reconnects it. */
type LinkedFields = Omit<
  Insertable<AccountsTable>,
  | 'id'
  | 'provider'
  | 'origin_owner_id'
  | 'origin_owner_name'
  | 'created_by_session_id'
  | 'created_at'
  | 'facts_lease_expires_at'
  | 'tenant'
>;

/** A new account, with its account.linked event. */
async function createAccount(
  trx: Writer,
  deps: Deps,
  session: SessionRow,
  accountId: string,
  fields: LinkedFields,
): Promise<void> {
  const tenant = parseTenant(session.tenant);
  const account = await trx
    .insertInto('keylink_accounts')
    .values({
      id: accountId,
      provider: session.provider,
      origin_owner_id: session.origin_owner_id,
      origin_owner_name: session.origin_owner_name,
      created_by_session_id: session.id,
      created_at: fields.updated_at,
      facts_lease_expires_at: null,
      tenant: tenant === null ? null : JSON.stringify(tenant),
      ...fields,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  // A new account has no history and no key check scheduled yet: its one event is account.linked.
  await recordAccountEvent(trx, deps, { type: 'account.linked', account, source: 'link' });
}

/** The account a reconnect updates (its tenant evidence merged), with its events. */
async function reconnectAccount(
  trx: Writer,
  deps: Deps,
  session: SessionRow,
  target: AccountRow,
  fields: LinkedFields,
): Promise<void> {
  const tenant = parseTenant(session.tenant);
  const updated = await trx
    .updateTable('keylink_accounts')
    .set({
      ...fields,
      tenant:
        tenant === null
          ? target.tenant
          : JSON.stringify(mergeTenants(tenant, tenantOfAccount(target))),
      ...(session.origin_owner_name === null
        ? {}
        : { origin_owner_name: session.origin_owner_name }),
    })
    .where('id', '=', target.id)
    .where('origin_owner_id', '=', session.origin_owner_id)
    .where('provider', '=', session.provider)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) {
    throw new HttpError(
      'not_found',
      'The account to reconnect was removed meanwhile. Ask the host to start a new link.',
    );
  }
  await recordLinkEvents(trx, deps, target.id);
}

/**
 * Spends the session and links the account, in the caller's transaction. The session is spent by
 * a conditional update that also takes the key off it, and only while it still holds the key
 * read with it (`session.credential`: a fresh ciphertext each verify), so the key, region,
 * verification and tenant linked are the ones the caller read. Undefined when that update finds
 * the session no longer as read (spent, re-verified, closed or expired meanwhile).
 */
async function linkAccount(
  trx: Writer,
  deps: Deps,
  session: VerifiedSession,
  target: AccountRow | null,
  key: string | null,
): Promise<ConfirmResponse | undefined> {
  const accountId = target?.id ?? randomId('acc');
  const now = isoNow(deps);
  const spent = await trx
    .updateTable('keylink_sessions')
    .set({
      status: 'used',
      used_at: now,
      confirm_idempotency_key: key,
      confirmed_account_id: accountId,
      // The key now lives on the account only.
      credential: null,
    })
    .where('id', '=', session.id)
    .where('status', '=', 'verified')
    .where('credential', '=', session.credential)
    .where('closed_reason', 'is', null)
    .where('expires_at', '>', now)
    // The walk's facts come back with it (one statement, not two): only a complete walk's.
    .returning((eb) => {
      const completeWalk = eb
        .selectFrom('keylink_previews')
        .where('session_id', '=', session.id)
        .where('walk_status', '=', 'complete')
        .where('manager_remote_ids', 'is not', null);
      return [
        completeWalk.select('preview').as('preview'),
        completeWalk.select('manager_remote_ids').as('managerIds'),
      ];
    })
    .executeTakeFirst();
  if (spent === undefined) return undefined;
  const verification = Verification.parse(JSON.parse(session.verification));
  const fields: LinkedFields = {
    status: 'active',
    region: session.region,
    owner_remote_id: verification.owner.remoteId,
    owner_name: verification.owner.name,
    owner_email: verification.owner.email,
    access: verification.access,
    credential: sealCredentials(
      deps,
      openCredentials(deps, session.credential, sessionAad(session.id)),
      accountAad(accountId),
    ),
    credential_session_id: session.id,
    ...walkFacts(spent, now),
    updated_at: now,
    last_verified_at: now,
  };
  if (target === null) await createAccount(trx, deps, session, accountId, fields);
  else await reconnectAccount(trx, deps, session, target, fields);
  return answerFor({ ...session, confirmed_account_id: accountId });
}

type VerifiedSession = SessionRow & { credential: string; verification: string };

function verifiedSession(session: SessionRow): VerifiedSession {
  const { credential, verification } = session;
  if (credential === null || verification === null) {
    throw new Error(`Session ${session.id} was verified without a credential.`);
  }
  return { ...session, credential, verification };
}

/** How often a confirm starts over on a session re-verified while it was being confirmed. */
const reverifiedRetries = 3;

/**
 * Links the account from the verified key on the session, in one transaction that first spends
 * the session (a conditional update): of two confirms racing, on one instance or two, exactly
 * one creates the account; the other sees the session spent.
 */
export async function confirmSession(
  deps: Deps,
  session: SessionRow,
  key: string | null,
  request: ConfirmRequest = {},
): Promise<ConfirmResponse> {
  let current = session;
  for (let attempt = 0; ; attempt += 1) {
    if (
      current.status !== 'verified' ||
      current.closed_reason !== null ||
      isExpired(deps, current)
    ) {
      return refuseUnlinkable(deps, current, key);
    }
    const verified = verifiedSession(current);
    const target = await targetOf(deps, verified, request);
    const answer = await deps.db
      .transaction()
      .execute((trx) => linkAccount(trx, deps, verified, target, key));
    if (answer !== undefined) return answer;
    // Lost a race (another confirm spent it first, or a verify gave it another key), or it
    // expired: answer as of now.
    current = await deps.db
      .selectFrom('keylink_sessions')
      .selectAll()
      .where('id', '=', session.id)
      .executeTakeFirstOrThrow();
    if (current.status === 'used') return replayOrRefuse(current, key);
    const reverified =
      current.status === 'verified' && current.closed_reason === null && !isExpired(deps, current);
    if (!reverified || attempt >= reverifiedRetries) {
      throw sessionExpired();
    }
  }
}
