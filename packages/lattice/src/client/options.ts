import type { LatticeRegion } from '../regions';

/** The shape of the global `fetch`, so the sandbox's in-memory fetch can be injected. */
export type FetchFunction = (
  input: string | URL | Request,
  init?: RequestInit,
) => Promise<Response>;

/** Waits `ms`, rejecting early when `signal` aborts. */
export type SleepFunction = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface RetryOptions {
  /** Attempts in all, the first included. @default 3 */
  maxAttempts?: number;
  /** Delay before the first retry; doubles each time, with jitter. @default 500 */
  baseDelayMs?: number;
  /** Upper bound of a backoff delay (a longer `Retry-After` is still honoured). @default 8000 */
  maxDelayMs?: number;
}

export interface LatticeClientOptions {
  /** The Lattice API key. Sent only as `Authorization: Bearer …`, never logged or echoed. */
  apiKey: string;
  /** Which Lattice host to call. @default 'us' */
  region?: LatticeRegion;
  /** Replaces the region's host (the sandbox, tests). */
  baseUrl?: string;
  /** @default globalThis.fetch */
  fetch?: FetchFunction;
  /** Per attempt. @default 10000 */
  timeoutMs?: number;
  /** Per call, retries and waits included, unless the call passes its own `deadlineAt`. @default 30000 */
  deadlineMs?: number;
  /**
   * The largest answer read, in bytes; a larger one fails as `malformed_response`.
   * @default 5242880 (5 MB)
   */
  maxResponseBytes?: number;
  retry?: RetryOptions;
  /** @default a real timer */
  sleep?: SleepFunction;
  /** In [0, 1), for backoff jitter. @default Math.random */
  random?: () => number;
  /** Epoch milliseconds, for deadlines. @default Date.now */
  now?: () => number;
  /** Aborts every call of this client. */
  signal?: AbortSignal;
}

/** Per-call options of every client method. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Epoch ms (on the client's `now` clock) after which no attempt or wait starts. */
  deadlineAt?: number;
}
