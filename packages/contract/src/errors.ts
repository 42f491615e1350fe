import { z } from 'zod/mini';
import { AccountSummary } from './identity';

/**
 * Every error code Keylink's API can answer with. Stable: hosts and the widget switch on them.
 * The widget has a message for each; add one here and the widget's catalogue must follow.
 */
export const errorCodes = [
  // the request itself
  'invalid_request',
  'payload_too_large',
  // a body that is not application/json, or a body sent to an operation that takes none
  'unsupported_media_type',
  'unauthorized',
  'not_found',
  // a known path called with a method it does not have (the answer's Allow header lists them)
  'method_not_allowed',
  'conflict',
  'idempotency_conflict',
  // the connect session
  'session_expired',
  'session_used',
  'session_not_verified',
  'too_many_attempts',
  // Keylink's own limits (too many requests from this caller): wait retryAfterSeconds
  'rate_limited',
  // the provider (Lattice), as seen through the connector
  'invalid_credentials',
  'insufficient_permissions',
  // the key is refused everywhere: the provider has not turned its API on for this company
  'api_not_enabled',
  'provider_rate_limited',
  'provider_unavailable',
  'provider_timeout',
  'provider_bad_response',
  // a linked account whose key stopped working
  'account_needs_reconnect',
  // a key of another provider tenant (another company) than the account being reconnected
  'account_mismatch',
  // this Keylink instance is shutting down: send the request again
  'service_unavailable',
  // anything else: a bug of ours, never a provider's fault
  'internal_error',
] as const;

export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The body of every non-2xx answer: `{ error: { code, message, … } }`. */
export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    /** A sentence a person can act on. Never contains a credential. */
    message: z.string(),
    /** With `rate_limited`, `provider_rate_limited` and `too_many_attempts`: when trying again makes sense. */
    retryAfterSeconds: z.optional(z.number().check(z.int(), z.nonnegative())),
    /** With `invalid_request`: which fields were wrong and why. */
    issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
    /** With `account_mismatch`: the account the key was refused for, to name it to the person. */
    account: z.optional(AccountSummary),
    /** Echoes the request id from the logs, for support. */
    requestId: z.optional(z.string()),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Error codes a connector may raise when talking to its provider. */
export const connectorErrorCodes = [
  // the caller's request to the connector (e.g. a cursor it did not hand out)
  'invalid_request',
  'invalid_credentials',
  'insufficient_permissions',
  'api_not_enabled',
  'not_found',
  'provider_rate_limited',
  'provider_unavailable',
  'provider_timeout',
  'provider_bad_response',
] as const satisfies readonly ErrorCode[];
export type ConnectorErrorCode = (typeof connectorErrorCodes)[number];

/**
 * What a connector throws when its provider says no or misbehaves. The message is written for
 * the person linking the account and must never contain the credential.
 *
 * @example
 * throw new ConnectorError('invalid_credentials', 'Lattice did not accept this API key. Generate a new one and paste it again.');
 */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  readonly code: ConnectorErrorCode;
  readonly retryAfterSeconds: number | undefined;
  /** The provider's HTTP status, when there was one. */
  readonly status: number | undefined;

  constructor(
    code: ConnectorErrorCode,
    message: string,
    options: { retryAfterSeconds?: number; status?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.status = options.status;
  }
}

export function isConnectorError(value: unknown): value is ConnectorError {
  return value instanceof ConnectorError;
}
