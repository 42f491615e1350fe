import { isConnectorError } from '@keylink/contract';
import type { ConnectorError, Connector, Credentials } from '@keylink/contract';
import { fromConnectorError, HttpError } from './http/HttpError';
import { scrubConnectorError, scrubError } from './scrub';

/** How the server makes one call to a provider (see callProvider). */
export interface ProviderCall {
  /** The connector called; its name goes in the timeout message. */
  connector: Connector;
  /** The credentials the call sends: blanked from anything it throws. */
  credentials: Credentials;
  /** The caller's own stop (the client went away, the walk lost its lease, closing). */
  signal: AbortSignal;
  /** The server's deadline for the whole call; without one, the connector's own deadlines hold. */
  deadlineMs?: number;
  /** When to try again, said after the deadline passed. @default 'Try again shortly.' */
  retryHint?: string;
  /**
   * Called when the provider refuses the credentials (`invalid_credentials`, scrubbed), to
   * record it: what it returns is thrown instead of the refusal.
   */
  onRejectedCredentials?: (refusal: ConnectorError) => Promise<HttpError>;
}

/**
 * Every call the server makes to a provider goes through here: connector call → deadline → map
 * the error → scrub. Runs `run` with a signal that ends at the deadline or the caller's stop.
 * Throws an HttpError for every answer worth giving (the provider's typed failure with its
 * message scrubbed of the credentials, `provider_timeout` at the deadline, or an HttpError `run`
 * threw itself), and anything else (a bug) as a copy scrubbed of the credentials.
 *
 * @example
 * const outcome = await callProvider(
 *   { connector, credentials, signal: request.signal, deadlineMs: 15_000 },
 *   (signal) => connector.verify({ credentials, region, signal }),
 * );
 */
export async function callProvider<T>(
  call: ProviderCall,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const deadline = call.deadlineMs === undefined ? undefined : AbortSignal.timeout(call.deadlineMs);
  const signal = deadline === undefined ? call.signal : AbortSignal.any([deadline, call.signal]);
  try {
    return await run(signal);
  } catch (error) {
    if (error instanceof HttpError) throw error;
    if (isConnectorError(error)) {
      const safe = scrubConnectorError(error, call.credentials);
      if (safe.code === 'invalid_credentials' && call.onRejectedCredentials !== undefined) {
        throw await call.onRejectedCredentials(safe);
      }
      throw fromConnectorError(safe);
    }
    if (deadline?.aborted === true) {
      throw new HttpError(
        'provider_timeout',
        `${call.connector.descriptor.name} did not answer in time. ${call.retryHint ?? 'Try again shortly.'}`,
      );
    }
    throw scrubError(error, call.credentials);
  }
}
