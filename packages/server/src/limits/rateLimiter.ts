import type { Kysely } from 'kysely';
import type { KeylinkTables } from '../db/schema';

/** One limit: at most `limit` hits per window of `windowSeconds`. A limit of 0 is no limit. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** How often one instance clears lapsed windows out of the table. */
const purgeEveryMs = 60_000;

/**
 * Fixed-window counters in the database, so every instance behind a load balancer counts the
 * same hits (a counter in memory would multiply the limit by the instances). One row a bucket;
 * one upsert a hit, atomic on SQLite and Postgres alike.
 */
export function createRateLimiter(db: Kysely<KeylinkTables>, now: () => Date) {
  let purgedAt = 0;

  async function purge(at: Date): Promise<void> {
    if (at.getTime() - purgedAt < purgeEveryMs) return;
    purgedAt = at.getTime();
    await db
      .deleteFrom('keylink_rate_limits')
      .where('window_ends_at', '<', at.toISOString())
      .execute();
  }

  return {
    /** Counts a hit on `bucket` and says whether it is within `rule`. */
    async hit(bucket: string, rule: RateLimit): Promise<RateDecision> {
      if (rule.limit <= 0) return { allowed: true };
      const at = now();
      const windowMs = rule.windowSeconds * 1000;
      const windowEndsAt = new Date((Math.floor(at.getTime() / windowMs) + 1) * windowMs);
      const ours = windowEndsAt.toISOString();
      const row = await db
        .insertInto('keylink_rate_limits')
        .values({ bucket, window_ends_at: ours, hits: 1 })
        .onConflict((oc) =>
          oc.column('bucket').doUpdateSet((eb) => {
            // Still the stored window (or a later one: another instance's clock runs ahead):
            // count on. Otherwise the stored window lapsed: start ours.
            const current = eb(eb.ref('keylink_rate_limits.window_ends_at'), '>=', ours);
            return {
              hits: eb
                .case()
                .when(current)
                .then(eb(eb.ref('keylink_rate_limits.hits'), '+', 1))
                .else(1)
                .end(),
              window_ends_at: eb
                .case()
                .when(current)
                .then(eb.ref('keylink_rate_limits.window_ends_at'))
                .else(ours)
                .end(),
            };
          }),
        )
        .returning(['hits', 'window_ends_at'])
        .executeTakeFirstOrThrow();
      await purge(at);
      if (row.hits <= rule.limit) return { allowed: true };
      const waitMs = Date.parse(row.window_ends_at) - at.getTime();
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
