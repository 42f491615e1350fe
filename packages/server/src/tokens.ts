import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random id with a readable prefix (`ses_…`, `acc_…`): 128 bits, base64url. */
export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(16).toString('base64url')}`;
}

/** A session token: 256 random bits. Only its hash is stored. */
export function generateSessionToken(): string {
  return `kls_${randomBytes(32).toString('base64url')}`;
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/**
 * Compares two secrets in constant time. Hashing first makes the lengths equal, so neither the
 * content nor the length of the expected value leaks through timing.
 */
export function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(
    createHash('sha256').update(a, 'utf8').digest(),
    createHash('sha256').update(b, 'utf8').digest(),
  );
}
