import { describe, expect, it } from 'vitest';
import type { SyncLoopSnapshot } from './sync-loop';
import { composeSyncState } from './sync-status';

const counts = { count: 2, oldestAt: '2026-12-02T08:00:00.000Z', needsAttention: 1 };
const busy = { isBusy: true, isCaughtUp: false };
const caughtUp = { isBusy: false, isCaughtUp: true };

function stateOf(loop: Partial<SyncLoopSnapshot>, activity = busy, registrationError: string | null = null) {
  const snapshot: SyncLoopSnapshot = {
    phase: 'live',
    isHubOffline: false,
    failure: null,
    lastError: null,
    ...loop,
  };
  const composed = composeSyncState({
    loop: snapshot,
    activity,
    counts,
    lastSyncedAt: null,
    registrationError,
  });
  return [composed.state, composed.lastError];
}

describe('the sync state a person sees', () => {
  it('names each phase of the loop in the five words of the contract', () => {
    expect([
      stateOf({ phase: 'unregistered' }),
      stateOf({ phase: 'unregistered', isHubOffline: true }),
      stateOf({ phase: 'unregistered' }, busy, 'Could not register this station with the hub: boom'),
      stateOf({ phase: 'connecting' }),
      stateOf({ phase: 'live' }),
      stateOf({ phase: 'live' }, caughtUp),
      stateOf({ phase: 'waiting', failure: 'unreachable', lastError: 'Hub did not answer within 30 s' }),
      stateOf({ phase: 'waiting', isHubOffline: true }),
      stateOf({
        phase: 'waiting',
        failure: 'server',
        lastError: 'The hub had a problem (HTTP 500); retrying',
      }),
      stateOf({
        phase: 'waiting',
        failure: 'invalid',
        lastError: 'The hub sent orders this station cannot store',
      }),
      stateOf({ phase: 'rejected', failure: 'unregistered', lastError: 'sign in again' }),
      stateOf({ phase: 'stopped' }),
    ]).toEqual([
      ['connecting', 'Sign in once to connect this station to the hub'],
      ['offline', 'Sign in once to connect this station to the hub'],
      ['connecting', 'Could not register this station with the hub: boom'],
      ['connecting', null],
      ['syncing', null],
      ['idle', null],
      ['offline', 'Hub did not answer within 30 s'],
      ['offline', null],
      ['connecting', 'The hub had a problem (HTTP 500); retrying'],
      ['error', 'The hub sent orders this station cannot store'],
      ['error', 'sign in again'],
      ['offline', null],
    ]);
  });

  it('carries the outbox and attention counts as they are', () => {
    const snapshot: SyncLoopSnapshot = { phase: 'live', isHubOffline: false, failure: null, lastError: null };
    expect(
      composeSyncState({
        loop: snapshot,
        activity: caughtUp,
        counts,
        lastSyncedAt: '2026-12-02T08:30:00.000Z',
        registrationError: null,
      }),
    ).toEqual({
      state: 'idle',
      pendingCommands: 2,
      oldestPendingAt: '2026-12-02T08:00:00.000Z',
      lastSyncedAt: '2026-12-02T08:30:00.000Z',
      lastError: null,
      needsAttention: 1,
    });
  });
});
