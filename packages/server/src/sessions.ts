import type { CreateConnectSessionRequest, CreateConnectSessionResponse } from '@keylink/contract';
import type { Deps, SessionRow } from './context';
import { isoNow } from './context';
import { HttpError } from './http/HttpError';
import { generateSessionToken, randomId, sha256Hex } from './tokens';

/** How long a spent or expired session is kept (for idempotent confirm retries) before purge. */
const PURGE_AFTER_MS = 24 * 60 * 60 * 1000;

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
    })
    .execute();
  await purgeOldSessions(deps);
  return { token, sessionId: id, expiresAt };
}

/** Drops sessions (and their previews, and any key still on them) a day after they expired. */
async function purgeOldSessions(deps: Deps): Promise<void> {
  const cutoff = isoNow(deps, -PURGE_AFTER_MS);
  await deps.db.transaction().execute(async (trx) => {
    const old = trx.selectFrom('keylink_sessions').select('id').where('expires_at', '<', cutoff);
    await trx.deleteFrom('keylink_previews').where('session_id', 'in', old).execute();
    await trx.deleteFrom('keylink_sessions').where('expires_at', '<', cutoff).execute();
  });
}

export function isExpired(deps: Deps, session: SessionRow): boolean {
  return session.expires_at <= isoNow(deps);
}

/** Refuses a session that is spent or expired, with the code the widget explains. */
export function assertSessionOpen(deps: Deps, session: SessionRow): void {
  if (session.status === 'used') {
    throw new HttpError(
      'session_used',
      'This account is already linked with this session. Close the window; to link again, start a new session.',
    );
  }
  if (isExpired(deps, session)) {
    throw new HttpError(
      'session_expired',
      'This link session has expired. Close the window and start linking again.',
    );
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
