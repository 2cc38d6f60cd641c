/**
 * A small seeded random source for the synthetic data set.
 *
 * Why not Math.random: the same `--seed` must give the same data on any
 * machine and in any run (benchmarks compare like with like, a failing
 * test can be replayed). Why mulberry32: four lines, 32 bits of state, fast
 * and evenly spread enough for picking names and statuses; this is not
 * cryptography. Ids come from a second stream so that changing how many
 * choices the content makes does not shift every id.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

export class Random {
  private readonly next: () => number;
  private readonly ids: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
    this.ids = mulberry32(seed ^ 0x5eed_1d5);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `count` distinct items (all of them when there are fewer), in a random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, n);
  }

  /** A version-4-shaped UUID from the id stream: the same seed gives the same ids. */
  uuid(): string {
    const a = (this.ids() * 2 ** 32) >>> 0;
    const b = (this.ids() * 2 ** 32) >>> 0;
    const c = (this.ids() * 2 ** 32) >>> 0;
    const d = (this.ids() * 2 ** 32) >>> 0;
    const variant = ((c >>> 16) & 0x3fff) | 0x8000;
    return `${hex(a, 8)}-${hex(b >>> 16, 4)}-${hex(0x4000 | (b & 0x0fff), 4)}-${hex(variant, 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`;
  }
}
