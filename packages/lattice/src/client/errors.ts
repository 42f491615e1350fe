/** What went wrong talking to Lattice. Each kind has its own advice for the person waiting. */
export type LatticeErrorKind =
  | 'invalid_credentials'
  | 'forbidden'
  | 'not_found'
  | 'bad_request'
  | 'rate_limited'
  | 'server_error'
  | 'unexpected_status'
  | 'timeout'
  | 'network'
  | 'malformed_response'
  | 'aborted';

/** Kinds worth another attempt of an idempotent GET: the same request may well succeed later. */
const retryableKinds: ReadonlySet<LatticeErrorKind> = new Set([
  'rate_limited',
  'server_error',
  'network',
]);

/**
 * A failed Lattice call. The message is written for a person and never contains the API key
 * (the key only ever travels in the Authorization header, which no error reads).
 *
 * @example
 * try {
 *   await client.me();
 * } catch (error) {
 *   if (isLatticeError(error) && error.kind === 'rate_limited') wait(error.retryAfterSeconds);
 * }
 */
export class LatticeError extends Error {
  override readonly name = 'LatticeError';
  readonly kind: LatticeErrorKind;
  /** Lattice's HTTP status, when it answered. */
  readonly status: number | undefined;
  /** From `Retry-After` on a 429, in whole seconds, when Lattice sent it. */
  readonly retryAfterSeconds: number | undefined;
  /** The request, as `GET /v1/users` (no query string, no host). */
  readonly request: string;

  constructor(
    kind: LatticeErrorKind,
    message: string,
    details: { request: string; status?: number; retryAfterSeconds?: number; cause?: unknown },
  ) {
    super(message, { cause: details.cause });
    this.kind = kind;
    this.request = details.request;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }

  /** True when retrying the same GET may succeed (429, 5xx, network failure). */
  get retryable(): boolean {
    return retryableKinds.has(this.kind);
  }
}

/**
 * Narrows a caught value to a LatticeError.
 *
 * @example
 * catch (error) { if (isLatticeError(error) && error.kind === 'not_found') return null; throw error; }
 */
export function isLatticeError(value: unknown): value is LatticeError {
  return value instanceof LatticeError;
}

const keyAdvice =
  'Check that the whole key was pasted, with all of its dashes, and that the region matches your Lattice account; if it still fails, generate a new key in Lattice (Settings → Platform → API Keys).';

/** Keeps Lattice's own error text short and on one line before it goes into a message. */
function quote(detail: string | undefined): string {
  if (detail === undefined || detail.trim() === '') return '';
  const oneLine = detail.replace(/\s+/g, ' ').trim();
  return ` Lattice said: "${oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine}".`;
}

/** The typed error for a non-2xx answer. `detail` is the `error` field of Lattice's body, if any. */
export function errorForStatus(
  status: number,
  request: string,
  detail: string | undefined,
  retryAfterSeconds: number | undefined,
): LatticeError {
  const base = { request, status };
  if (status === 401) {
    return new LatticeError(
      'invalid_credentials',
      `Lattice did not accept this API key (it may be mistyped, revoked or for another region). ${keyAdvice}`,
      base,
    );
  }
  if (status === 403) {
    return new LatticeError(
      'forbidden',
      `Lattice accepted the API key but refused ${request}: the key lacks access. Ask a Lattice super admin to generate the key, and make sure Lattice has enabled API access for your company.`,
      base,
    );
  }
  if (status === 404) {
    return new LatticeError(
      'not_found',
      `Lattice has nothing at ${request}; it may have been deleted or be outside this key's reach.${quote(detail)}`,
      base,
    );
  }
  if (status === 429) {
    const when =
      retryAfterSeconds === undefined
        ? 'Wait a minute and try again.'
        : `Try again in ${retryAfterSeconds} s.`;
    return new LatticeError('rate_limited', `Lattice is rate-limiting requests. ${when}`, {
      ...base,
      retryAfterSeconds,
    });
  }
  if (status >= 500) {
    return new LatticeError(
      'server_error',
      `Lattice answered ${request} with a server error (${status}). This is on Lattice's side: try again in a few minutes.${quote(detail)}`,
      base,
    );
  }
  if (status === 400 || status === 422) {
    return new LatticeError(
      'bad_request',
      `Lattice refused ${request} as invalid (${status}); if you passed a cursor, start again without it.${quote(detail)}`,
      base,
    );
  }
  return new LatticeError(
    'unexpected_status',
    `Lattice answered ${request} with an unexpected status ${status}. Try again later; if it persists, contact support.`,
    base,
  );
}

export function timeoutError(request: string, timeoutMs: number): LatticeError {
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  return new LatticeError(
    'timeout',
    `Lattice did not answer ${request} within ${seconds} s. Lattice may be slow right now: try again in a few minutes.`,
    { request },
  );
}

export function networkError(request: string, cause: unknown): LatticeError {
  return new LatticeError(
    'network',
    `Could not reach Lattice for ${request} (the connection failed). Check the server's network access and try again.`,
    { request, cause },
  );
}

export function abortedError(request: string, cause: unknown): LatticeError {
  return new LatticeError('aborted', `The call to Lattice (${request}) was cancelled.`, {
    request,
    cause,
  });
}

export function malformedResponseError(request: string, problem: string): LatticeError {
  return new LatticeError(
    'malformed_response',
    `Lattice answered ${request} with something Keylink cannot read (${problem}). Try again later; if it persists, contact support.`,
    { request },
  );
}

/** An answer larger than the client's cap: not what Lattice documents, so never retried. */
export function oversizedResponseError(request: string, maxBytes: number): LatticeError {
  const megabytes = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return new LatticeError(
    'malformed_response',
    `Lattice sent an unexpectedly large answer to ${request} (over ${megabytes} MB), so Keylink stopped reading it. Try again later; if it persists, contact support.`,
    { request },
  );
}
