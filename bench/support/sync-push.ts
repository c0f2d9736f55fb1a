// `push_commands_per_s_<engine>`: one station pushing commands over HTTP in batches, as its push
// replication does, every command doing real work: it holds an order, or releases the hold it put
// on that order in an earlier batch. Baseline: the same batches pushed again — every id is known,
// so the hub answers stored results (HTTP, validation, the command-log lookup, no apply).
import type { Command, CommandResult } from '../../src-shared/domain';
import { commandFrom, pullAll, push, registerStation, signIn } from '../../tests/helpers/sync-client';

/** Batches pushed before timing starts (connections, JIT, prepared plans). */
const warmUpBatches = 2;

/** What pushing took. */
export type PushResult = {
  readonly commands: number;
  readonly batchSize: number;
  readonly applyMs: number;
  readonly replayMs: number;
};

/**
 * Registers a supervisor's station on the hub at `hubUrl`, builds `batches` batches of
 * `batchSize` commands over the orders it pulls (one command per order per batch), and pushes
 * them one batch at a time, then again.
 */
export async function measurePush(
  hubUrl: string,
  stationId: string,
  { batchSize, batches }: { readonly batchSize: number; readonly batches: number },
): Promise<PushResult> {
  const supervisor = await signIn(hubUrl, 'supervisor');
  const station = await registerStation(hubUrl, supervisor, stationId);
  const { documents } = await pullAll(hubUrl, station, 'orders');
  const orderIds = documents
    .filter((order) => order.status !== 'shipped' && order.status !== 'cancelled')
    .map((order) => order.id);
  if (orderIds.length < batchSize) throw new Error(`${orderIds.length} orders to hold; ${batchSize} needed`);

  // The hold each order carries from this run, by order id: the next command on it releases it.
  const holdOf = new Map<string, string>();
  let next = 0;
  const makeBatch = (): Command[] =>
    Array.from({ length: batchSize }, () => {
      const orderId = orderIds[next++ % orderIds.length] ?? '';
      const holdId = holdOf.get(orderId);
      if (holdId !== undefined) {
        holdOf.delete(orderId);
        return commandFrom(station, supervisor.userId, 'order.released', { orderId, holdId });
      }
      const hold = commandFrom(station, supervisor.userId, 'order.held', {
        orderId,
        reason: 'manual',
        note: 'bench',
      });
      holdOf.set(orderId, hold.id);
      return hold;
    });
  // Built before timing: making commands is the station's work, not the push's.
  const warmUp = Array.from({ length: warmUpBatches }, makeBatch);
  const measured = Array.from({ length: batches }, makeBatch);

  for (const batch of warmUp) assertAccepted(await push(hubUrl, station, batch));
  const applyMs = await timePushes(hubUrl, station, measured);
  const replayMs = await timePushes(hubUrl, station, measured);
  return { commands: batches * batchSize, batchSize, applyMs, replayMs };
}

async function timePushes(
  hubUrl: string,
  station: Parameters<typeof push>[1],
  batches: readonly Command[][],
): Promise<number> {
  const started = performance.now();
  for (const batch of batches) assertAccepted(await push(hubUrl, station, batch));
  return performance.now() - started;
}

/** Every command must have done its work, or the rate describes rejections. */
function assertAccepted(results: readonly CommandResult[]): void {
  const rejected = results.find((result) => result.status !== 'accepted');
  if (rejected !== undefined) {
    throw new Error(`command ${rejected.commandId} was rejected: ${rejected.code}: ${rejected.message}`);
  }
}
