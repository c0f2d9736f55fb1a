import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('starts at half a second, doubles, and stops at 30 s', () => {
    const top = (attempt: number) => backoffDelay(attempt, () => 0.999_999);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(top)).toEqual([
      500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('spreads each wait over the upper half of its step', () => {
    expect([0, 0.5].map((r) => backoffDelay(3, () => r))).toEqual([1000, 1500]);
    expect(backoffDelay(50, () => 0)).toBe(15_000);
  });
});
