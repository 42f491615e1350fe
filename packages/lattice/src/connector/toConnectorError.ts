import { ConnectorError, isConnectorError, scrubProviderText } from '@keylink/contract';
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

/** The longest message a connector error carries: room for advice and a short quote of Lattice. */
export const maxErrorMessageLength = 600;

/**
 * The connector's one way out for errors: every ConnectorError it throws passes here, so its
 * message is scrubbed of the credential (Lattice's own text, or a proxy's, is quoted in it and may
 * echo the key) and capped. The Lattice error is not kept as the cause: its text is what this scrubs.
 */
export function safeConnectorError(
  code: ConnectorErrorCode,
  message: string,
  secrets: readonly string[],
  details: { retryAfterSeconds?: number; status?: number } = {},
): ConnectorError {
  return new ConnectorError(
    code,
    scrubProviderText(message, secrets, maxErrorMessageLength),
    details,
  );
}

/**
 * The contract's ConnectorError for anything a Lattice call threw, scrubbed of `secrets`. The
 * client's messages are already written for a person, so they are kept; anything unknown is a
 * bug of ours and rethrown.
 */
export function toConnectorError(
  error: unknown,
  secrets: readonly string[],
  message?: string,
): ConnectorError {
  if (isConnectorError(error)) {
    return safeConnectorError(error.code, error.message, secrets, {
      retryAfterSeconds: error.retryAfterSeconds,
      status: error.status,
    });
  }
  if (!isLatticeError(error)) throw error;
  const retryAfterSeconds =
    error.retryAfterSeconds === undefined ? undefined : Math.ceil(error.retryAfterSeconds);
  return safeConnectorError(codeByKind[error.kind], message ?? error.message, secrets, {
    retryAfterSeconds,
    status: error.status,
  });
}
