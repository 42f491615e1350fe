import { abortReason, sleep as realSleep, waitForAbort } from './abortable';
import { companySummaries } from './companies';
import { createSandboxApp } from './createSandboxApp';
import type { LatticeSandboxOptions, SandboxSettings } from './sandboxOptions';
import { behaviourOf } from './scenarioBehaviours';

export interface LatticeSandbox {
  /** Same shape as global fetch, so it can be injected into the client as its fetch. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** The seeded companies; their people are generated the first time a key reads them. */
  readonly companies: readonly { id: string; name: string; userCount: number }[];
}

// Paths without an origin (`sandbox.fetch('/v1/me')`) are read against this one.
const defaultOrigin = 'http://lattice-sandbox.local';

function toRequest(input: string | URL | Request, init?: RequestInit): Request {
  if (input instanceof Request) return init === undefined ? input : new Request(input, init);
  return new Request(new URL(input, defaultOrigin), init);
}

function settingsOf(options: LatticeSandboxOptions): SandboxSettings {
  const quirks = options.quirks ?? {};
  return {
    latencyMs: options.latencyMs ?? 0,
    slowLatencyMs: options.slowLatencyMs ?? 3000,
    rateLimitRetryAfterSeconds: options.rateLimitRetryAfterSeconds ?? 20,
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
  };
}

/**
 * A fake of Lattice's public API, in memory: seeded companies behind scenario keys
 * (`sandboxKeys`), answering as Lattice does, through a fetch-shaped function.
 *
 * @example
 * const sandbox = createLatticeSandbox({ latencyMs: 50 });
 * const res = await sandbox.fetch('https://api.latticehq.com/v1/users?limit=100', {
 *   headers: { Authorization: `Bearer ${sandboxKeys.midCompanyAdmin}` },
 * });
 * // or: createLatticeClient({ apiKey, baseUrl: 'https://lattice.test', fetch: sandbox.fetch })
 */
export function createLatticeSandbox(options: LatticeSandboxOptions = {}): LatticeSandbox {
  const settings = settingsOf(options);
  const app = createSandboxApp(settings);
  return {
    companies: companySummaries(),
    // An arrow function, so `fetch: sandbox.fetch` works detached from the object.
    fetch: async (input, init) => {
      const request = toRequest(input, init);
      const { signal } = request;
      if (signal.aborted) throw abortReason(signal);
      const behaviour = behaviourOf(request);
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
