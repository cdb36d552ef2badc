// A small seeded pseudo-random generator (mulberry32). Pure: the same seed always gives
// the same sequence; nothing here reads Math.random or the clock.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n); 0 when n <= 0. */
  int(n: number): number;
  /** A shuffled copy (Fisher–Yates); the input is not touched. */
  shuffle<T>(items: readonly T[]): T[];
  /** One element; throws on an empty array. */
  pick<T>(items: readonly T[]): T;
  /** Up to k distinct elements (by position), in random order. */
  sample<T>(items: readonly T[], k: number): T[];
}

/** 32-bit FNV-1a over UTF-16 units, then a final avalanche (murmur3 fmix32). */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  const text = parts.map(String).join('\u0000');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit state from any number: integers map directly (mod 2^32), anything else is hashed. */
function seedState(seed: number): number {
  if (Number.isSafeInteger(seed)) {
    const low = seed >>> 0;
    const high = Math.floor(seed / 0x100000000) >>> 0;
    return (low ^ Math.imul(high, 0x9e3779b1)) >>> 0;
  }
  return hashSeed(String(seed));
}

export function createRandom(seed: number): Random {
  let state = seedState(seed);

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (n: number): number => (n > 0 ? Math.floor(next() * Math.floor(n)) : 0);

  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  };

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick from an empty array');
    return items[int(items.length)] as T;
  };

  const sample = <T>(items: readonly T[], k: number): T[] => {
    const n = Math.max(0, Math.min(Math.floor(k), items.length));
    // Partial Fisher–Yates: only the first n positions are settled.
    const out = items.slice();
    for (let i = 0; i < n; i++) {
      const j = i + int(out.length - i);
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out.slice(0, n);
  };

  return { next, int, shuffle, pick, sample };
}

/** A generator for one named purpose, independent of how many numbers others have drawn. */
export function deriveRandom(seed: number, ...labels: (string | number)[]): Random {
  return createRandom(hashSeed(seedState(seed), ...labels));
}
