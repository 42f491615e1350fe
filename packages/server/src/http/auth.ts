import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../context';
import type { SecretKeyEntry } from '../secretKeys';
import { safeEqual, sha256Hex } from '../tokens';
import { HttpError } from './HttpError';

function bearerOf(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** RFC 6750: how to authenticate, and whether the token that was sent was the problem. */
function challenge(presented: string | undefined): Record<string, string> {
  return {
    'WWW-Authenticate':
      presented === undefined
        ? 'Bearer realm="keylink"'
        : 'Bearer realm="keylink", error="invalid_token"',
  };
}

/**
 * Host routes: `Authorization: Bearer <secret key>`, compared in constant time with every
 * accepted key (several during a rotation); the matching key's id is kept for its rate limits.
 */
export function requireSecretKey(keys: readonly SecretKeyEntry[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const presented = bearerOf(c.req.header('authorization'));
    // Every key is compared, matching or not, so the time taken says nothing about which one.
    const matches =
      presented === undefined ? [] : keys.filter((entry) => safeEqual(presented, entry.key));
    const match = matches[0];
    if (match === undefined) {
      throw new HttpError(
        'unauthorized',
        'Send your Keylink secret key as "Authorization: Bearer <key>" (from your backend only).',
        {},
        challenge(presented),
      );
    }
    c.set('secretKeyId', match.id);
    await next();
  };
}

/**
 * Widget routes: `Authorization: Bearer <session token>`. The token is looked up by its SHA-256
 * (only hashes are stored), then the hashes are compared in constant time anyway.
 */
export function requireSession(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerOf(c.req.header('authorization'));
    const hash = token === undefined ? undefined : sha256Hex(token);
    const session =
      hash === undefined
        ? undefined
        : await deps.db
            .selectFrom('keylink_sessions')
            .selectAll()
            .where('token_hash', '=', hash)
            .executeTakeFirst();
    if (session === undefined || hash === undefined || !safeEqual(session.token_hash, hash)) {
      throw new HttpError(
        'unauthorized',
        'This link session is not known. Close the window and start linking again.',
        {},
        challenge(token),
      );
    }
    c.set('session', session);
    await next();
  };
}
