import type { Platform } from '../domain';
import type { DemoRandom } from './random';

/** The platforms demo orders come from. */
export const demoPlatforms = ['taobao', 'jd', 'pinduoduo', 'douyin'] as const satisfies readonly Platform[];

/** One of {@link demoPlatforms}. */
export type DemoPlatform = (typeof demoPlatforms)[number];

/** The most orders one platform can get in one generation before its order numbers could repeat. */
export const maxOrdersPerPlatform = 10_000_000;

const shanghaiOffsetMs = 8 * 3_600_000;

/**
 * Makes platform order numbers in each platform's own shape: Taobao 18–19 digits, JD 12 digits,
 * Pinduoduo `YYMMDD-` and 15 digits (the buyer's date in China), Douyin 19 digits. Each ends in a
 * scrambled per-platform serial, so (platform, number) is unique by construction, not by luck.
 */
export function createOrderNumbers(random: DemoRandom): (platform: DemoPlatform, paidAtMs: number) => string {
  const counters = new Map<DemoPlatform, number>();
  const dates = createShanghaiDates();
  const keys = new Map(
    demoPlatforms.map((platform) => [
      platform,
      [random.uint32(), random.uint32(), random.uint32(), random.uint32()],
    ]),
  );
  return (platform, paidAtMs) => {
    const serial = counters.get(platform) ?? 0;
    if (serial >= maxOrdersPerPlatform)
      throw new RangeError(`more than ${maxOrdersPerPlatform} ${platform} orders`);
    counters.set(platform, serial + 1);
    const scrambled = String(permuteSerial(serial, keys.get(platform) ?? [])).padStart(7, '0');
    switch (platform) {
      case 'taobao':
        return `${random.int(1, 4)}${random.digits(random.chance(0.7) ? 11 : 10)}${scrambled}`;
      case 'jd':
        return `3${random.digits(4)}${scrambled}`;
      case 'pinduoduo':
        return `${dates.of(paidAtMs)}-${random.digits(8)}${scrambled}`;
      case 'douyin':
        return `${random.int(4, 6)}${random.digits(11)}${scrambled}`;
    }
  };
}

/**
 * A keyed permutation of 0 … 10⁷−1: four rounds of a Feistel network on a three-digit and a
 * four-digit half (their lengths swap each round). Each round is invertible, so distinct serials
 * give distinct results, and unlike k·m + c the digits show no step pattern from order to order.
 */
function permuteSerial(serial: number, keys: readonly number[]): number {
  let left = Math.floor(serial / 10_000);
  let right = serial % 10_000;
  for (let round = 0; round < 4; round++) {
    let mixed = Math.imul(right ^ (keys[round] ?? 0), 0x9e3779b1);
    mixed = Math.imul(mixed ^ (mixed >>> 15), 0x85ebca6b);
    const modulus = round % 2 === 0 ? 1_000 : 10_000;
    const next = (left + ((mixed ^ (mixed >>> 13)) >>> 0)) % modulus;
    left = right;
    right = next;
  }
  return left * 10_000 + right;
}

/**
 * `YYMMDD` of an instant in China. China keeps one zone without daylight saving, so a fixed +8 h
 * gives the buyer's calendar date; orders arrive in time order, so the last day is cached.
 */
function createShanghaiDates(): { of: (ms: number) => string } {
  let cachedDay = Number.NaN;
  let cachedText = '';
  return {
    of(ms) {
      const day = Math.floor((ms + shanghaiOffsetMs) / 86_400_000);
      if (day !== cachedDay) {
        cachedDay = day;
        cachedText = new Date(day * 86_400_000).toISOString().slice(2, 10).replaceAll('-', '');
      }
      return cachedText;
    },
  };
}
