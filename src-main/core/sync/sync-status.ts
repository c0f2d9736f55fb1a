import { unreachable } from '../../../src-shared/errors';
import type { SyncState } from '../../../src-shared/features/sync';
import type { PendingCommandsStatus } from '../db';
import type { SyncActivity } from './station-replications';
import type { SyncLoopSnapshot } from './sync-loop';

/** What the status shows next to the loop: the outbox and the "needs attention" list. */
export type SyncCounts = PendingCommandsStatus & { readonly needsAttention: number };

/** Everything the sync status is made of. */
export type SyncStatusInputs = {
  readonly loop: SyncLoopSnapshot;
  readonly activity: SyncActivity;
  readonly counts: SyncCounts;
  readonly lastSyncedAt: string | null;
  /** Why the last registration failed; null when it did not (or none was tried). */
  readonly registrationError: string | null;
};

/** Shown while the station has never been registered with its hub. */
export const unregisteredMessage = 'Sign in once to connect this station to the hub';

/** The loop's phase as the five states a person sees (see `syncStates`). */
export function displayState(loop: SyncLoopSnapshot, activity: SyncActivity): SyncState['state'] {
  switch (loop.phase) {
    case 'rejected':
      return 'error';
    case 'stopped':
      return 'offline';
    case 'unregistered':
      return loop.isHubOffline ? 'offline' : 'connecting';
    case 'waiting':
      if (loop.isHubOffline || loop.failure === 'unreachable') return 'offline';
      return loop.failure === 'refused' || loop.failure === 'invalid' ? 'error' : 'connecting';
    case 'connecting':
      return 'connecting';
    case 'live':
      return activity.isCaughtUp ? 'idle' : 'syncing';
    default:
      return unreachable(loop.phase);
  }
}

/** The `sync.state` the screens show. */
export function composeSyncState(inputs: SyncStatusInputs): SyncState {
  const { loop } = inputs;
  const lastError =
    loop.phase === 'unregistered' ? (inputs.registrationError ?? unregisteredMessage) : loop.lastError;
  return {
    state: displayState(loop, inputs.activity),
    pendingCommands: inputs.counts.count,
    oldestPendingAt: inputs.counts.oldestAt,
    lastSyncedAt: inputs.lastSyncedAt,
    lastError,
    needsAttention: inputs.counts.needsAttention,
  };
}

/** True when two states show the same thing. */
export function isSameSyncState(a: SyncState, b: SyncState): boolean {
  return (
    a.state === b.state &&
    a.pendingCommands === b.pendingCommands &&
    a.oldestPendingAt === b.oldestPendingAt &&
    a.lastSyncedAt === b.lastSyncedAt &&
    a.lastError === b.lastError &&
    a.needsAttention === b.needsAttention
  );
}
