/**
 * A seeded random source. The same seed and stream give the same numbers on every machine and
 * engine, which `Math.random` cannot promise; that is what makes demo data and benchmarks repeatable.
 */
export type DemoRandom = {
  /** A float in [0, 1). */
  readonly next: () => number;
  /** An integer in [0, 2³²). */
  readonly uint32: () => number;
  /** An integer in [min, max], both ends included. */
  readonly int: (min: number, max: number) => number;
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean;
  /** One element, uniformly. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** `count` random decimal digits (leading zeros kept). */
  readonly digits: (count: number) => string;
};

/**
 * Creates the random source for one seed and one named stream. Separate streams (catalogue,
 * stock, orders) keep one part's output stable when another part draws more or fewer numbers.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's small fast counting generator, 128-bit state,
 * passes PractRand), seeded through splitmix32 so that nearby seeds give unrelated sequences.
 */
export function createDemoRandom(seed: number, stream: string): DemoRandom {
  let mix = (Math.trunc(seed) ^ hashText(stream)) >>> 0;
  const nextMix = (): number => {
    mix = (mix + 0x9e3779b9) >>> 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  // The seed may be wider than 32 bits: fold its high part into the second word.
  let a = nextMix();
  let b = (nextMix() ^ Math.trunc(seed / 0x1_0000_0000)) | 0;
  let c = nextMix();
  let d = nextMix();

  function uint32(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  // sfc32's first outputs still echo the seed words; its author advises discarding a few.
  for (let i = 0; i < 12; i++) uint32();

  const next = (): number => uint32() / 0x1_0000_0000;
  return {
    next,
    uint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => itemAt(items, Math.floor(next() * items.length)),
    digits: (count) => {
      let text = '';
      while (text.length < count) {
        text += Math.floor(next() * 1e9)
          .toString()
          .padStart(9, '0');
      }
      return text.slice(0, count);
    },
  };
}

/**
 * A picker that chooses among `entries` in proportion to their weights, in O(log n) per pick, so
 * skewed choices (popular SKUs, busy platforms) stay cheap over hundreds of thousands of draws.
 */
export function createWeightedPicker<T>(
  entries: readonly (readonly [T, number])[],
): (random: DemoRandom) => T {
  const items = entries.map(([item]) => item);
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, weight], index) => {
    total += weight;
    cumulative[index] = total;
  });
  if (items.length === 0 || !(total > 0))
    throw new RangeError('a weighted pick needs a positive total weight');
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? total) > target) high = middle;
      else low = middle + 1;
    }
    return itemAt(items, low);
  };
}

/** Shuffles a copy of `items` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: DemoRandom): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const held = itemAt(copy, i);
    copy[i] = itemAt(copy, j);
    copy[j] = held;
  }
  return copy;
}

/** The element at `index`; the tables here hold no `undefined`, so a miss is a bug worth a throw. */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`no item at ${index} of ${items.length}`);
  return item;
}

// FNV-1a: turns a stream name into 32 bits to mix into the seed.
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
