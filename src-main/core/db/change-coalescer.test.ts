import { describe, expect, it } from 'vitest';
import { createManualClock } from '../clock/testing/manual-clock';
import { createChangeCoalescer, dbChangedTiming } from './change-coalescer';

function setup() {
  const clock = createManualClock(0);
  const emitted: { key: string; at: number }[] = [];
  const coalescer = createChangeCoalescer(clock, dbChangedTiming, (key) =>
    emitted.push({ key, at: clock.now() }),
  );
  return { clock, emitted, coalescer };
}

describe('change coalescer', () => {
  it('emits once, 100 ms after the last change of a short burst', () => {
    const { clock, emitted, coalescer } = setup();
    coalescer.signal('orders');
    clock.advance(30);
    coalescer.signal('orders');
    clock.advance(30);
    coalescer.signal('orders');
    clock.advance(500);
    expect(emitted).toEqual([{ key: 'orders', at: 160 }]);
  });

  it('emits at most every 250 ms under a constant stream', () => {
    const { clock, emitted, coalescer } = setup();
    for (let t = 0; t < 1000; t += 10) {
      coalescer.signal('orders');
      clock.advance(10);
    }
    clock.advance(500);
    expect(emitted.map((e) => e.at)).toEqual([250, 500, 750, 1000]);
  });

  it('keeps collections apart', () => {
    const { clock, emitted, coalescer } = setup();
    coalescer.signal('orders');
    clock.advance(50);
    coalescer.signal('orders');
    coalescer.signal('skus');
    clock.advance(500);
    expect(emitted).toEqual([
      { key: 'orders', at: 150 },
      { key: 'skus', at: 150 },
    ]);
  });

  it('emits nothing after dispose', () => {
    const { clock, emitted, coalescer } = setup();
    coalescer.signal('orders');
    coalescer.dispose();
    coalescer.signal('orders');
    clock.advance(1000);
    expect({ emitted, timers: clock.pendingDelays() }).toEqual({ emitted: [], timers: [] });
  });
});
