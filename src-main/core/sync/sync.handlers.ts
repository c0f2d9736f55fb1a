import type { Actor } from '../../../src-shared/domain';
import { AppError } from '../../../src-shared/errors';
import type { SyncState } from '../../../src-shared/features/sync';
import type { BridgeHandlers, CallerContext } from '../bridge';
import type { StationSync } from './station-sync';

/** What the sync and orders handlers need. */
export type SyncHandlerDeps = {
  /** Null when the station database could not be opened: nothing can be synced or shown then. */
  readonly sync: StationSync | null;
  /** The signed-in person behind a caller, as commands name them; null when signed out. */
  readonly actorOf: (caller: CallerContext) => Actor | null;
};

/** The state shown when there is no database to sync. */
export const noDatabaseSyncState: SyncState = {
  state: 'error',
  pendingCommands: 0,
  oldestPendingAt: null,
  lastSyncedAt: null,
  lastError: 'The station database is not available, so nothing is synced; the Station screen says why',
  needsAttention: 0,
};

type SyncChannel = 'sync.state' | 'sync.now' | 'attention.list' | 'attention.dismiss';
type OrderChannel = 'orders.list' | 'orders.get' | 'commands.issue';

/** Bridge handlers of the sync feature: the loop's state, "sync now", and "needs attention". */
export function createSyncHandlers(deps: SyncHandlerDeps): Pick<BridgeHandlers, SyncChannel> {
  return {
    'sync.state': () => deps.sync?.state() ?? noDatabaseSyncState,
    'sync.now'() {
      syncOf(deps).syncNow();
      return {};
    },
    'attention.list': () => syncOf(deps).attention.list(),
    async 'attention.dismiss'({ commandId }, caller) {
      await syncOf(deps).attention.dismiss(commandId, actorOf(deps, caller).id);
      return {};
    },
  };
}

/** Bridge handlers of the orders feature: the optimistic order list and detail, and commands. */
export function createOrderHandlers(deps: SyncHandlerDeps): Pick<BridgeHandlers, OrderChannel> {
  return {
    'orders.list': (query) => syncOf(deps).orders.list(query),
    'orders.get': ({ orderId }) => syncOf(deps).orders.get(orderId),
    'commands.issue': (input, caller) => syncOf(deps).orders.issue(input, actorOf(deps, caller)),
  };
}

function syncOf(deps: SyncHandlerDeps): StationSync {
  if (deps.sync === null) {
    throw new AppError('unavailable', 'The station database is not available; the Station screen says why.');
  }
  return deps.sync;
}

function actorOf(deps: SyncHandlerDeps, caller: CallerContext): Actor {
  const actor = deps.actorOf(caller);
  if (actor === null) throw new AppError('unauthorized', 'Please sign in first.');
  return actor;
}
