import { abortReason, sleep as realSleep, waitForAbort } from './abortable';
import { companySummaries } from './companies';
import type { CompanySummary } from './companies';
import { createConsoleApp } from './console/createConsoleApp';
import { createSandboxApp } from './createSandboxApp';
import { createKeyStore } from './keyStore';
import type { SandboxKeyStore } from './keyStore';
import type { LatticeSandboxOptions, SandboxSettings } from './sandboxOptions';
import { defaultRequestBudget, requestBudgetProblem } from './requestBudget';
import { resolveKey } from './scenarioBehaviours';

export interface LatticeSandbox {
  /** Same shape as global fetch, so it can be injected into the client as its fetch. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** The seeded companies; their people are generated the first time a key reads them. */
  readonly companies: readonly CompanySummary[];
  /**
   * Keys made at run time, as the console's API Keys page makes them: each carries the reach of
   * the person who made it, and revoking one makes the API answer 401 from the next request.
   */
  readonly keys: SandboxKeyStore;
}

/** The console (Lattice's web app) lives under /app; everything else is the public API. */
const isConsolePath = (pathname: string): boolean =>
  pathname === '/app' || pathname.startsWith('/app/');

// Paths without an origin (`sandbox.fetch('/v1/me')`) are read against this one.
const defaultOrigin = 'http://lattice-sandbox.local';

function toRequest(input: string | URL | Request, init?: RequestInit): Request {
  if (input instanceof Request) return init === undefined ? input : new Request(input, init);
  return new Request(new URL(input, defaultOrigin), init);
}

function settingsOf(options: LatticeSandboxOptions): SandboxSettings {
  const quirks = options.quirks ?? {};
  const requestBudget = options.requestBudget ?? defaultRequestBudget;
  const problem = requestBudget === false ? undefined : requestBudgetProblem(requestBudget);
  if (problem !== undefined) throw new RangeError(`createLatticeSandbox: ${problem}`);
  return {
    latencyMs: options.latencyMs ?? 0,
    slowLatencyMs: options.slowLatencyMs ?? 3000,
    rateLimitRetryAfterSeconds: options.rateLimitRetryAfterSeconds ?? 20,
    requestBudget: requestBudget === false ? false : { ...requestBudget },
    quirks: {
      shortPages: quirks.shortPages ?? false,
      emptyPageWithHasMore: quirks.emptyPageWithHasMore ?? false,
      repeatCursor: quirks.repeatCursor ?? false,
      omitEndingCursor: quirks.omitEndingCursor ?? false,
      absoluteUrls: quirks.absoluteUrls ?? false,
      extraFields: quirks.extraFields ?? false,
    },
    intercept: options.intercept,
    sleep: options.sleep ?? realSleep,
    now: options.now ?? Date.now,
  };
}

/**
 * A fake of Lattice's public API, in memory: seeded companies behind scenario keys
 * (`sandboxKeys`), answering as Lattice does, through a fetch-shaped function.
 *
 * @example
 * const sandbox = createLatticeSandbox({ latencyMs: 50, requestBudget: { burst: 600, perSecond: 10 } });
 * const res = await sandbox.fetch('https://api.latticehq.com/v1/users?limit=100', {
 *   headers: { Authorization: `Bearer ${sandboxKeys.midCompanyAdmin}` },
 * });
 * // or: createLatticeClient({ apiKey, baseUrl: 'https://lattice.test', fetch: sandbox.fetch })
 * const { id, key } = sandbox.keys.generate({ company: 'small' }); // works at once
 * sandbox.keys.revoke(id); // 401 from now on
 */
export function createLatticeSandbox(options: LatticeSandboxOptions = {}): LatticeSandbox {
  const settings = settingsOf(options);
  const keys = createKeyStore(settings.now);
  const app = createSandboxApp(settings, keys);
  const consoleApp = createConsoleApp({ keys });
  return {
    companies: companySummaries(),
    keys,
    // An arrow function, so `fetch: sandbox.fetch` works detached from the object.
    fetch: async (input, init) => {
      const request = toRequest(input, init);
      const { signal } = request;
      if (signal.aborted) throw abortReason(signal);
      // Lattice's web app is another host than its API: no API latency, faults or scenarios.
      if (isConsolePath(new URL(request.url).pathname)) return consoleApp.fetch(request);
      const { behaviour } = resolveKey(request, keys);
      const slow = behaviour.kind === 'company' && behaviour.slow;
      const delay = settings.latencyMs + (slow ? settings.slowLatencyMs : 0);
      if (delay > 0) {
        await settings.sleep(delay, signal);
        if (signal.aborted) throw abortReason(signal);
      }
      const intercepted = await settings.intercept?.(request);
      if (intercepted !== undefined) return intercepted;
      if (behaviour.kind === 'hang') return waitForAbort(signal);
      return app.fetch(request);
    },
  };
}
