import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../src-shared/domain';
import { type StationStatus, stationListSchema, stationPaths } from '../../src-shared/hub-api';
import type { Hub } from '../../src-hub/create-hub';
import { createLogger } from '../../src-hub/logging';
import { callHub } from '../helpers/hub-client';
import { type HubPlace, hubEngines } from '../helpers/hub-engines';
import {
  commandFrom,
  pullAll,
  pullPage,
  push,
  registerStation,
  type SignedIn,
  signIn,
  type TestStation,
} from '../helpers/sync-client';
import { startSyncHub, type TestClock } from '../helpers/sync-hub';
import { openStream } from '../helpers/sync-stream-reader';

const startOfShift = Date.parse('2026-12-02T08:30:00.000Z');

describe.each(hubEngines)('hub change stream and station clocks on $name', (engine) => {
  let place: HubPlace;
  let hub: Hub;
  const clock: TestClock = { now: startOfShift };
  const logLines: { level: number; msg: string; stationId?: string; offsetMs?: number }[] = [];
  let packer: SignedIn;
  let admin: SignedIn;
  let bench: TestStation;
  let canton: TestStation;

  beforeAll(async () => {
    place = await engine.prepare();
    const logger = createLogger('test', {
      level: 'info',
      destination: {
        write: (line: string) => void logLines.push(JSON.parse(line) as (typeof logLines)[number]),
      },
    });
    hub = await startSyncHub(place, clock, { logger, streamHeartbeatMs: 100 });
    [packer, admin] = await Promise.all([signIn(hub.url, 'packer'), signIn(hub.url, 'admin')]);
    bench = await registerStation(hub.url, packer, 'PACK-01');
    canton = await registerStation(hub.url, admin, 'PACK-CAN');
  });

  afterAll(async () => {
    await hub?.close();
    await place?.dispose();
  });

  async function allocatedOrder(station: TestStation): Promise<Order> {
    const orders = (await pullAll(hub.url, station, 'orders')).documents;
    const order = orders.find((candidate) => candidate.status === 'allocated');
    if (order === undefined) throw new Error('no allocated order');
    return order;
  }

  async function scanFirstUnit(station: TestStation): Promise<void> {
    const order = await allocatedOrder(station);
    const results = await push(hub.url, station, [
      commandFrom(station, packer.userId, 'item.scanned', {
        orderId: order.id,
        skuId: order.lines[0]!.skuId,
        qty: 1,
      }),
    ]);
    expect(results[0]?.status).toBe('accepted');
  }

  it('signals a station once its push has committed, and only the stations it concerns', async () => {
    const benchStream = await openStream(hub.url, bench);
    const cantonStream = await openStream(hub.url, canton);
    try {
      await scanFirstUnit(bench);
      await benchStream.signalCount(1);
      // Canton's own push: its first signal must be about that push, not about the bench's.
      const cantonPacker = await signIn(hub.url, 'supervisor');
      const cantonOrder = await allocatedOrder(canton);
      await push(hub.url, canton, [
        commandFrom(canton, cantonPacker.userId, 'item.scanned', {
          orderId: cantonOrder.id,
          skuId: cantonOrder.lines[0]!.skuId,
          qty: 1,
        }),
      ]);
      await cantonStream.signalCount(1);
      // A signal meant for the bench would have reached Canton before its own; one heartbeat
      // later, anything still on the way has arrived.
      await cantonStream.commentCount(cantonStream.comments + 1);

      expect(benchStream.status).toBe(200);
      expect(benchStream.signals).toEqual([{ collections: ['orders', 'commandResults'] }]);
      expect(cantonStream.signals).toEqual([{ collections: ['orders', 'commandResults'] }]);
    } finally {
      await benchStream.close();
      await cantonStream.close();
    }
  });

  it('sends one signal for a whole batch of changes', async () => {
    const stream = await openStream(hub.url, bench);
    try {
      const [first, second] = (await pullAll(hub.url, bench, 'orders')).documents.filter(
        (order) => order.status === 'allocated',
      );
      const clerk = await signIn(hub.url, 'clerk');
      await push(
        hub.url,
        bench,
        [first!, second!].map((order) =>
          commandFrom(bench, clerk.userId, 'order.cancelled', { orderId: order.id, reason: 'test' }),
        ),
      );
      await stream.signalCount(1);
      await stream.commentCount(stream.comments + 1);

      expect(stream.signals).toEqual([{ collections: ['stock', 'orders', 'commandResults'] }]);
    } finally {
      await stream.close();
    }
  });

  it('keeps a quiet stream alive with heartbeat comments', async () => {
    const stream = await openStream(hub.url, canton);
    try {
      await stream.commentCount(2);

      expect(stream.signals).toEqual([]);
    } finally {
      await stream.close();
    }
  });

  it('records each station’s clock offset and alerts beyond 30 seconds', async () => {
    const stationTime = (offsetMs: number) => new Date(clock.now + offsetMs).toISOString();
    const directory = async (person: SignedIn) =>
      callHub(hub.url, stationPaths.list, { authorization: `Bearer ${person.token}` });
    const benchStatus = async (): Promise<StationStatus | undefined> =>
      stationListSchema
        .parse((await directory(admin)).body)
        .stations.find((station) => station.id === bench.id);

    clock.now += 60_000;
    await pullPage(hub.url, bench, 'skus', null, { stationTime: stationTime(45_000), limit: 1 });
    const alerted = await benchStatus();
    await pullPage(hub.url, bench, 'skus', null, { stationTime: stationTime(1_500), limit: 1 });
    const recovered = await benchStatus();
    // Within the write interval and no change of alert: not written again.
    await pullPage(hub.url, bench, 'skus', null, { stationTime: stationTime(2_000), limit: 1 });
    const unchanged = await benchStatus();
    clock.now += 10_000;
    await pullPage(hub.url, bench, 'skus', null, { stationTime: stationTime(-3_000), limit: 1 });
    const later = await benchStatus();

    expect(alerted).toEqual({
      id: 'PACK-01',
      name: 'Bench PACK-01',
      warehouseId: bench.warehouseId,
      warehouseName: '上海浦东仓',
      lastSeenAt: '2026-12-02T08:31:00.000Z',
      clockOffsetMs: 45_000,
      hasClockAlert: true,
      isConnected: false,
      revokedAt: null,
    });
    expect(recovered).toMatchObject({ clockOffsetMs: 1_500, hasClockAlert: false });
    expect(unchanged).toEqual(recovered);
    expect(later).toMatchObject({ lastSeenAt: '2026-12-02T08:31:10.000Z', clockOffsetMs: -3_000 });
    expect(logLines.filter((line) => line.stationId === 'PACK-01' && line.level >= 40)).toEqual([
      expect.objectContaining({
        level: 40,
        offsetMs: 45_000,
        msg: 'station clock is off by more than the alert threshold; check its time settings',
      }) as unknown,
    ]);
    expect(await directory(packer)).toEqual({
      status: 403,
      body: { code: 'forbidden', message: 'Only admins and supervisors may see the stations' },
    });
  });
});
