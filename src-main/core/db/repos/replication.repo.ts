import type { z } from 'zod';
import type { RxCollection, WithDeleted } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { Subject } from 'rxjs';
import type { CommandDoc } from '../../../../src-shared/db';
import { type Command, commandSchema } from '../../../../src-shared/domain';
import type { PullCollection, pullDocumentSchemas, SyncCheckpoint } from '../../../../src-shared/hub-api';
import type { Clock } from '../../clock';
import {
  benchUserToDoc,
  commandResultToDoc,
  orderToDoc,
  pickListToDoc,
  skuToDoc,
  stockToDoc,
} from './domain-docs';
import { forgetPushedDeletions } from './push-meta-pruning';
import type { StationCollections } from './station-collections.types';

/** A document of a pulled collection as the domain types it. */
export type PulledDocument<C extends PullCollection> = z.output<(typeof pullDocumentSchemas)[C]>;

/** One answer of a pull: documents after the checkpoint and the checkpoint after them. */
export type PullBatch<C extends PullCollection> = {
  readonly documents: readonly PulledDocument<C>[];
  readonly checkpoint: SyncCheckpoint | null;
};

/** How to pull one collection. */
export type PullReplicationOptions<C extends PullCollection> = {
  readonly collection: C;
  /** Names the stored checkpoint: a new identifier pulls everything again. */
  readonly identifier: string;
  readonly batchSize: number;
  /** Fetches the changes after `checkpoint` (null: from the start). Should settle only on success. */
  readonly pull: (checkpoint: SyncCheckpoint | null, batchSize: number) => Promise<PullBatch<C>>;
};

/** How to push the outbox. */
export type PushReplicationOptions = {
  readonly identifier: string;
  readonly batchSize: number;
  /** Sends commands to the hub and stores its answers. Should settle only on success. */
  readonly push: (commands: readonly Command[]) => Promise<void>;
};

/** One running replication of one collection. */
export type Replication = {
  /** Pulls again from the stored checkpoint (a change signal, a reconnect, "sync now"). */
  reSync(): void;
  /** True while it pulls, pushes or stores. */
  isActive(): boolean;
  /** Calls `listener` whenever `isActive()` changes; returns the unsubscribe. */
  onActiveChange(listener: (isActive: boolean) => void): () => void;
  /** Errors RxDB met outside the handlers (storing a pulled batch); returns the unsubscribe. */
  onError(listener: (error: unknown) => void): () => void;
  /** Stops it; the stored checkpoint stays for the next start. */
  cancel(): Promise<void>;
};

/** The push of the outbox, which also forgets what it kept of pruned commands. */
export type PushReplication = Replication & {
  /** Drops RxDB's meta rows of deleted (pruned) commands; answers how many. */
  forgetPrunedCommands(): Promise<number>;
};

/** Replication of the station's collections with the hub: the only sync code that sees them. */
export type ReplicationRepo = {
  replicatePull<C extends PullCollection>(options: PullReplicationOptions<C>): Replication;
  /** Push-only replication of `commands`: each command once, in the order it was made. */
  replicatePush(options: PushReplicationOptions): PushReplication;
  /**
   * Forgets every hub-owned document except command results (the station's own history), for a
   * station that now pulls from a hub that lost its data or from another warehouse. Stop the pull
   * replications first.
   */
  clearPulledData(): Promise<void>;
};

/** The replication repository over the station's collections. */
export function createReplicationRepo(collections: StationCollections, clock: Clock): ReplicationRepo {
  function replicatePull<C extends PullCollection>(options: PullReplicationOptions<C>): Replication {
    // The generic options are narrowed per collection: `collection` names which one C is.
    switch (options.collection) {
      case 'orders':
        return startPull(collections.orders, orderToDoc, options as PullReplicationOptions<'orders'>);
      case 'skus':
        return startPull(collections.skus, skuToDoc, options as PullReplicationOptions<'skus'>);
      case 'stock':
        return startPull(collections.stock, stockToDoc, options as PullReplicationOptions<'stock'>);
      case 'pickLists':
        return startPull(
          collections.pickLists,
          pickListToDoc,
          options as PullReplicationOptions<'pickLists'>,
        );
      case 'commandResults':
        return startPull(
          collections.commandResults,
          commandResultToDoc,
          options as PullReplicationOptions<'commandResults'>,
        );
      case 'benchUsers':
        return startPull(
          collections.benchUsers,
          benchUserToDoc,
          options as PullReplicationOptions<'benchUsers'>,
        );
      default:
        throw new Error(`not a pulled collection: ${String(options.collection)}`);
    }
  }

  function replicatePush(options: PushReplicationOptions): PushReplication {
    const state = replicateRxCollection<CommandDoc, unknown>({
      replicationIdentifier: options.identifier,
      collection: collections.commands,
      waitForLeadership: false,
      push: {
        batchSize: options.batchSize,
        async handler(rows) {
          // Commands are immutable: a deleted row is the outbox being pruned, nothing for the hub.
          const docs = rows.map((row) => row.newDocumentState).filter((doc) => !doc._deleted);
          const { commands, unreadable } = readCommands(docs);
          if (unreadable.length > 0) await refuseUnreadable(unreadable);
          if (commands.length > 0) await options.push(commands);
          // The hub decides each command on its own; there is never a document conflict to report.
          return [];
        },
      },
    });
    return {
      ...handleOf(state),
      forgetPrunedCommands: () =>
        forgetPushedDeletions(
          // RxDB types its meta rows with its own generic helpers; the pruning reads only four fields.
          state as unknown as Parameters<typeof forgetPushedDeletions>[0],
          collections.commands.database.token,
          clock.now(),
        ),
    };
  }

  /**
   * A stored command this build cannot read (written by an older one) cannot be sent; it is
   * refused here, so it shows in "needs attention" instead of waiting forever.
   */
  async function refuseUnreadable(docs: readonly WithDeleted<CommandDoc>[]): Promise<void> {
    const at = new Date(clock.now()).toISOString();
    await collections.commandResults.bulkUpsert(
      docs.map((doc) => ({
        commandId: doc.id,
        status: 'rejected' as const,
        code: 'invalid_command',
        message: `This station cannot send a command of type ${doc.type}`,
        at,
      })),
    );
  }

  return {
    replicatePull,
    replicatePush,
    async clearPulledData() {
      await Promise.all([
        collections.orders.find().remove(),
        collections.skus.find().remove(),
        collections.stock.find().remove(),
        collections.pickLists.find().remove(),
        // People of another hub or warehouse must not sign in here with their old badges.
        collections.benchUsers.find().remove(),
      ]);
    },
  };
}

function startPull<Doc, C extends PullCollection>(
  collection: RxCollection<Doc>,
  toDoc: (document: PulledDocument<C>) => Doc,
  options: PullReplicationOptions<C>,
): Replication {
  const resync = new Subject<'RESYNC'>();
  const state = replicateRxCollection<Doc, SyncCheckpoint>({
    replicationIdentifier: options.identifier,
    collection,
    waitForLeadership: false,
    pull: {
      batchSize: options.batchSize,
      stream$: resync.asObservable(),
      async handler(checkpoint, batchSize) {
        const batch = await options.pull(checkpoint ?? null, batchSize);
        return {
          // RxDB keeps the last checkpoint when a batch is empty; a null one only comes with none.
          checkpoint: batch.checkpoint ?? checkpoint,
          documents: batch.documents.map((document) => ({ ...toDoc(document), _deleted: false })),
        };
      },
    },
  });
  return handleOf(state, () => resync.next('RESYNC'));
}

function handleOf<Doc, Checkpoint>(
  state: RxReplicationState<Doc, Checkpoint>,
  reSync: () => void = () => state.reSync(),
): Replication {
  let isActive = false;
  const listeners = new Set<(isActive: boolean) => void>();
  const activeSubscription = state.active$.subscribe((active) => {
    isActive = active;
    for (const listener of [...listeners]) listener(active);
  });
  return {
    reSync,
    isActive: () => isActive,
    onActiveChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onError(listener) {
      const subscription = state.error$.subscribe(listener);
      return () => subscription.unsubscribe();
    },
    async cancel() {
      activeSubscription.unsubscribe();
      listeners.clear();
      await state.cancel();
    },
  };
}

function readCommands(docs: readonly WithDeleted<CommandDoc>[]): {
  commands: Command[];
  unreadable: WithDeleted<CommandDoc>[];
} {
  const commands: Command[] = [];
  const unreadable: WithDeleted<CommandDoc>[] = [];
  for (const doc of docs) {
    const { _deleted: _, ...fields } = doc;
    const parsed = commandSchema.safeParse(fields);
    if (parsed.success) commands.push(parsed.data);
    else unreadable.push(doc);
  }
  return { commands, unreadable };
}
