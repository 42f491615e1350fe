import { pino } from 'pino';
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
