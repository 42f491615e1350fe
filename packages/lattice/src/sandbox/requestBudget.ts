/**
 * How many API requests one key may make: `burst` at once, then `perSecond` more each second (a
 * token bucket). Lattice publishes no limit, so this is the sandbox's choice ([I]).
 */
export interface RequestBudget {
  /** Requests a key may make back to back before it is slowed down. A whole number, 1 or more. */
  burst: number;
  /** Requests a second the bucket refills at. More than 0. */
  perSecond: number;
}

/**
 * The default: a minute's worth of requests at 10 a second in one burst. A 10,000-person preview
 * (100 pages of `status=NULL`, or about 400 when read status by status) plus the key checks runs
 * at full speed inside the burst, so one person's flows never meet it; a client that loops
 * without backing off is answered 429 within a minute.
 */
export const defaultRequestBudget: RequestBudget = Object.freeze({ burst: 600, perSecond: 10 });

/** The `tightBudget` scenario key's budget: a verify passes, a walk of a few pages has to wait. */
export const tightRequestBudget: RequestBudget = Object.freeze({ burst: 3, perSecond: 1 });

const maxBurst = 1_000_000;
const maxPerSecond = 1_000_000;

/** Why a budget cannot be used, or undefined when it can. */
export function requestBudgetProblem(budget: RequestBudget): string | undefined {
  const { burst, perSecond } = budget;
  if (!Number.isInteger(burst) || burst < 1 || burst > maxBurst) {
    return `the request budget's burst must be a whole number from 1 to ${maxBurst}, not ${burst}.`;
  }
  if (!Number.isFinite(perSecond) || perSecond <= 0 || perSecond > maxPerSecond) {
    return `the request budget's perSecond must be more than 0 and at most ${maxPerSecond}, not ${perSecond}.`;
  }
  return undefined;
}

/**
 * `<burst>:<perSecond>` (`600:10`, `5:0.5`) or `off`, as the command and
 * LATTICE_SANDBOX_REQUEST_BUDGET take it; a message when it is neither.
 */
export function parseRequestBudget(text: string): RequestBudget | false | string {
  if (text.trim().toLowerCase() === 'off') return false;
  const match = /^(\d{1,7}):(\d{1,7}(?:\.\d{1,6})?)$/.exec(text.trim());
  const budget = match && { burst: Number(match[1]), perSecond: Number(match[2]) };
  const problem = budget ? requestBudgetProblem(budget) : 'it is not <burst>:<perSecond>.';
  if (budget && problem === undefined) return budget;
  return `the request budget must be <burst>:<perSecond> (e.g. 600:10) or off, not "${text}": ${problem}`;
}

/** A spent budget: how long until the next request would be taken. */
export interface BudgetRefusal {
  /** Whole seconds, at least 1: what `Retry-After` says. */
  retryAfterSeconds: number;
}

export interface RequestBudgets {
  /** Takes one request from the key's bucket; a refusal when the bucket is empty (nothing taken). */
  take(key: string, budget: RequestBudget): BudgetRefusal | undefined;
}

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date, in the clock's milliseconds. */
  at: number;
}

/**
 * One token bucket per key, on the given clock: a key starts with `burst` tokens, each request
 * takes one, and tokens come back at `perSecond` up to `burst`. A refused request takes none, so
 * a client that waits `Retry-After` finds a token there.
 *
 * @example
 * const budgets = createRequestBudgets(Date.now);
 * const refused = budgets.take(key, { burst: 600, perSecond: 10 });
 * if (refused) return tooManyRequests(refused.retryAfterSeconds);
 */
export function createRequestBudgets(now: () => number): RequestBudgets {
  const buckets = new Map<string, Bucket>();
  return {
    take(key, { burst, perSecond }) {
      const at = now();
      const bucket = buckets.get(key) ?? { tokens: burst, at };
      // A clock that goes back (a test resetting its fake time) refills nothing, takes nothing.
      const elapsedMs = Math.max(0, at - bucket.at);
      bucket.tokens = Math.min(burst, bucket.tokens + (elapsedMs * perSecond) / 1000);
      bucket.at = at;
      buckets.set(key, bucket);
      // The epsilon forgives float dust: waiting exactly Retry-After must always be enough.
      if (bucket.tokens >= 1 - 1e-9) {
        bucket.tokens = Math.max(0, bucket.tokens - 1);
        return undefined;
      }
      return { retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
    },
  };
}
