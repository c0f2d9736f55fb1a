import type { WarehouseDetails } from '../../../src-shared/domain';
import type { User } from '../../../src-shared/features/auth';
import type { HubConnection } from '../../../src-shared/features/station';
import type { SyncState } from '../../../src-shared/features/sync';
import type { Clock } from '../clock';
import type { StationDatabase } from '../db';
import type { HubTransport } from '../hub-link';
import type { Logger } from '../logging';
import { type AttentionService, createAttentionService } from './attention.service';
import { createOrdersService, type OrdersService } from './orders.service';
import { createOutboxPruning } from './outbox-pruning';
import { createStationReplications } from './station-replications';
import { createSyncClient } from './sync-client';
import { readSyncCredentials, type SyncCredentials, writeSyncCredentials } from './sync-credentials';
import { toSyncError } from './sync-errors';
import { createSyncLoop } from './sync-loop';
import { composeSyncState, isSameSyncState, type SyncCounts } from './sync-status';

/** What the station's sync is built from. */
export type StationSyncOptions = {
  readonly dataDir: string;
  readonly hubUrl: string;
  readonly stationId: string;
  readonly stationName: string;
  readonly database: StationDatabase;
  readonly transport: HubTransport;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Called with the new state whenever something the screens show changed (`sync.state`). */
  readonly onState: (state: SyncState) => void;
  /** Backoff jitter; tests pin it. */
  readonly random?: () => number;
};

/** A signed-in person as registration needs them: whose session token speaks for the station. */
export type SignedInPerson = { readonly hubToken: string; readonly user: User };

/** Replication with the hub and the views built on it. */
export type StationSync = {
  /** Reads the stored credentials and starts replicating when there are some. */
  start(): Promise<void>;
  /**
   * After a successful sign-in: registers the station with the person's token when it has no
   * credentials yet or the hub refused them. Never throws; a failure shows in the state.
   */
  signedIn(person: SignedInPerson): Promise<void>;
  /** What the hub link's health checks say. */
  hubConnectionChanged(connection: HubConnection): void;
  /** Push and pull now. */
  syncNow(): void;
  state(): SyncState;
  /** The warehouse this station is registered in, as the hub described it; null before that. */
  warehouse(): WarehouseDetails | null;
  readonly orders: OrdersService;
  readonly attention: AttentionService;
  /** Stops the stream, every request and every replication; the database stays open. Idempotent. */
  stop(): Promise<void>;
};

/** Collections whose changes move the outbox and attention counts. */
const countedCollections: ReadonlySet<string> = new Set([
  'commands',
  'commandResults',
  'dismissedRejections',
]);

/** Builds the station's sync; nothing runs until `start()`. */
export function createStationSync(options: StationSyncOptions): StationSync {
  const { clock, logger, database } = options;
  const { repos } = database;
  let credentials: SyncCredentials | null = null;
  let registrationError: string | null = null;
  let registering: Promise<void> | null = null;
  let lastSyncedAt: string | null = null;
  let wasCaughtUp = false;
  let counts: SyncCounts = { count: 0, oldestAt: null, needsAttention: 0 };
  let lastEmitted: SyncState | null = null;
  let stopping: Promise<void> | undefined;

  const client = createSyncClient({
    hubUrl: options.hubUrl,
    stationId: options.stationId,
    transport: options.transport,
    clock,
    stationToken: () => credentials?.stationToken ?? null,
  });
  const attention = createAttentionService(repos, clock);
  const orders = createOrdersService({ repos, stationId: options.stationId, clock });
  const pruning = createOutboxPruning({
    repos,
    clock,
    logger,
    forgetPushed: () => replications.forgetPrunedCommands(),
  });
  const loop = createSyncLoop({
    clock,
    logger,
    openStream: (signal) => client.openStream(signal),
    onConnected: () => replications.connectionOpened(),
    onSignal: (signal) => replications.reSync(signal.collections),
    onChange: () => publish(),
    ...(options.random === undefined ? {} : { random: options.random }),
  });
  const replications = createStationReplications({
    repos,
    client,
    loop,
    logger,
    onActivity: () => publish(),
  });
  const counter = createCountRefresher(async () => {
    const [pending, needsAttention] = await Promise.all([repos.commands.pendingStatus(), attention.count()]);
    counts = { ...pending, needsAttention };
    publish();
  }, logger);

  function currentState(): SyncState {
    return composeSyncState({
      loop: loop.snapshot(),
      activity: replications.activity(),
      counts,
      lastSyncedAt,
      registrationError,
    });
  }

  function noteCatchUp(): void {
    const isCaughtUp = loop.snapshot().phase === 'live' && replications.activity().isCaughtUp;
    if (isCaughtUp && !wasCaughtUp) {
      lastSyncedAt = new Date(clock.now()).toISOString();
      loop.caughtUp();
      // A database that started empty is whole again once every collection was pulled.
      if (database.status().isResyncRequired) database.clearResyncRequired();
      pruning.afterCatchUp();
    }
    wasCaughtUp = isCaughtUp;
  }

  function publish(): void {
    noteCatchUp();
    const state = currentState();
    if (lastEmitted !== null && isSameSyncState(lastEmitted, state)) return;
    lastEmitted = state;
    try {
      options.onState(state);
    } catch (error) {
      logger.error({ err: error }, 'sync state listener failed');
    }
  }

  async function register(person: SignedInPerson): Promise<void> {
    try {
      const answer = await client.register(person.hubToken, {
        stationId: options.stationId,
        stationName: options.stationName,
        ...(credentials === null ? {} : { warehouseId: credentials.warehouseId }),
      });
      const next: SyncCredentials = {
        stationToken: answer.stationToken,
        warehouseId: answer.warehouseId,
        hubUrl: options.hubUrl,
        registeredAt: new Date(clock.now()).toISOString(),
        ...(answer.warehouse === undefined ? {} : { warehouse: answer.warehouse }),
      };
      await writeSyncCredentials(options.dataDir, next);
      credentials = next;
      registrationError = null;
      logger.info({ warehouseId: next.warehouseId }, 'station registered with the hub');
      // Pulled data of an earlier registration may be from a hub that lost it, or another warehouse.
      await replications.restart(next, { isNewHubData: true });
      loop.registered();
    } catch (error) {
      registrationError = `Could not register this station with the hub: ${toSyncError(error).message}`;
      logger.warn({ err: error }, 'station registration failed');
    }
    publish();
  }

  const stopCounting = database.onChanged((change) => {
    // The refresher logs its own failures; nothing waits for a count.
    if (countedCollections.has(change.collection)) void counter.refresh();
  });

  return {
    async start() {
      const stored = await readSyncCredentials(options.dataDir).catch((error: unknown) => {
        logger.error({ err: error }, 'cannot read the sync credentials; the next sign-in registers again');
        return null;
      });
      // Credentials of another hub are no credentials here: the next sign-in registers this one.
      credentials = stored !== null && stored.hubUrl === options.hubUrl ? stored : null;
      if (credentials !== null) replications.start(credentials);
      loop.start(credentials !== null);
      await counter.refresh();
    },
    signedIn(person) {
      const isRegistered = credentials !== null && loop.snapshot().phase !== 'rejected';
      if (isRegistered || stopping !== undefined) return Promise.resolve();
      registering ??= register(person).finally(() => {
        registering = null;
      });
      return registering;
    },
    hubConnectionChanged(connection) {
      loop.hubConnectionChanged(connection.state, connection.lastError);
    },
    syncNow() {
      loop.retryNow();
      if (loop.snapshot().phase === 'live') replications.connectionOpened();
    },
    state: currentState,
    warehouse: () => credentials?.warehouse ?? null,
    orders,
    attention,
    stop() {
      stopping ??= (async () => {
        stopCounting();
        await registering;
        await loop.stop();
        await replications.stop();
        await pruning.settle();
        await counter.settle();
      })();
      return stopping;
    },
  };
}

/** Runs `refresh` one at a time; calls made while it runs fold into one more run after it. */
function createCountRefresher(refresh: () => Promise<void>, logger: Logger) {
  let running: Promise<void> | null = null;
  let isDirty = false;
  async function loopRefresh(): Promise<void> {
    do {
      isDirty = false;
      try {
        await refresh();
      } catch (error) {
        logger.warn({ err: error }, 'could not count the outbox');
      }
    } while (isDirty);
  }
  return {
    refresh(): Promise<void> {
      if (running !== null) {
        isDirty = true;
        return running;
      }
      running = loopRefresh().finally(() => {
        running = null;
      });
      return running;
    },
    settle: () => running ?? Promise.resolve(),
  };
}
