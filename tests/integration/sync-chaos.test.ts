import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandResult, Order } from '../../src-shared/domain';
import type { AttentionItem } from '../../src-shared/features/sync';
import {
  type ChaosStation,
  type ChaosStationSpec,
  disposeChaosFleet,
  startChaosFleet,
} from '../helpers/chaos-fleet';
import {
  auditCommandLog,
  type CommandLogAudit,
  type HubWarehouseState,
  type RestartableHub,
  readResults,
  readWarehouse,
  startRestartableHub,
} from '../helpers/chaos-hub';
import {
  differingFields,
  isSameOrder,
  type QueuedCommand,
  replayProblems,
  scanProblems,
  stockProblems,
} from '../helpers/chaos-oracle';
import { planChaos } from '../helpers/chaos-plan';
import { chaosSeed } from '../helpers/chaos-random';
import { type ChaosRunLog, readStationOrders, runChaos, waitForQuiescence } from '../helpers/chaos-run';
import { formatChaosSummary } from '../helpers/chaos-summary';
import { type HubPlace, hubEngines } from '../helpers/hub-engines';

// Convergence under chaos: six station cores (real SQLite, each in its own process) in two
// warehouses issue thousands of commands through their bridges while each one's link to the hub
// is cut and healed at random behind its own TCP proxy, the hub is closed and reopened on the
// same data folder and port twice, and one station restarts with commands waiting in its outbox.
// Once everything is healed and quiet, every station must show exactly the hub's orders, and the
// hub's orders and stock must be explained by the commands it accepted, each applied once. The
// run is gathered once; each test checks one promise. The plan is drawn from a seed printed at the
// start; CHAOS_SEED=<seed> replays the same plan (network timing still varies from run to run).

const pglite = hubEngines.find((engine) => engine.name === 'pglite');

/** Enough orders for six stations' work: 280 in Shanghai and 176 in Guangzhou (and 144 nobody touches). */
const demoSize = { skus: 60, orders: 600 };

/** Commands the plan issues in all, accepted or refused somewhere: about 28% are refused at the station. */
const targetSteps = 2_200;

/** The clerk and packer work in Shanghai; the supervisor, who works everywhere, registers in Guangzhou. */
const specs: readonly ChaosStationSpec[] = [
  { name: 'sha-desk', username: 'clerk', work: 'desk' },
  { name: 'sha-bench-1', username: 'packer', work: 'bench' },
  { name: 'sha-bench-2', username: 'packer', work: 'bench' },
  { name: 'can-desk', username: 'supervisor', work: 'desk' },
  { name: 'can-bench-1', username: 'supervisor', work: 'bench' },
  { name: 'can-bench-2', username: 'supervisor', work: 'bench' },
];

/** What the run left behind, gathered once and checked by each test below. */
type Evidence = {
  readonly log: ChaosRunLog;
  readonly before: ReadonlyMap<string, HubWarehouseState>;
  readonly after: ReadonlyMap<string, HubWarehouseState>;
  readonly queued: ReadonlyMap<string, QueuedCommand>;
  readonly results: ReadonlyMap<string, CommandResult>;
  readonly resultsByStation: readonly CommandResult[][];
  readonly views: readonly { orders: Map<string, Order | null>; listTotal: number }[];
  readonly attention: readonly AttentionItem[][];
  readonly audit: CommandLogAudit;
  readonly runMs: number;
  readonly settleMs: number;
  readonly rounds: number;
};

describe('sync convergence under chaos', () => {
  const seed = chaosSeed();
  let place: HubPlace | undefined;
  let hub: RestartableHub | undefined;
  let stations: ChaosStation[] = [];
  let evidence: Evidence;

  beforeAll(async () => {
    console.log(`sync chaos seed ${seed} (replay: CHAOS_SEED=${seed})`);
    if (pglite === undefined) throw new Error('no PGlite engine');
    place = await pglite.prepare();
    hub = await startRestartableHub(place, demoSize);
    stations = await startChaosFleet(hub.port, specs);
    const before = await readWarehouses(hub.url, stations);
    const plan = planFor(seed, stations, before);

    const startedAt = performance.now();
    const log = await runChaos(plan, stations, hub, { roundMs: 120, sampleEvery: 6 });
    const ranAt = performance.now();
    await waitForQuiescence(stations, 180_000);
    const settledAt = performance.now();

    evidence = {
      ...(await gatherEvidence(hub, place, stations)),
      log,
      before,
      queued: queuedCommands(log, stations),
      runMs: ranAt - startedAt,
      settleMs: settledAt - ranAt,
      rounds: plan.rounds.length,
    };
  }, 600_000);

  afterAll(async () => {
    await disposeChaosFleet(stations);
    await hub?.stop();
    await place?.dispose();
  });

  it('queues thousands of commands at six stations while links drop and hub and station restart', () => {
    const { log } = evidence;
    console.log(formatChaosSummary({ ...evidence, seed, stations }));
    const cutStations = new Set(log.cuts.map((cut) => cut.station));
    expect({
      warehouses: new Set(stations.map((station) => station.warehouseId)).size,
      isEnough: log.issued.length + log.refused.length >= 2_000 && log.issued.length >= 1_200,
      everyStationCut: cutStations.size,
      hubRestarts: hub?.restarts(),
      stationRestarts: log.stationRestarts.length,
      hasOfflineCommands: log.issued.some((issued) => issued.isOffline),
      hasRefusals: log.refused.length > 0,
    }).toEqual({
      warehouses: 2,
      isEnough: true,
      everyStationCut: stations.length,
      hubRestarts: 2,
      stationRestarts: 1,
      hasOfflineCommands: true,
      hasRefusals: true,
    });
  });

  it("shows every station exactly the hub's orders of its warehouse, field for field", () => {
    const mismatches = stations.flatMap((station, index) => {
      const hubOrders = evidence.after.get(station.warehouseId)?.orders ?? [];
      const view = evidence.views[index];
      const problems: string[] = [];
      if (view?.listTotal !== hubOrders.length) {
        problems.push(
          `${station.spec.name} lists ${view?.listTotal} orders, the hub has ${hubOrders.length}`,
        );
      }
      for (const order of hubOrders) {
        const shown = view?.orders.get(order.id) ?? null;
        if (shown === null) problems.push(`${station.spec.name} lacks order ${order.id}`);
        else if (!isSameOrder(shown, order)) {
          problems.push(`${station.spec.name} order ${order.id}: ${differingFields(order, shown)}`);
        }
      }
      return problems;
    });
    expect(mismatches).toEqual([]);
  });

  it('answers every queued command exactly once and logs nothing a station refused itself', () => {
    const { log, audit, resultsByStation } = evidence;
    const issuedAt = (index: number) =>
      log.issued.filter((issued) => issued.station === index).map((issued) => issued.commandId);
    expect({
      answered: resultsByStation.map((results) => results.map((result) => result.commandId).sort()),
      logged: audit.commandsByStation,
      results: audit.results,
      commandsWithoutResult: audit.commandsWithoutResult,
      resultsWithoutCommand: audit.resultsWithoutCommand,
    }).toEqual({
      answered: stations.map((_, index) => issuedAt(index).sort()),
      logged: Object.fromEntries(
        stations.map((station, index) => [station.stationId, issuedAt(index).length]),
      ),
      results: log.issued.length,
      commandsWithoutResult: [],
      resultsWithoutCommand: [],
    });
  });

  it('applies every accepted command exactly once, and changes orders by nothing else', () => {
    const before = [...evidence.before.values()].flatMap((state) => state.orders);
    const after = [...evidence.after.values()].flatMap((state) => state.orders);
    expect({
      replay: replayProblems(before, after, evidence.queued, evidence.results),
      scans: scanProblems(after, evidence.queued, evidence.results),
    }).toEqual({ replay: [], scans: [] });
  });

  it('never lets stock go below zero, and keeps reserved equal to the open orders', () => {
    const problems = [...evidence.after].map(([warehouseId, after]) => {
      const before = evidence.before.get(warehouseId) ?? { orders: [], stock: [] };
      return {
        warehouseId,
        before: stockProblems(before.stock, [], before.stock, before.orders),
        after: stockProblems(before.stock, before.orders, after.stock, after.orders),
      };
    });
    expect({
      problems,
      seenWhileRunning: evidence.log.negativeStockSeen,
      inDatabase: evidence.audit.negativeStock,
      hasSamples: evidence.log.stockSamples > 10,
    }).toEqual({
      problems: problems.map(({ warehouseId }) => ({ warehouseId, before: [], after: [] })),
      seenWhileRunning: [],
      inDatabase: [],
      hasSamples: true,
    });
  });

  it("explains every refusal: the hub's in the station's needs-attention list, the station's at once", () => {
    const rejected = evidence.resultsByStation.map((results) =>
      results
        .filter((result) => result.status === 'rejected')
        .map((result) => ({ commandId: result.commandId, code: result.code, message: result.message }))
        .sort((a, b) => a.commandId.localeCompare(b.commandId)),
    );
    const listed = evidence.attention.map((items) =>
      items
        .map((item) => ({ commandId: item.commandId, code: item.code, message: item.message }))
        .sort((a, b) => a.commandId.localeCompare(b.commandId)),
    );
    const unexplained = rejected.flat().filter((result) => result.code === undefined || !result.message);
    const refusedSilently = evidence.log.refused.filter((refused) => refused.message.trim() === '');
    expect({ listed, unexplained, refusedSilently }).toEqual({
      listed: rejected,
      unexplained: [],
      refusedSilently: [],
    });
  });
});

/** What the hub holds for each warehouse that has stations, read with one station's token each. */
async function readWarehouses(
  hubUrl: string,
  stations: readonly ChaosStation[],
): Promise<Map<string, HubWarehouseState>> {
  const oneEach = new Map(stations.map((station) => [station.warehouseId, station]));
  const states = new Map<string, HubWarehouseState>();
  for (const [warehouseId, station] of oneEach) {
    states.set(warehouseId, await readWarehouse(hubUrl, station.credentials));
  }
  return states;
}

function planFor(
  seed: number,
  stations: readonly ChaosStation[],
  before: ReadonlyMap<string, HubWarehouseState>,
) {
  const states = [...before.values()];
  return planChaos({
    seed,
    stations: stations.map((station) => ({
      name: station.spec.name,
      work: station.spec.work,
      role: station.role,
      warehouseId: station.warehouseId,
    })),
    orders: states.flatMap((state) => state.orders),
    skuIds: [...new Set(states.flatMap((state) => state.stock.map((row) => row.skuId)))].sort(),
    targetSteps,
    hubRestarts: 2,
  });
}

/**
 * Reads, once everything is quiet: the hub's orders and stock and each station's results through
 * the pull API, each station's orders and needs-attention list through its bridge; then closes the
 * hub and reads its command log from the database folder.
 */
async function gatherEvidence(
  hub: RestartableHub,
  place: HubPlace,
  stations: readonly ChaosStation[],
): Promise<Pick<Evidence, 'after' | 'results' | 'resultsByStation' | 'views' | 'attention' | 'audit'>> {
  const after = await readWarehouses(hub.url, stations);
  const resultsByStation = await Promise.all(
    stations.map((station) => readResults(hub.url, station.credentials)),
  );
  const views = await Promise.all(
    stations.map((station) =>
      readStationOrders(
        station,
        (after.get(station.warehouseId)?.orders ?? []).map((order) => order.id),
      ),
    ),
  );
  const attention = await Promise.all(stations.map((station) => station.core.attention()));
  await hub.stop();
  const audit = await auditCommandLog(place);
  const results = new Map(resultsByStation.flat().map((result) => [result.commandId, result]));
  return { after, results, resultsByStation, views, attention, audit };
}

/** Every queued command with the person and station behind it, by command id. */
function queuedCommands(log: ChaosRunLog, stations: readonly ChaosStation[]): Map<string, QueuedCommand> {
  const queued = new Map<string, QueuedCommand>();
  for (const [index, station] of stations.entries()) {
    const { id, role, warehouseId } = station.user;
    for (const issued of log.issued.filter((entry) => entry.station === index)) {
      queued.set(issued.commandId, {
        commandId: issued.commandId,
        input: issued.input,
        actor: { id, role, warehouseId },
        stationId: station.stationId,
      });
    }
  }
  return queued;
}
