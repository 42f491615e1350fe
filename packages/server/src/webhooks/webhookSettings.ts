/** Where and how account events are delivered (createKeylinkServer's `webhooks` option). */
export interface WebhookOptions {
  /** The host's endpoint, http(s). Every account event is POSTed to it. */
  url: string;
  /** The signing secret shared with the receiver: `whsec_` + base64 of 24–64 random bytes. */
  secret: string;
  /** One delivery's deadline; no answer by then counts as a failure. @default 10000 */
  timeoutMs?: number;
  /** How often this instance looks for due deliveries (it is also nudged by its own events). @default 1000 */
  pollIntervalMs?: number;
  /** Deliveries in flight at once from this instance. @default 8 */
  concurrency?: number;
  /** The fetch that delivers (tests). @default globalThis.fetch */
  fetch?: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
}

/**
 * Seconds to wait after each failed attempt before the next: the first retry within 10 s, then
 * minutes to hours, 8 attempts over about 27.6 hours, after which the delivery is marked failed
 * (the event stays readable from GET /v1/events).
 */
export const webhookRetryDelaysSeconds: readonly number[] = Object.freeze([
  5, 300, 1800, 7200, 18_000, 36_000, 36_000,
]);

export interface WebhookSettings {
  url: string;
  secret: string;
  timeoutMs: number;
  pollIntervalMs: number;
  concurrency: number;
  /** How long a claimed delivery stays this instance's: the timeout and a margin. */
  leaseMs: number;
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
}

const secretShape = /^whsec_([A-Za-z0-9+/]+={0,2})$/;

/** Checks the options and fills the defaults; throws a message saying what to fix. */
export function webhookSettingsOf(options: WebhookOptions): WebhookSettings {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new Error(`The webhook URL "${options.url}" is not a URL: give an http(s) address.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`The webhook URL must be http(s), not ${url.protocol}`);
  }
  const secret = secretShape.exec(options.secret.trim());
  const bytes = secret?.[1] === undefined ? 0 : Buffer.from(secret[1], 'base64').length;
  if (bytes < 24 || bytes > 64) {
    throw new Error(
      'The webhook secret must be whsec_ followed by base64 of 24–64 random bytes (Standard Webhooks), e.g. `echo whsec_$(openssl rand -base64 32)`.',
    );
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    url: url.href,
    secret: options.secret.trim(),
    timeoutMs,
    pollIntervalMs: options.pollIntervalMs ?? 1000,
    concurrency: options.concurrency ?? 8,
    leaseMs: timeoutMs + 20_000,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
}
