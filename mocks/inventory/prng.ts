/**
 * A small seeded pseudo-random generator (mulberry32) with the helpers the
 * inventory generators need. Deterministic for a seed on every platform, and
 * fast enough to draw a few dozen numbers for each of 100,000 VMs.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A version-4-looking UUID built from the stream (oVirt, OpenStack and KubeVirt ids look like this). */
  uuid(): string;
  /** Lower-case hex string of the given length. */
  hex(length: number): string;
}

const VARIANTS = ['8', '9', 'a', 'b'];
const HEX_BYTES: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  // Byte-table hex: toString(16)+padStart was the generator's hottest path.
  const hex = (length: number): string => {
    let out = '';
    for (let i = 0; i < length; i += 2) out += HEX_BYTES[(next() * 256) | 0];
    return out.length === length ? out : out.slice(0, length);
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (items) => {
      let total = 0;
      for (const [, w] of items) total += w;
      let r = next() * total;
      for (const [value, w] of items) {
        r -= w;
        if (r < 0) return value;
      }
      return items[items.length - 1][0];
    },
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${VARIANTS[(next() * 4) | 0]}${hex(3)}-${hex(12)}`,
    hex,
  };
}

/** FNV-1a over a string: turns names, URLs and ids into seeds. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Combines a world seed with a string into a new seed. */
export function deriveSeed(seed: number, label: string): number {
  return hashString(label, (hashString(String(seed)) ^ 0x9e3779b9) >>> 0);
}
