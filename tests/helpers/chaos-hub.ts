import { createHub, type Hub } from '../../src-hub/create-hub';
import { openHubDatabase } from '../../src-hub/db';
import type { DemoSize } from '../../src-hub/features/demo';
import type { CommandResult, Order, StockLevel } from '../../src-shared/domain';
import { type HubPlace, silentLogger, testHubConfig } from './hub-engines';
import { pullAll, type TestStation } from './sync-client';

/** A hub that a test stops and starts again on the same data folder and port. */
export type RestartableHub = {
  /** Fixed for the hub's life: stations and proxies keep pointing at it across restarts. */
  readonly url: string;
  readonly port: number;
  isUp(): boolean;
  /** How often it was started again after the first start. */
  restarts(): number;
  /** Closes the hub (its whole shutdown); nothing happens when it is down. */
  stop(): Promise<void>;
  /** Opens it again on the same folder and port; nothing happens when it is up. */
  start(): Promise<void>;
};

/** Starts a demo hub with `demoSize` on `place`, on a free loopback port it keeps for restarts. */
export async function startRestartableHub(place: HubPlace, demoSize: DemoSize): Promise<RestartableHub> {
  const open = (port: number) =>
    createHub(testHubConfig(place, { port }), { logger: silentLogger(), demoSize });
  let hub: Hub | null = await open(0);
  const { port, url } = hub;
  let restarts = 0;
  // Stop and start run one after the other even when the test fires them without waiting.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work);
    return queue;
  };
  return {
    url,
    port,
    isUp: () => hub !== null,
    restarts: () => restarts,
    stop: () =>
      enqueue(async () => {
        const closing = hub;
        hub = null;
        await closing?.close();
      }),
    start: () =>
      enqueue(async () => {
        if (hub !== null) return;
        hub = await open(port);
        restarts += 1;
      }),
  };
}

/** A station's credentials as the hub's sync API takes them. */
export function stationCredentials(id: string, token: string, warehouseId: string): TestStation {
  return { id, token, warehouseId, authorization: `Bearer ${token}` };
}

/** What the hub holds for one warehouse, read through the pull API as stations read it. */
export type HubWarehouseState = {
  readonly orders: Order[];
  readonly stock: StockLevel[];
};

/** Every order and stock row of the station's warehouse, from the start. */
export async function readWarehouse(hubUrl: string, station: TestStation): Promise<HubWarehouseState> {
  const [orders, stock] = await Promise.all([
    pullAll(hubUrl, station, 'orders'),
    pullAll(hubUrl, station, 'stock'),
  ]);
  return { orders: orders.documents, stock: stock.documents };
}

/** The hub's results for the station's own commands. */
export async function readResults(hubUrl: string, station: TestStation): Promise<CommandResult[]> {
  return (await pullAll(hubUrl, station, 'commandResults')).documents;
}

/** The hub's command log as its database holds it, read after the hub was closed. */
export type CommandLogAudit = {
  /** Logged commands per station id. */
  readonly commandsByStation: Record<string, number>;
  readonly results: number;
  /** Logged commands without a result, and results of commands not logged (both must be none). */
  readonly commandsWithoutResult: string[];
  readonly resultsWithoutCommand: string[];
  /** Stock rows with a negative available or reserved count (the CHECKs make this impossible). */
  readonly negativeStock: string[];
};

/** Opens the closed hub's PGlite folder and reads its command log; closes it again. */
export async function auditCommandLog(place: HubPlace): Promise<CommandLogAudit> {
  const database = await openHubDatabase({
    dataDir: place.dataDir,
    databaseUrl: place.databaseUrl,
    logger: silentLogger(),
    onLockLost: () => undefined,
  });
  try {
    const perStation = await database.query<{ station_id: string; count: number }>(
      'select station_id, count(*)::int as count from commands group by station_id order by station_id',
    );
    const [results] = await database.query<{ count: number }>(
      'select count(*)::int as count from command_results',
    );
    const orphans = await database.query<{ id: string }>(
      `select c.id from commands c left join command_results r on r.command_id = c.id
        where r.command_id is null order by c.id`,
    );
    const strays = await database.query<{ id: string }>(
      `select r.command_id as id from command_results r left join commands c on c.id = r.command_id
        where c.id is null order by r.command_id`,
    );
    const negative = await database.query<{ key: string }>(
      `select warehouse_id || '/' || sku_id as key from stock
        where on_hand - reserved < 0 or reserved < 0 order by 1`,
    );
    return {
      commandsByStation: Object.fromEntries(perStation.map((row) => [row.station_id, row.count])),
      results: results?.count ?? 0,
      commandsWithoutResult: orphans.map((row) => row.id),
      resultsWithoutCommand: strays.map((row) => row.id),
      negativeStock: negative.map((row) => row.key),
    };
  } finally {
    await database.close();
  }
}
