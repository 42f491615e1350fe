import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM with versioned keys. A ciphertext reads `v1.<keyId>.<iv>.<tag>.<data>` (base64url
 * parts); keyId is derived from the key itself (first 8 bytes of its SHA-256, hex), so it stays
 * the same whatever order keys are listed in, and rotation never renumbers anything.
 */
export interface Encryption {
  /** Id of the newest key: the one that encrypts. */
  readonly currentKeyId: string;
  /** Encrypts text, bound to `context` (e.g. the row id) as additional authenticated data. */
  encrypt(plaintext: string, context: string): string;
  /** Decrypts with whichever configured key made it; throws when none did or it was tampered. */
  decrypt(ciphertext: string, context: string): string;
  /** The key id a ciphertext was made with. */
  keyIdOf(ciphertext: string): string;
}

const FORMAT = 'v1';

/** Parses a base64 key (32 bytes), saying what is wrong when it is not one. */
export function parseEncryptionKey(base64: string, name = 'KEYLINK_ENCRYPTION_KEY'): Buffer {
  const trimmed = base64.trim();
  const bytes = Buffer.from(trimmed, 'base64');
  if (bytes.length !== 32 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    throw new Error(
      `${name} must be 32 random bytes in base64 (e.g. the output of \`openssl rand -base64 32\`).`,
    );
  }
  return bytes;
}

/**
 * A fresh random key, base64: what `openssl rand -base64 32` prints.
 *
 * @example
 * const encryption = createEncryption([generateEncryptionKey()]);
 */
export function generateEncryptionKey(): string {
  return randomBytes(32).toString('base64');
}

function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/**
 * Builds the encryption from base64 keys, newest first: the first encrypts, all of them decrypt.
 *
 * @example
 * const encryption = createEncryption([process.env.KEYLINK_ENCRYPTION_KEY!]);
 * const stored = encryption.encrypt('secret', 'acc_1');
 * encryption.decrypt(stored, 'acc_1'); // 'secret'
 */
export function createEncryption(keys: readonly string[]): Encryption {
  const [newest] = keys;
  if (newest === undefined) throw new Error('At least one encryption key is needed.');
  const byId = new Map<string, Buffer>();
  for (const [index, base64] of keys.entries()) {
    const key = parseEncryptionKey(
      base64,
      index === 0 ? 'KEYLINK_ENCRYPTION_KEY' : 'KEYLINK_ENCRYPTION_KEYS_OLD',
    );
    byId.set(keyIdOf(key), key);
  }
  const currentKeyId = keyIdOf(parseEncryptionKey(newest));
  const currentKey = byId.get(currentKeyId);
  if (currentKey === undefined) throw new Error('The newest encryption key could not be read.');

  const split = (ciphertext: string) => {
    const parts = ciphertext.split('.');
    if (parts.length !== 5 || parts[0] !== FORMAT) {
      throw new Error('A stored credential is not in a format this server can read.');
    }
    const [, keyId = '', iv = '', tag = '', data = ''] = parts;
    return { keyId, iv, tag, data };
  };

  return {
    currentKeyId,
    encrypt(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', currentKey, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [FORMAT, currentKeyId, iv, tag, data]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    decrypt(ciphertext, context) {
      const { keyId, iv, tag, data } = split(ciphertext);
      const key = byId.get(keyId);
      if (key === undefined) {
        throw new Error(
          `A stored credential was encrypted with key ${keyId}, which is not configured: add it to KEYLINK_ENCRYPTION_KEYS_OLD.`,
        );
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(data, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
    keyIdOf: (ciphertext) => split(ciphertext).keyId,
  };
}
