/**
 * A random id for one confirm intent. `crypto.randomUUID` needs a secure context; outside one
 * (a plain-http intranet host), random bytes make an equivalent id.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
