import type { ErrorCode } from './errors';

/**
 * The HTTP status Keylink answers with for each error code. Hosts may switch on the code alone;
 * the status is here so the server, its OpenAPI document and clients agree.
 */
export const errorStatus = {
  invalid_request: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthorized: 401,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  idempotency_conflict: 409,
  session_expired: 410,
  session_used: 409,
  session_not_verified: 409,
  too_many_attempts: 429,
  rate_limited: 429,
  invalid_credentials: 422,
  insufficient_permissions: 422,
  api_not_enabled: 422,
  provider_rate_limited: 429,
  provider_unavailable: 502,
  provider_timeout: 504,
  provider_bad_response: 502,
  account_needs_reconnect: 409,
  account_mismatch: 409,
  service_unavailable: 503,
  internal_error: 500,
} as const satisfies Record<ErrorCode, number>;

export type ErrorStatus = (typeof errorStatus)[ErrorCode];
