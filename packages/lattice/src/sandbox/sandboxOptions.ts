import type { RequestBudget } from './requestBudget';

/** Behaviours seen in the wild, switched on for client tests. All off by default. */
export interface SandboxQuirks {
  /** Pages shorter than `limit` while `hasMore` is true. @default false */
  shortPages?: boolean;
  /** After the real last page: `hasMore` true, `data` [], a new cursor, once. @default false */
  emptyPageWithHasMore?: boolean;
  /** The same `endingCursor` returned on two consecutive pages (the first and second). @default false */
  repeatCursor?: boolean;
  /** The last page leaves `endingCursor` out instead of sending null. @default false */
  omitEndingCursor?: boolean;
  /** `url` fields as absolute URLs (the request's origin) instead of relative paths. @default false */
  absoluteUrls?: boolean;
  /** Unknown extra fields on every object, envelopes and references included. @default false */
  extraFields?: boolean;
}

export interface LatticeSandboxOptions {
  /** Added before every answer, for benchmarks and realistic demos. @default 0 */
  latencyMs?: number;
  /** Extra delay of every answer to the `slow` key, on top of latencyMs. @default 3000 */
  slowLatencyMs?: number;
  /** The `Retry-After` the `rateLimited` key gets, in seconds. @default 20 */
  rateLimitRetryAfterSeconds?: number;
  quirks?: SandboxQuirks;
  /**
   * Fault injection: called before routing (after the latency); a Response returned replaces
   * Lattice's answer, undefined lets the sandbox answer.
   */
  intercept?: (request: Request) => Response | undefined | Promise<Response | undefined>;
  /**
   * Each key's request budget (a token bucket): past it the API answers 429 with `Retry-After`.
   * `false` turns it off (benchmarks, which measure throughput). The `tightBudget` key keeps its
   * own small budget either way.
   * @default { burst: 600, perSecond: 10 }
   */
  requestBudget?: RequestBudget | false;
  /**
   * The clock, in milliseconds: it dates keys made at run time and refills request budgets.
   * @default Date.now
   */
  now?: () => number;
  /** Sleep used for latency; must honour the signal (abort → reject). @default a real timer */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** The options with every default filled in. */
export interface SandboxSettings {
  latencyMs: number;
  slowLatencyMs: number;
  rateLimitRetryAfterSeconds: number;
  requestBudget: RequestBudget | false;
  quirks: Required<SandboxQuirks>;
  intercept: LatticeSandboxOptions['intercept'];
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
}
