import type { RetryOptions } from './options';

export type RetryPolicy = Required<RetryOptions>;

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 8000,
};

/**
 * How long to wait before retry number `retry` (1 for the first): Lattice's `Retry-After` when it
 * sent one, else exponential backoff with "equal jitter" (half fixed, half random), so that many
 * clients rate-limited together do not come back in lockstep.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  retry: number,
  retryAfterSeconds: number | undefined,
  random: () => number,
): number {
  if (retryAfterSeconds !== undefined) return retryAfterSeconds * 1000;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/**
 * The longest `Retry-After` believed: a day. Past that the header is nonsense (10^20 s has been
 * seen from a misbehaving proxy), and any deadline ends long before anyway.
 */
export const maxRetryAfterSeconds = 86_400;

/**
 * `Retry-After` as whole seconds, at most a day: delta-seconds or an HTTP date ([I]: Lattice does
 * not document it). Anything unreadable counts as absent.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  const seconds = /^\d+$/.test(trimmed)
    ? Number(trimmed)
    : Math.ceil((Date.parse(trimmed) - now) / 1000);
  if (Number.isNaN(seconds)) return undefined;
  return Math.min(maxRetryAfterSeconds, Math.max(0, seconds));
}

/** A real-timer sleep that rejects with the signal's reason when aborted. */
export function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
