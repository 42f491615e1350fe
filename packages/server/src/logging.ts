import { destination as sonicBoom, pino } from 'pino';
import type { DestinationStream, Logger } from 'pino';

/**
 * Paths pino blanks in every log line. Keylink never logs request bodies, but a caller's own
 * log calls (or an error's extra fields) must not leak a key or a token either.
 */
const redactedPaths = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  '*.authorization',
  'credentials',
  '*.credentials',
  'credential',
  '*.credential',
  'token',
  '*.token',
  'secretKey',
  '*.secretKey',
  'apiKey',
  '*.apiKey',
  'encryptionKey',
  '*.encryptionKey',
];

/**
 * Standard output written in batches, for the `keylink-server` command: a line waits until 4 kB
 * are pending or 100 ms have passed, so a busy server makes one write of many lines instead of one
 * write each (five lines a link flow). Pino flushes what is pending, synchronously, when the
 * process exits (process.exit, as the command does on SIGTERM and SIGINT, or an uncaught error);
 * only a process killed outright (SIGKILL) loses its last 100 ms of lines.
 */
export function bufferedStdout(): DestinationStream {
  return sonicBoom({ dest: 1, sync: false, minLength: 4096, periodicFlush: 100 });
}

/**
 * A JSON logger (pino) with Keylink's redaction. Pass a destination to capture lines.
 *
 * @example
 * const logger = createLogger({ level: 'info' });
 */
export function createLogger(
  options: { level?: string; destination?: DestinationStream } = {},
): Logger {
  const settings = {
    level: options.level ?? 'info',
    base: { service: 'keylink-server' },
    redact: { paths: redactedPaths, censor: '[redacted]' },
  };
  return options.destination === undefined ? pino(settings) : pino(settings, options.destination);
}
