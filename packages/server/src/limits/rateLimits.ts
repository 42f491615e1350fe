import { HttpError } from '../http/HttpError';
import type { RateLimit, RateLimiter } from './rateLimiter';

/**
 * Keylink's own limits, per minute. 0 turns a limit off. Counted in the database, so they hold
 * across every instance sharing it.
 */
export interface RateLimitOptions {
  /** Sessions one secret key may create. @default 1200 (20 a second, in bursts) */
  sessionsPerSecretKeyPerMinute?: number;
  /**
   * Verify calls on one session per minute (its total stays maxVerifyAttempts): matters when a
   * host allows more attempts than the default 10. @default 10
   */
  verifyPerSessionPerMinute?: number;
  /**
   * Verify calls from one client address, across all sessions: what stops key guessing through
   * fresh sessions. Applies only when the client address is known (see trustedProxies).
   * @default 30
   */
  verifyPerAddressPerMinute?: number;
}

export type RateLimitSettings = Required<RateLimitOptions>;

export const defaultRateLimits: RateLimitSettings = {
  sessionsPerSecretKeyPerMinute: 1200,
  verifyPerSessionPerMinute: 10,
  verifyPerAddressPerMinute: 30,
};

const perMinute = (limit: number): RateLimit => ({ limit, windowSeconds: 60 });

function refused(retryAfterSeconds: number, what: string): HttpError {
  return new HttpError('rate_limited', `${what} Wait ${retryAfterSeconds} s and try again.`, {
    retryAfterSeconds,
  });
}

/** The checks the routes run before their work; each throws `rate_limited` (429) past its limit. */
export function createRateLimits(limiter: RateLimiter, settings: RateLimitSettings) {
  return {
    /** Before a session is created with the secret key whose id is `keyId`. */
    async sessionCreation(keyId: string): Promise<void> {
      const decision = await limiter.hit(
        `sessions:key:${keyId}`,
        perMinute(settings.sessionsPerSecretKeyPerMinute),
      );
      if (!decision.allowed) {
        throw refused(
          decision.retryAfterSeconds,
          `This secret key created more than ${settings.sessionsPerSecretKeyPerMinute} sessions in a minute.`,
        );
      }
    },
    /** Before a verify call on session `sessionId` from `address` (when known). */
    async verify(sessionId: string, address: string | undefined): Promise<void> {
      if (address !== undefined) {
        const byAddress = await limiter.hit(
          `verify:address:${address}`,
          perMinute(settings.verifyPerAddressPerMinute),
        );
        if (!byAddress.allowed) {
          throw refused(
            byAddress.retryAfterSeconds,
            'Too many keys were checked from this network in a short time.',
          );
        }
      }
      const bySession = await limiter.hit(
        `verify:session:${sessionId}`,
        perMinute(settings.verifyPerSessionPerMinute),
      );
      if (!bySession.allowed) {
        throw refused(bySession.retryAfterSeconds, 'Too many keys were checked in a short time.');
      }
    },
  };
}

export type RateLimits = ReturnType<typeof createRateLimits>;
