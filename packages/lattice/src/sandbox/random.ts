// A small seeded PRNG (mulberry32) so every company is the same in every run and process.
// Math.random is never used: two sandboxes, or two machines, must agree on every byte.

/** A 32-bit FNV-1a hash: turns a seed string into the PRNG's starting state. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

// Two hex digits per byte, computed once: ids are drawn 10,000 times for the large company.
const byteHex = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex(value: number): string {
  return (
    (byteHex[value >>> 24] ?? '') +
    (byteHex[(value >>> 16) & 0xff] ?? '') +
    (byteHex[(value >>> 8) & 0xff] ?? '') +
    (byteHex[value & 0xff] ?? '')
  );
}

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A version-4-looking UUID drawn from this stream. */
  uuid(): string;
}

export function createRandom(seed: string): Random {
  let state = hashString(seed);
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => nextUint32() / 4294967296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick() needs a non-empty list');
      return item;
    },
    uuid() {
      const a = hex(nextUint32());
      const b = hex(nextUint32());
      const c = hex(((nextUint32() & 0x3fffffff) | 0x80000000) >>> 0);
      const d = hex(nextUint32());
      return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
    },
  };
}
