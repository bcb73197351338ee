/** A seeded pseudo-random source: numbers in [0, 1), the same sequence for the same seed. */
export type Random = () => number;

/** mulberry32: small, fast and good enough for synthetic data (not for anything secret). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a text (FNV-1a), e.g. to derive a stable value from an id. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A whole number in [min, max], both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A normally distributed number (Box–Muller), mean 0 and standard deviation 1. */
export function randomNormal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A list with at least one item. */
export type NonEmpty<T> = readonly [T, ...T[]];

/** An item drawn with probability proportional to its weight. */
export function pickWeighted<T>(
  random: Random,
  items: NonEmpty<T>,
  weightOf: (item: T) => number,
): T {
  const total = items.reduce((sum, item) => sum + weightOf(item), 0);
  let target = random() * total;
  let chosen = items[0];
  for (const item of items) {
    chosen = item;
    target -= weightOf(item);
    if (target < 0) break;
  }
  return chosen;
}

/** An item drawn uniformly. */
export function pick<T>(random: Random, items: NonEmpty<T>): T {
  return items[Math.floor(random() * items.length)] ?? items[0];
}
