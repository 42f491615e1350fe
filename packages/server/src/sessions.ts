import type { CreateConnectSessionRequest, CreateConnectSessionResponse } from '@keylink/contract';
import type { Deps, SessionRow } from './context';
import { isoNow } from './context';
import { HttpError } from './http/HttpError';
import { sessionExpired, sessionUsed } from './sessionRefusals';
import { generateSessionToken, randomId, sha256Hex } from './tokens';

/**
 * Creates a connect session. For a reconnect, the account must exist for the same provider and
 * origin owner; any other account answers not_found (never revealing it exists elsewhere).
 */
export async function createSession(
  deps: Deps,
  request: CreateConnectSessionRequest,
): Promise<CreateConnectSessionResponse> {
  if (!deps.connectors.has(request.provider)) {
    throw new HttpError('invalid_request', `No provider "${request.provider}" is configured.`, {
      issues: [
        {
          path: 'provider',
          message: `Use one of: ${[...deps.connectors.keys()].join(', ')}.`,
        },
      ],
    });
  }
  if (request.accountId !== undefined) {
    const account = await deps.db
      .selectFrom('keylink_accounts')
      .select(['id'])
      .where('id', '=', request.accountId)
      .where('origin_owner_id', '=', request.originOwnerId)
      .where('provider', '=', request.provider)
      .executeTakeFirst();
    if (account === undefined) {
      throw new HttpError(
        'not_found',
        `No ${request.provider} account ${request.accountId} belongs to this origin owner: check the accountId and originOwnerId.`,
      );
    }
  }
  const token = generateSessionToken();
  const id = randomId('ses');
  const ttlMs = (request.expiresInSeconds ?? deps.settings.sessionTtlSeconds) * 1000;
  const expiresAt = isoNow(deps, ttlMs);
  await deps.db
    .insertInto('keylink_sessions')
    .values({
      id,
      token_hash: sha256Hex(token),
      provider: request.provider,
      origin_owner_id: request.originOwnerId,
      origin_owner_name: request.originOwnerName ?? null,
      account_id: request.accountId ?? null,
      status: 'pending',
      credential: null,
      region: null,
      verification: null,
      verified_at: null,
      confirm_idempotency_key: null,
      confirmed_account_id: null,
      used_at: null,
      expires_at: expiresAt,
      created_at: isoNow(deps),
      tenant: null,
      target_account_id: null,
      closed_reason: null,
      closed_at: null,
    })
    .execute();
  return { token, sessionId: id, expiresAt };
}

export function isExpired(deps: Deps, session: SessionRow): boolean {
  return session.expires_at <= isoNow(deps);
}

/** Refuses a session whose account was deleted: it reveals nothing any more. */
export function assertSessionNotClosed(session: SessionRow): void {
  if (session.closed_reason !== null) {
    throw new HttpError(
      'not_found',
      'The account this link session was for has been removed. Go back to the app and start again.',
    );
  }
}

/** Refuses a session that is closed, spent or expired, with the code the widget explains. */
export function assertSessionOpen(deps: Deps, session: SessionRow): void {
  assertSessionNotClosed(session);
  if (session.status === 'used') {
    throw sessionUsed();
  }
  if (isExpired(deps, session)) {
    throw sessionExpired();
  }
}

export function connectorOf(deps: Deps, provider: string) {
  const connector = deps.connectors.get(provider);
  if (connector === undefined) {
    throw new HttpError(
      'not_found',
      `The provider "${provider}" is no longer configured on this server. Ask the host to enable it.`,
    );
  }
  return connector;
}
