import { sha256Hex } from './tokens';

/** One accepted secret key, with the id its rate limit is counted under (never the key itself). */
export interface SecretKeyEntry {
  key: string;
  id: string;
}

const howToMakeOne = 'Make one with `openssl rand -base64 32`.';

/** Shannon entropy of the key's characters, in bits for the whole key. */
function estimatedBits(key: string): number {
  const counts = new Map<string, number>();
  for (const character of key) counts.set(character, (counts.get(character) ?? 0) + 1);
  const length = [...key].length;
  let perCharacter = 0;
  for (const count of counts.values()) {
    const p = count / length;
    perCharacter -= p * Math.log2(p);
  }
  return perCharacter * length;
}

/** Whether most neighbours step by one ("abcdef…", "123456…", "zyxw…"): typed, not random. */
function isMostlySequential(key: string): boolean {
  const codes = [...key].map((character) => character.codePointAt(0) ?? 0);
  let steps = 0;
  for (let index = 1; index < codes.length; index += 1) {
    const step = (codes[index] ?? 0) - (codes[index - 1] ?? 0);
    if (step === 1 || step === -1 || step === 0) steps += 1;
  }
  return steps > codes.length / 2;
}

/**
 * Why a secret key is too weak for production, or undefined: at least 32 characters, and no
 * repeated or sequential filler (`aaaa…`, `abcd…`, a short word over and over). A random base64
 * key of 32 bytes has ~200 bits by this estimate; the floor is 128.
 */
export function secretKeyWeakness(key: string): string | undefined {
  if (key.length < 32) {
    return `it has ${key.length} characters; production needs at least 32 random ones. ${howToMakeOne}`;
  }
  if (estimatedBits(key) < 128 || isMostlySequential(key)) {
    return `it is long enough but not random (repeated or sequential characters). ${howToMakeOne}`;
  }
  return undefined;
}

/**
 * Checks the accepted secret keys (newest first; several during a rotation) and gives each the
 * id its limits are counted under. Always at least 16 characters; in production, strong ones.
 *
 * @example
 * const keys = checkSecretKeys(['k1…', 'k0…'], { production: true });
 */
export function checkSecretKeys(
  keys: string | readonly string[],
  options: { production: boolean },
): SecretKeyEntry[] {
  const list = typeof keys === 'string' ? [keys] : [...keys];
  if (list.length === 0) {
    throw new Error(`Keylink needs a secret key for its host routes. ${howToMakeOne}`);
  }
  return list.map((key, index) => {
    const which = list.length > 1 ? `Secret key ${index + 1} of ${list.length}` : 'The secret key';
    if (key.length < 16) {
      throw new Error(
        `${which} must be at least 16 characters (32 in production): generate a long random one. ${howToMakeOne}`,
      );
    }
    const weakness = options.production ? secretKeyWeakness(key) : undefined;
    if (weakness !== undefined) throw new Error(`${which} is too weak for production: ${weakness}`);
    return { key, id: sha256Hex(key).slice(0, 16) };
  });
}
