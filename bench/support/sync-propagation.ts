// `propagation_p95_ms`: a person holds an order at station A; how long until station B shows the
// hold (its `orders.get` lists it) and until B's screens are told (`db.changed` for orders). Both
// stations are real station cores in their own processes on loopback. Baseline, the protocol's
// floor: the same hold pushed over plain HTTP, the other client waiting on its change stream and
// then pulling orders from its checkpoint — no RxDB, no SQLite, no bridge.
import { dbChangedEventSchema } from '../../src-shared/db';
import type { OrderDetail } from '../../src-shared/features/orders';
import type { SyncCheckpoint } from '../../src-shared/hub-api';
import { openStream, type StreamReader } from '../../tests/helpers/sync-stream-reader';
import {
  commandFrom,
  pullAll,
  push,
  registerStation,
  type SignedIn,
  signIn,
  type TestStation,
} from '../../tests/helpers/sync-client';
import {
  type BenchStation,
  isCaughtUp,
  nextEvent,
  startBenchStation,
  waitForHubLink,
  waitUntil,
} from './sync-station';

/** Samples run before the measured ones (connections, JIT, prepared plans). */
const warmUpSamples = 5;

/** Milliseconds per sample, in the order they were taken. */
export type PropagationResult = {
  /** A's `commands.issue` until B's `orders.get` shows the hold. */
  readonly visible: readonly number[];
  /** A's `commands.issue` until B's `db.changed` for orders arrived. */
  readonly dbChanged: readonly number[];
  /** HTTP push until the other client pulled the hold after its change signal. */
  readonly floor: readonly number[];
};

/**
 * Measures on the hub at `hubUrl` with the supervisor, whose stations land in the first warehouse
 * by code; each sample holds an order not held before.
 */
export async function measurePropagation(
  hubUrl: string,
  samples: number,
  floorSamples: number,
): Promise<PropagationResult> {
  const supervisor = await signIn(hubUrl, 'supervisor');
  const sender = await registerStation(hubUrl, supervisor, 'BENCH-FLOOR-A');
  const receiver = await registerStation(hubUrl, supervisor, 'BENCH-FLOOR-B');
  const pulled = await pullAll(hubUrl, receiver, 'orders');
  const orderIds = pulled.documents.map((order) => order.id);
  const needed = 2 * warmUpSamples + samples + floorSamples;
  if (orderIds.length < needed) throw new Error(`${orderIds.length} orders to hold; ${needed} needed`);

  const floor = await measureFloor(hubUrl, supervisor, sender, receiver, {
    checkpoint: pulled.checkpoint,
    orderIds: orderIds.slice(0, warmUpSamples + floorSamples),
  });
  const stations = await measureStations(hubUrl, orderIds.slice(warmUpSamples + floorSamples), samples);
  return { ...stations, floor };
}

async function measureStations(
  hubUrl: string,
  orderIds: readonly string[],
  samples: number,
): Promise<Omit<PropagationResult, 'floor'>> {
  const [a, b] = await Promise.all([
    startBenchStation('desk-a', hubUrl),
    startBenchStation('desk-b', hubUrl),
  ]);
  try {
    await Promise.all([signInAndCatchUp(a), signInAndCatchUp(b)]);
    const visible: number[] = [];
    const dbChanged: number[] = [];
    for (const [index, orderId] of orderIds.slice(0, warmUpSamples + samples).entries()) {
      const sample = await holdAndWatch(a, b, orderId);
      if (index < warmUpSamples) continue;
      visible.push(sample.visibleMs);
      dbChanged.push(sample.dbChangedMs);
    }
    return { visible, dbChanged };
  } finally {
    await Promise.all([a.dispose(), b.dispose()]);
  }
}

async function signInAndCatchUp(station: BenchStation): Promise<void> {
  await waitForHubLink(station);
  const caughtUp = nextEvent(station, isCaughtUp, 60_000);
  await station.call('auth.signIn', { username: 'supervisor', password: 'packline' });
  await caughtUp;
}

/**
 * One sample: hold at A, then ask B for the order every few milliseconds until the hold is there.
 * The next sample starts only after B's `db.changed` for it arrived, so a late signal of one
 * sample is never taken for the next one's.
 */
async function holdAndWatch(
  a: BenchStation,
  b: BenchStation,
  orderId: string,
): Promise<{ visibleMs: number; dbChangedMs: number }> {
  const changed = nextEvent(b, (event) => isOrdersChanged(event.name, event.payload), 10_000);
  const started = performance.now();
  const { commandId } = await a.call<{ commandId: string }>('commands.issue', {
    type: 'order.held',
    payload: { orderId, reason: 'manual', note: 'bench' },
  });
  await waitUntil(
    `the hold on ${b.name}`,
    async () => {
      const detail = await b.call<OrderDetail | null>('orders.get', { orderId });
      return detail?.order.holds.some((hold) => hold.id === commandId) ?? false;
    },
    { intervalMs: 5, timeoutMs: 10_000 },
  );
  const visibleMs = performance.now() - started;
  const event = await changed;
  return { visibleMs, dbChangedMs: event.at - started };
}

function isOrdersChanged(name: string, payload: unknown): boolean {
  return name === 'db.changed' && dbChangedEventSchema.safeParse(payload).data?.collection === 'orders';
}

/** The protocol alone: HTTP push, change signal, HTTP pull from the receiver's checkpoint. */
async function measureFloor(
  hubUrl: string,
  person: SignedIn,
  sender: TestStation,
  receiver: TestStation,
  start: { checkpoint: SyncCheckpoint | null; orderIds: readonly string[] },
): Promise<number[]> {
  const stream = await openStream(hubUrl, receiver);
  let checkpoint = start.checkpoint;
  const samples: number[] = [];
  try {
    for (const [index, orderId] of start.orderIds.entries()) {
      const started = performance.now();
      const command = commandFrom(sender, person.userId, 'order.held', {
        orderId,
        reason: 'manual',
        note: 'bench',
      });
      const signalled = ordersSignal(stream);
      await push(hubUrl, sender, [command]);
      await signalled;
      const page = await pullAll(hubUrl, receiver, 'orders', checkpoint);
      if (!page.documents.some((order) => order.holds.some((hold) => hold.id === command.id))) {
        throw new Error(`the pull after the change signal lacks hold ${command.id}`);
      }
      checkpoint = page.checkpoint;
      if (index >= warmUpSamples) samples.push(performance.now() - started);
    }
    return samples;
  } finally {
    await stream.close();
  }
}

/** Resolves at the next change signal that names orders. */
async function ordersSignal(stream: StreamReader): Promise<void> {
  for (let seen = stream.signals.length; ; seen += 1) {
    await stream.signalCount(seen + 1);
    if (stream.signals[seen]?.collections.includes('orders')) return;
  }
}
