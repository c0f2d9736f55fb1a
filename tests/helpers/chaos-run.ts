import type { Order } from '../../src-shared/domain';
import { unreachable } from '../../src-shared/errors';
import type { IssueCommand, OrderDetail } from '../../src-shared/features/orders';
import type { ChaosStation } from './chaos-fleet';
import { type RestartableHub, readWarehouse } from './chaos-hub';
import { type ChaosPlan, type FaultEvent, inputOf } from './chaos-plan';
import type { CutMode } from './chaos-proxy';

/** A command a station queued: `commands.issue` answered its id. */
export type IssuedCommand = {
  readonly station: number;
  readonly round: number;
  readonly input: IssueCommand;
  readonly commandId: string;
  /** The station's link or the hub was down when it was issued. */
  readonly isOffline: boolean;
};

/** A command the station refused itself (`conflict`): nothing may have been queued for it. */
export type RefusedCommand = {
  readonly station: number;
  readonly round: number;
  readonly input: IssueCommand;
  readonly message: string;
};

/** Everything the run did, for the checks and the summary. */
export type ChaosRunLog = {
  readonly issued: IssuedCommand[];
  readonly refused: RefusedCommand[];
  readonly cuts: { readonly station: number; readonly mode: CutMode; readonly round: number }[];
  readonly hubStops: number[];
  readonly stationRestarts: { readonly station: number; readonly round: number }[];
  /** Stock read from the hub while the run went on, and every row seen with negative availability. */
  stockSamples: number;
  readonly negativeStockSeen: string[];
};

export type ChaosRunOptions = {
  /** Least time a round takes: a person's pace, and room for outages to be seen by the stations. */
  readonly roundMs: number;
  /** Read stock from the hub every this many rounds. */
  readonly sampleEvery: number;
};

/**
 * Runs the plan round by round: the round's faults first (cuts and heals at once, hub stops and
 * starts in the background so stations keep working while the hub is away), then each station's
 * steps through its bridge, all stations at the same time. At the end every link is healed and the
 * hub is up.
 */
export async function runChaos(
  plan: ChaosPlan,
  stations: readonly ChaosStation[],
  hub: RestartableHub,
  options: ChaosRunOptions,
): Promise<ChaosRunLog> {
  const log: ChaosRunLog = {
    issued: [],
    refused: [],
    cuts: [],
    hubStops: [],
    stationRestarts: [],
    stockSamples: 0,
    negativeStockSeen: [],
  };
  const holdIds = new Map<string, string>();
  const hubWork: Promise<void>[] = [];
  let isHubDown = false;

  async function applyFault(fault: FaultEvent, round: number): Promise<void> {
    switch (fault.kind) {
      case 'cut':
        log.cuts.push({ station: fault.station, mode: fault.mode, round });
        return stationAt(stations, fault.station).proxy.cut(fault.mode);
      case 'heal':
        return stationAt(stations, fault.station).proxy.heal();
      case 'stationRestart': {
        const station = stationAt(stations, fault.station);
        log.stationRestarts.push({ station: fault.station, round });
        await station.core.restart();
        await station.proxy.heal();
        // A restart signs everyone out; the same person signs in again (the hub is up mid-run).
        await station.core.call('auth.signIn', { username: station.spec.username, password: 'packline' });
        return;
      }
      case 'hubStop': {
        log.hubStops.push(round);
        isHubDown = true;
        return inBackground(hub.stop());
      }
      case 'hubStart':
        return inBackground(hub.start().then(() => void (isHubDown = false)));
      default:
        return unreachable(fault);
    }
  }

  function inBackground(work: Promise<void>): void {
    // Awaited at the end; the catch only keeps a failure from counting as unhandled meanwhile.
    work.catch(() => undefined);
    hubWork.push(work);
  }

  async function runSteps(index: number, round: number): Promise<void> {
    const station = stationAt(stations, index);
    for (const step of plan.rounds[round]?.steps[index] ?? []) {
      const input = inputOf(step, holdIds);
      const isOffline = isHubDown || station.proxy.cutMode() !== null;
      const answer = await station.core.dispatch('commands.issue', input);
      if (answer.ok) {
        // The bridge checked the answer against the channel's output schema.
        const { commandId } = answer.value as { commandId: string };
        log.issued.push({ station: index, round, input, commandId, isOffline });
        if (step.kind === 'command' && step.holdKey !== undefined) holdIds.set(step.holdKey, commandId);
      } else if (answer.error.code === 'conflict') {
        log.refused.push({ station: index, round, input, message: answer.error.message });
      } else {
        throw new Error(`${station.spec.name} commands.issue: ${answer.error.code}: ${answer.error.message}`);
      }
    }
  }

  async function sampleStock(): Promise<void> {
    const byWarehouse = new Map(stations.map((station) => [station.warehouseId, station]));
    for (const station of byWarehouse.values()) {
      try {
        const { stock } = await readWarehouse(hub.url, station.credentials);
        log.stockSamples += 1;
        for (const row of stock) {
          if (row.onHand - row.reserved < 0 || row.reserved < 0) {
            log.negativeStockSeen.push(`${row.skuId}: on hand ${row.onHand}, reserved ${row.reserved}`);
          }
        }
      } catch {
        // The hub went down under the read: this sample is skipped, the next one counts.
      }
    }
  }

  for (const [round, planned] of plan.rounds.entries()) {
    const startedAt = performance.now();
    for (const fault of planned.faults) await applyFault(fault, round);
    await Promise.all(stations.map((_, index) => runSteps(index, round)));
    if (round % options.sampleEvery === 0 && !isHubDown) await sampleStock();
    const rest = options.roundMs - (performance.now() - startedAt);
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  }
  await Promise.all(hubWork);
  await hub.start();
  await Promise.all(stations.map((station) => station.proxy.heal()));
  await sampleStock();
  return log;
}

/**
 * Waits until every station pushed everything and pulled everything, then asks each to sync once
 * more and waits again: the second round starts after the hub's last change, so when it is idle
 * the station has seen everything the hub holds.
 */
export async function waitForQuiescence(stations: readonly ChaosStation[], timeoutMs: number): Promise<void> {
  await Promise.all(
    stations.map(async (station) => {
      await station.core.waitForSync({ state: 'idle', pendingCommands: 0 }, timeoutMs);
      await station.core.call('sync.now');
      await station.core.waitForSync({ state: 'idle', pendingCommands: 0 }, timeoutMs);
    }),
  );
}

/**
 * The station's orders as its screens show them (`orders.get`, the optimistic view) for the given
 * ids, and how many orders its list counts in all.
 */
export async function readStationOrders(
  station: ChaosStation,
  orderIds: readonly string[],
): Promise<{ orders: Map<string, Order | null>; listTotal: number }> {
  const orders = new Map<string, Order | null>();
  const queue = [...orderIds];
  const worker = async () => {
    for (let orderId = queue.shift(); orderId !== undefined; orderId = queue.shift()) {
      const detail = await station.core.call<OrderDetail | null>('orders.get', { orderId });
      orders.set(orderId, detail?.order ?? null);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const { total } = await station.core.call<{ total: number }>('orders.list', { limit: 1 });
  return { orders, listTotal: total };
}

function stationAt(stations: readonly ChaosStation[], index: number): ChaosStation {
  const station = stations[index];
  if (station === undefined) throw new Error(`no station ${index}`);
  return station;
}
