import type { DemoRandom } from './random';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ULID (the id format the hub and stations make) whose time part is `timeMs` and whose 80 random
 * bits come from `random`, so demo ids look like real ones yet repeat for the same seed.
 */
export function makeDemoUlid(timeMs: number, random: DemoRandom): string {
  let time = '';
  let rest = timeMs;
  for (let i = 0; i < 10; i++) {
    time = crockford.charAt(rest % 32) + time;
    rest = Math.floor(rest / 32);
  }
  let tail = '';
  // Four draws of 20 bits each (four characters) make the 80 random bits.
  for (let draw = 0; draw < 4; draw++) {
    const bits = random.uint32();
    tail +=
      crockford.charAt(bits & 31) +
      crockford.charAt((bits >>> 5) & 31) +
      crockford.charAt((bits >>> 10) & 31) +
      crockford.charAt((bits >>> 15) & 31);
  }
  return time + tail;
}
