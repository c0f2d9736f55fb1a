import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command, CommandResult } from '../../src-shared/domain';
import type { Hub } from '../../src-hub/create-hub';
import { type HubPlace, hubEngines } from '../helpers/hub-engines';
import {
  commandFrom,
  pullAll,
  push,
  registerStation,
  signIn,
  type TestStation,
} from '../helpers/sync-client';
import { startSyncHub, type TestClock } from '../helpers/sync-hub';
import { openStream } from '../helpers/sync-stream-reader';

describe.each(hubEngines)('hub sync across a restart on $name', (engine) => {
  let place: HubPlace;
  let hub: Hub | null = null;
  const clock: TestClock = { now: Date.parse('2026-12-02T08:30:00.000Z') };
  let bench: TestStation;
  let batch: Command[];
  let firstResults: CommandResult[];
  let orderId: string;

  beforeAll(async () => {
    place = await engine.prepare();
  });

  afterAll(async () => {
    await hub?.close();
    await place?.dispose();
  });

  it('stops at once even while a station listens to its change stream', async () => {
    hub = await startSyncHub(place, clock);
    const packer = await signIn(hub.url, 'packer');
    bench = await registerStation(hub.url, packer, 'PACK-01');
    const order = (await pullAll(hub.url, bench, 'orders')).documents.find((o) => o.status === 'allocated')!;
    orderId = order.id;
    batch = [
      commandFrom(bench, packer.userId, 'item.scanned', { orderId, skuId: order.lines[0]!.skuId, qty: 1 }),
      commandFrom(bench, packer.userId, 'order.cancelled', { orderId, reason: 'not allowed for a packer' }),
    ];
    firstResults = await push(hub.url, bench, batch);
    const stream = await openStream(hub.url, bench);

    // A close that waited for the open stream would run into the test timeout.
    await hub.close();
    await stream.ended;
    hub = null;

    expect(firstResults.map((result) => [result.status, result.code])).toEqual([
      ['accepted', undefined],
      ['rejected', 'forbidden_role'],
    ]);
  });

  it('answers a batch replayed after the restart with its stored results and applies nothing again', async () => {
    clock.now += 60_000;
    hub = await startSyncHub(place, clock);

    const replayed = await push(hub.url, bench, batch);

    expect(hub.demoLoad).toEqual({
      isLoaded: false,
      reason: 'the hub already has data or no demo warehouses',
    });
    expect(replayed).toEqual(firstResults);
    const order = (await pullAll(hub.url, bench, 'orders')).documents.find((o) => o.id === orderId);
    expect(order?.lines[0]?.scannedQty).toBe(1);
    expect(order?.appliedCommandIds).toEqual([batch[0]!.id]);
  });
});
