import { ConnectorError, redactSecrets, scrubProviderText } from '@keylink/contract';
import type { Credentials } from '@keylink/contract';

// The server's one place for scrubbing what comes back from a connector. Connectors promise
// never to put a key in an error, but a connector is provider code (and may quote its provider):
// whatever it says is scrubbed here before it is answered, stored with a preview or logged.

/** Longest message of a provider error the server passes on. */
const maxMessageLength = 600;
/** Longest wait the server passes on: a day (a provider's 10^20 s is nonsense, not a plan). */
const maxRetryAfterSeconds = 86_400;

const secretsOf = (credentials: Credentials) => Object.values(credentials);

/**
 * A connector's error made safe to answer, store and log: every credential value blanked from
 * its message, which is one line and capped; a retry hint a whole number of seconds, at most a day.
 */
export function scrubConnectorError(
  error: ConnectorError,
  credentials: Credentials,
): ConnectorError {
  const retry = error.retryAfterSeconds;
  return new ConnectorError(
    error.code,
    scrubProviderText(error.message, secretsOf(credentials), maxMessageLength),
    {
      status: error.status,
      retryAfterSeconds:
        retry === undefined || !Number.isFinite(retry)
          ? undefined
          : Math.min(maxRetryAfterSeconds, Math.max(0, Math.ceil(retry))),
    },
  );
}

/**
 * A copy of an unexpected error with every credential value blanked from its message and stack.
 * A bug's plain Error (or a library's) might quote a key; this is what gets logged instead.
 */
export function scrubError(error: unknown, credentials: Credentials): Error {
  const secrets = secretsOf(credentials);
  const source = error instanceof Error ? error : new Error(String(error));
  const copy = new Error(redactSecrets(source.message, secrets));
  copy.name = source.name;
  copy.stack = redactSecrets(source.stack ?? '', secrets);
  return copy;
}

/**
 * Provider data (plain JSON) with every NUL in its strings replaced by U+FFFD: Postgres refuses
 * NUL in text, and a provider's odd byte must not turn a link into a 500. Parse the result with
 * the contract's schema to get its type back.
 */
export function providerTextForStorage(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
    typeof item === 'string' ? item.replaceAll('\u0000', '\ufffd') : item,
  );
}
