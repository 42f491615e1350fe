import type { Credentials } from '@keylink/contract';

/**
 * A copy of an unexpected error with every credential value blanked from its message and stack.
 * Connectors promise never to put a key in a ConnectorError, but a bug's plain Error (or a
 * library's) might; this is what gets logged instead.
 */
export function scrubError(error: unknown, credentials: Credentials): Error {
  const secrets = Object.values(credentials).filter((value) => value.length >= 4);
  const scrub = (text: string) =>
    secrets.reduce((result, secret) => result.split(secret).join('[redacted]'), text);
  const source = error instanceof Error ? error : new Error(String(error));
  const copy = new Error(scrub(source.message));
  copy.name = source.name;
  copy.stack = scrub(source.stack ?? '');
  return copy;
}
