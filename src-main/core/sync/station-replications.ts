import {
  maxCommandsPerPush,
  maxPullLimit,
  type PullCollection,
  pullCollections,
} from '../../../src-shared/hub-api';
import type { PushReplication, Replication, StationRepos } from '../db';
import type { Logger } from '../logging';
import { createPullReadAhead } from './pull-read-ahead';
import type { SyncClient } from './sync-client';
import type { SyncCredentials } from './sync-credentials';
import { type SyncLoop, SyncStoppedError } from './sync-loop';

/**
 * The most commands one push carries: as many as the hub takes (a push of 500 is ~200 KB). Live
 * pushes carry the one or two commands just made; a station back from hours offline sends its
 * backlog, and each push costs the hub one transaction and a commit, so fewer and larger is faster.
 */
export const pushBatchSize = maxCommandsPerPush;

/**
 * The most documents one pull asks for: as many as the hub answers. A fresh station pulls its
 * warehouse's orders in pages this large, each stored in one write transaction.
 */
export const pullBatchSize = maxPullLimit;

/** What the replications are doing, for the sync status. */
export type SyncActivity = {
  /** A replication is pulling, pushing or storing. */
  readonly isBusy: boolean;
  /** Since the stream opened, every collection was pulled up to date and nothing is in flight. */
  readonly isCaughtUp: boolean;
};

/** The RxDB replications of the station database with the hub. */
export type StationReplications = {
  /** Starts the push of the outbox (once) and the pulls of this registration. */
  start(credentials: SyncCredentials): void;
  /**
   * Switches to a new registration: the pulls stop, hub-owned data is forgotten when the station
   * now pulls a hub that lost its data or another warehouse, and the pulls start over.
   */
  restart(credentials: SyncCredentials, options: { readonly isNewHubData: boolean }): Promise<void>;
  /** The change stream opened: pull every collection again from its checkpoint. */
  connectionOpened(): void;
  /** Drops what the push kept of commands the outbox pruning deleted; answers how many. */
  forgetPrunedCommands(): Promise<number>;
  /** The hub said these collections changed. */
  reSync(collections: readonly PullCollection[]): void;
  activity(): SyncActivity;
  /** Stops every replication; their checkpoints stay for the next start. */
  stop(): Promise<void>;
};

export type StationReplicationsOptions = {
  readonly repos: StationRepos;
  readonly client: SyncClient;
  readonly loop: SyncLoop;
  readonly logger: Logger;
  /** Called whenever {@link StationReplications.activity} may have changed. */
  readonly onActivity: () => void;
};

type PullSet = {
  readonly scope: AbortController;
  readonly replications: Map<PullCollection, Replication>;
  /** Forgets the page each pull asked for in advance. */
  readonly forgetReadAhead: Map<PullCollection, () => void>;
};

/**
 * One push replication of `commands` (its checkpoint does not depend on the registration: a
 * command pushed once is never pushed again, whatever the hub) and one pull replication per
 * hub-owned collection, whose checkpoints belong to one registration.
 */
export function createStationReplications(options: StationReplicationsOptions): StationReplications {
  const { repos, client, loop, logger } = options;
  let push: { readonly scope: AbortController; readonly replication: PushReplication } | null = null;
  let pulls: PullSet | null = null;
  const pulledSinceConnect = new Set<PullCollection>();

  function watch(name: string, replication: Replication): void {
    replication.onActiveChange(() => options.onActivity());
    replication.onError((error) => {
      if (!isStopped(error)) logger.warn({ err: error, collection: name }, 'replication error');
    });
  }

  function startPush(): void {
    if (push !== null) return;
    const scope = new AbortController();
    const replication = repos.replication.replicatePush({
      identifier: 'packline-commands',
      batchSize: pushBatchSize,
      async push(commands) {
        await loop.run(async (signal) => {
          const results = await client.pushCommands(commands, signal);
          // Stored at once: the optimistic view drops the overlay without waiting for the next pull.
          await repos.commands.recordCommandResults(results);
        }, scope.signal);
        options.onActivity();
      },
    });
    watch('commands', replication);
    push = { scope, replication };
  }

  function startPulls(credentials: SyncCredentials): PullSet {
    const scope = new AbortController();
    const replications = new Map<PullCollection, Replication>();
    const forgetReadAhead = new Map<PullCollection, () => void>();
    for (const collection of pullCollections) {
      const readAhead = createPullReadAhead((checkpoint, batchSize) =>
        loop.run((signal) => client.pull(collection, checkpoint, batchSize, signal), scope.signal),
      );
      const replication = repos.replication.replicatePull({
        collection,
        identifier: pullIdentifier(collection, credentials),
        batchSize: pullBatchSize,
        async pull(checkpoint, batchSize) {
          const batch = await readAhead.pull(checkpoint, batchSize);
          pulledSinceConnect.add(collection);
          return batch;
        },
      });
      watch(collection, replication);
      replications.set(collection, replication);
      forgetReadAhead.set(collection, () => readAhead.forget());
    }
    return { scope, replications, forgetReadAhead };
  }

  /** A pull that must see the hub as it is now: a page read ahead before may predate the change. */
  function reSyncPull(collection: PullCollection): void {
    pulls?.forgetReadAhead.get(collection)?.();
    pulls?.replications.get(collection)?.reSync();
  }

  async function stopPulls(): Promise<void> {
    const stopping = pulls;
    pulls = null;
    if (stopping === null) return;
    stopping.scope.abort();
    await Promise.all([...stopping.replications.values()].map((replication) => replication.cancel()));
  }

  return {
    start(credentials) {
      startPush();
      pulls ??= startPulls(credentials);
    },
    async restart(credentials, { isNewHubData }) {
      await stopPulls();
      pulledSinceConnect.clear();
      if (isNewHubData) await repos.replication.clearPulledData();
      startPush();
      pulls = startPulls(credentials);
      options.onActivity();
    },
    connectionOpened() {
      pulledSinceConnect.clear();
      for (const collection of pullCollections) reSyncPull(collection);
      options.onActivity();
    },
    reSync(collections) {
      for (const collection of collections) reSyncPull(collection);
    },
    forgetPrunedCommands: () => push?.replication.forgetPrunedCommands() ?? Promise.resolve(0),
    activity() {
      const all = [...(pulls?.replications.values() ?? []), ...(push === null ? [] : [push.replication])];
      const isBusy = all.some((replication) => replication.isActive());
      const isCaughtUp = pulls !== null && !isBusy && pullCollections.every((c) => pulledSinceConnect.has(c));
      return { isBusy, isCaughtUp };
    },
    async stop() {
      const stoppingPush = push;
      push = null;
      stoppingPush?.scope.abort();
      await Promise.all([stopPulls(), stoppingPush?.replication.cancel()]);
    },
  };
}

/**
 * Names a pull's stored checkpoint. A new registration (a hub that lost its data, another hub or
 * warehouse) gets new names, so every collection is pulled from the start again.
 */
function pullIdentifier(collection: PullCollection, credentials: SyncCredentials): string {
  return `packline-pull-${collection}|${credentials.hubUrl}|${credentials.warehouseId}|${credentials.registeredAt}`;
}

function isStopped(error: unknown): boolean {
  if (error instanceof SyncStoppedError) return true;
  // RxDB reports a failed handler as an RxError that carries the thrown errors as plain JSON.
  const reported = (error as { parameters?: { errors?: readonly { name?: unknown }[] } } | null)?.parameters;
  return reported?.errors?.some((inner) => inner.name === 'SyncStoppedError') ?? false;
}
