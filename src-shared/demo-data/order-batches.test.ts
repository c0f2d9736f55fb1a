import { describe, expect, it } from 'vitest';
import { generateDemoData, generateOrderBatches } from './index';

const now = '2025-12-02T08:00:00.000Z';

describe('generateOrderBatches', () => {
  it('streams the same orders as the whole data set, whatever the batch size', () => {
    const options = { seed: 99, now, skus: 300, orders: 2_500 };
    const batches = [...generateOrderBatches({ ...options, batchSize: 700 })];
    expect(batches.map((batch) => batch.length)).toEqual([700, 700, 700, 400]);
    expect(batches.flat()).toEqual(generateDemoData(options).orders);
  });

  // The heaviest test here: a generous timeout so a busy machine does not fail it.
  it('keeps (platform, order number) and order ids unique over 100,000 orders', { timeout: 30_000 }, () => {
    const platformKeys = new Set<string>();
    const ids = new Set<string>();
    let count = 0;
    for (const batch of generateOrderBatches({ seed: 5, now, orders: 100_000, batchSize: 5_000 })) {
      for (const order of batch) {
        platformKeys.add(`${order.platform}|${order.platformOrderNo}`);
        ids.add(order.id);
        count++;
      }
    }
    expect([count, platformKeys.size, ids.size]).toEqual([100_000, 100_000, 100_000]);
  });

  it('checks its options when called, before the first batch', () => {
    expect(() => generateOrderBatches({ seed: 1, now, batchSize: 0 })).toThrow(/batchSize/);
  });

  it('yields nothing for zero orders', () => {
    expect([...generateOrderBatches({ seed: 1, now, orders: 0 })]).toEqual([]);
  });
});
