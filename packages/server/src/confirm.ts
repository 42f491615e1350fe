import { Preview, Verification } from '@keylink/contract';
import type { ConfirmRequest, ConfirmResponse } from '@keylink/contract';
import type { AccountRow } from './accounts';
import type { Deps, SessionRow } from './context';
import { isoNow } from './context';
import { accountAad, openCredentials, sealCredentials, sessionAad } from './credentials';
import { recordLinkEvents } from './events/recordAccountEvent';
import { HttpError } from './http/HttpError';
import { sessionExpired, sessionUsed } from './sessionRefusals';
import { roleCountsOf } from './previewWalker';
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
  assertSessionNotClosed(session);
  if (session.status === 'used') return replayOrRefuse(session, key);
  if (isExpired(deps, session)) {
    throw sessionExpired();
  }
  if (session.status !== 'verified') {
    throw new HttpError(
      'session_not_verified',
      'Check the key first: confirm comes after a successful check.',
    );
  }
  const target = await targetOf(deps, session, request);
  const accountId = target?.id ?? randomId('acc');
  const now = isoNow(deps);
  const answer = await deps.db.transaction().execute(async (trx) => {
    const spent = await trx
      .updateTable('keylink_sessions')
      .set({
        status: 'used',
        used_at: now,
        confirm_idempotency_key: key,
        confirmed_account_id: accountId,
      })
      .where('id', '=', session.id)
      .where('status', '=', 'verified')
      .where('closed_reason', 'is', null)
      .where('expires_at', '>', now)
      .returning(['credential', 'region', 'verification', 'tenant'])
      .executeTakeFirst();
    if (spent === undefined) return undefined;
    if (spent.credential === null || spent.verification === null) {
      throw new Error(`Session ${session.id} was verified without a credential.`);
    }
    const verification = Verification.parse(JSON.parse(spent.verification));
    const credential = sealCredentials(
      deps,
      openCredentials(deps, spent.credential, sessionAad(session.id)),
      accountAad(accountId),
    );
    // The key now lives on the account only.
    await trx
      .updateTable('keylink_sessions')
      .set({ credential: null })
      .where('id', '=', session.id)
      .execute();

    const walk = await trx
      .selectFrom('keylink_previews')
      .select(['walk_status', 'preview', 'manager_remote_ids'])
      .where('session_id', '=', session.id)
      .executeTakeFirst();
    const complete = walk?.walk_status === 'complete' && walk.manager_remote_ids !== null;
    const facts = {
      manager_remote_ids: complete ? walk.manager_remote_ids : null,
      role_counts: complete
        ? JSON.stringify(roleCountsOf(Preview.parse(JSON.parse(walk.preview))))
        : null,
      manager_ids_refreshed_at: complete ? now : null,
    };
    const tenant = parseTenant(spent.tenant);
    const fields = {
      status: 'active' as const,
      region: spent.region,
      owner_remote_id: verification.owner.remoteId,
      owner_name: verification.owner.name,
      owner_email: verification.owner.email,
      access: verification.access,
      credential,
      credential_session_id: session.id,
      ...facts,
      updated_at: now,
      last_verified_at: now,
    };
    if (target === null) {
      await trx
        .insertInto('keylink_accounts')
        .values({
          id: accountId,
          provider: session.provider,
          origin_owner_id: session.origin_owner_id,
          origin_owner_name: session.origin_owner_name,
          created_by_session_id: session.id,
          created_at: now,
          facts_lease_expires_at: null,
          tenant: tenant === null ? null : JSON.stringify(tenant),
          ...fields,
        })
        .execute();
    } else {
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
        .where('id', '=', accountId)
        .where('origin_owner_id', '=', session.origin_owner_id)
        .where('provider', '=', session.provider)
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) {
        throw new HttpError(
          'not_found',
          'The account to reconnect was removed meanwhile. Ask the host to start a new link.',
        );
      }
    }
    await recordLinkEvents(trx, deps, accountId);
    return answerFor({ ...session, confirmed_account_id: accountId });
  });
  if (answer !== undefined) return answer;
  // Lost a race (another confirm spent it first), or it expired: answer as of now.
  const current = await deps.db
    .selectFrom('keylink_sessions')
    .selectAll()
    .where('id', '=', session.id)
    .executeTakeFirstOrThrow();
  if (current.status === 'used') return replayOrRefuse(current, key);
  throw sessionExpired();
}
