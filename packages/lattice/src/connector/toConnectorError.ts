import { ConnectorError, isConnectorError } from '@keylink/contract';
import type { ConnectorErrorCode } from '@keylink/contract';
import { isLatticeError } from '../client/errors';
import type { LatticeErrorKind } from '../client/errors';

const codeByKind: Readonly<Record<LatticeErrorKind, ConnectorErrorCode>> = {
  invalid_credentials: 'invalid_credentials',
  forbidden: 'insufficient_permissions',
  not_found: 'not_found',
  bad_request: 'provider_bad_response',
  rate_limited: 'provider_rate_limited',
  server_error: 'provider_unavailable',
  unexpected_status: 'provider_unavailable',
  network: 'provider_unavailable',
  timeout: 'provider_timeout',
  aborted: 'provider_timeout',
  malformed_response: 'provider_bad_response',
};

/**
 * The contract's ConnectorError for anything a Lattice call threw. The client's messages are
 * already written for a person, so they are kept; anything unknown is a bug of ours and rethrown.
 */
export function toConnectorError(error: unknown, message?: string): ConnectorError {
  if (isConnectorError(error)) return error;
  if (!isLatticeError(error)) throw error;
  const retryAfterSeconds =
    error.retryAfterSeconds === undefined ? undefined : Math.ceil(error.retryAfterSeconds);
  return new ConnectorError(codeByKind[error.kind], message ?? error.message, {
    retryAfterSeconds,
    status: error.status,
    cause: error,
  });
}
