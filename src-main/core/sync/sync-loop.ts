import type { SyncSignal } from '../../../src-shared/hub-api';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { type BackoffPolicy, backoffDelay, syncBackoff } from './backoff';
import { type SyncFailureKind, SyncRequestError, toSyncError } from './sync-errors';

/*
 * The replication supervisor: one live connection (the change stream) at a time, forever, until
 * stop(). Every request of the replications goes through `run`, which lets it out only while a
 * connection is open and retries it when it fails.
 *
 *                 registered                         stream open
 *   unregistered ────────────▶ connecting ─────────────────────────▶ live (syncing ⇄ idle)
 *                              ▲         │ any failure                  │ any failure
 *              backoff over,   │         ▼                              │
 *              hub back,       └──── waiting ◀──────────────────────────┘
 *              "sync now"            (0.5 s → 30 s, jittered; stays while the hub link is offline)
 *
 *   any state ── 401 ──▶ rejected (the hub lost the station) ── next sign-in registers ──▶ waiting
 *
 * Each connection attempt is an epoch. The first failure in an epoch ends it: the stream and every
 * request of the epoch are aborted, and the backoff grows once. Failures of an epoch already over
 * are echoes of the same outage and change nothing. The backoff and the last error are cleared only
 * when the replications report that every collection caught up, so a hub that fails one collection
 * at a time still backs off instead of being asked again and again.
 */

/** Where the loop is; see the drawing above. */
export type SyncLoopPhase = 'unregistered' | 'waiting' | 'connecting' | 'live' | 'rejected' | 'stopped';

/** The loop's state as the sync status reads it. */
export type SyncLoopSnapshot = {
  readonly phase: SyncLoopPhase;
  /** The hub link's health checks find no hub. */
  readonly isHubOffline: boolean;
  /** Kind of the last failure; null once the replications caught up after it. */
  readonly failure: SyncFailureKind | null;
  readonly lastError: string | null;
};

export type SyncLoopOptions = {
  readonly clock: Clock;
  readonly logger: Logger;
  /** Opens the change stream; see `SyncClient.openStream`. */
  readonly openStream: (signal: AbortSignal) => Promise<AsyncIterable<SyncSignal>>;
  /** The stream is open: everything must be pulled again, changes may have been missed meanwhile. */
  readonly onConnected: () => void;
  readonly onSignal: (signal: SyncSignal) => void;
  /** Called after every change of {@link SyncLoop.snapshot}. */
  readonly onChange: (snapshot: SyncLoopSnapshot) => void;
  readonly random?: () => number;
  readonly backoff?: BackoffPolicy;
};

/** The supervisor; nothing runs until `start()`. */
export type SyncLoop = {
  start(isRegistered: boolean): void;
  /** The station has (new) credentials: leave `unregistered` or `rejected` and connect now. */
  registered(): void;
  /** What the hub link's health checks say. */
  hubConnectionChanged(state: 'online' | 'offline' | 'connecting', reason: string | null): void;
  /** The replications caught up: the hub works, forget the backoff and the last error. */
  caughtUp(): void;
  /** Skips the rest of a backoff wait ("sync now"). */
  retryNow(): void;
  /**
   * Runs one hub request when a connection is open, again after every failure, until it succeeds.
   * Rejects with {@link SyncStoppedError} when the loop stops or `scope` aborts. The operation gets
   * a signal that aborts when its epoch ends.
   */
  run<T>(operation: (signal: AbortSignal) => Promise<T>, scope?: AbortSignal): Promise<T>;
  snapshot(): SyncLoopSnapshot;
  /** Ends the stream and every request, and waits for them. Idempotent. */
  stop(): Promise<void>;
};

/** The loop stopped (or the replication behind a `run` was cancelled) before the request succeeded. */
export class SyncStoppedError extends Error {
  constructor() {
    super('Sync stopped');
    this.name = 'SyncStoppedError';
  }
}

type Epoch = { readonly id: number; readonly controller: AbortController };

/** Creates the {@link SyncLoop}. */
export function createSyncLoop(options: SyncLoopOptions): SyncLoop {
  const { clock, logger } = options;
  const random = options.random ?? Math.random;
  const policy = options.backoff ?? syncBackoff;

  let current: SyncLoopSnapshot = {
    phase: 'unregistered',
    isHubOffline: false,
    failure: null,
    lastError: null,
  };
  let isRegistered = false;
  let isStopped = false;
  let attempt = 0;
  let retryAt = 0;
  let epoch: Epoch | null = null;
  let nextEpochId = 1;
  let cancelRetryTimer: () => void = () => undefined;
  let wakers: (() => void)[] = [];
  let supervising: Promise<void> = Promise.resolve();
  let stopping: Promise<void> | undefined;
  const inFlight = new Set<Promise<unknown>>();

  function update(patch: Partial<SyncLoopSnapshot>): void {
    const next = { ...current, ...patch };
    if (
      next.phase === current.phase &&
      next.isHubOffline === current.isHubOffline &&
      next.failure === current.failure &&
      next.lastError === current.lastError
    ) {
      return;
    }
    if (next.phase !== current.phase) {
      logger.info({ from: current.phase, to: next.phase, error: next.lastError }, 'sync loop');
    }
    current = next;
    try {
      options.onChange(current);
    } catch (error) {
      logger.error({ err: error }, 'sync loop listener failed');
    }
  }

  function wake(): void {
    const waiting = wakers;
    wakers = [];
    for (const resolve of waiting) resolve();
  }

  function nextWake(): Promise<void> {
    return new Promise((resolve) => wakers.push(resolve));
  }

  function restingPhase(): SyncLoopPhase {
    if (isStopped) return 'stopped';
    if (current.phase === 'rejected') return 'rejected';
    return isRegistered ? 'waiting' : 'unregistered';
  }

  function mayConnect(): boolean {
    return (
      !isStopped &&
      isRegistered &&
      current.phase !== 'rejected' &&
      !current.isHubOffline &&
      clock.now() >= retryAt
    );
  }

  function endEpoch(): void {
    epoch?.controller.abort();
    epoch = null;
  }

  /**
   * Wakes the supervisor when the backoff is over; the supervisor arms it each time it rests. A
   * timer may fire a millisecond or two before the clock reads its due time (timers and the wall
   * clock tick apart), so each rest arms it for what is left instead of trusting the last timer: a
   * wake that finds the backoff not quite over must not leave the loop waiting with nothing to
   * wake it.
   */
  function armRetryTimer(): void {
    cancelRetryTimer();
    cancelRetryTimer = () => undefined;
    const left = retryAt - clock.now();
    if (left > 0) cancelRetryTimer = clock.setTimer(wake, left);
  }

  function fail(failed: Epoch, error: unknown): void {
    if (isStopped || epoch !== failed) return;
    const failure = toSyncError(error);
    endEpoch();
    if (failure.kind === 'unregistered') {
      logger.warn({ reason: failure.message }, 'the hub refused the station token; waiting for a sign-in');
      update({ phase: 'rejected', failure: failure.kind, lastError: failure.message });
      return;
    }
    attempt += 1;
    const delay = backoffDelay(attempt, random, policy);
    // The epoch is over: the supervisor comes back to rest, and arms the wait from `retryAt`.
    retryAt = clock.now() + delay;
    logger.debug({ attempt, delay, kind: failure.kind, err: failure.cause }, 'sync request failed');
    update({ phase: 'waiting', failure: failure.kind, lastError: failure.message });
  }

  async function connectOnce(opened: Epoch): Promise<void> {
    try {
      const signals = await options.openStream(opened.controller.signal);
      if (epoch !== opened) return;
      update({ phase: 'live' });
      options.onConnected();
      for await (const signal of signals) {
        if (epoch !== opened) return;
        options.onSignal(signal);
      }
      throw new SyncRequestError('unreachable', 'The hub closed the live connection');
    } catch (error) {
      fail(opened, error);
    }
  }

  async function supervise(): Promise<void> {
    while (!isStopped) {
      if (!mayConnect()) {
        update({ phase: restingPhase() });
        armRetryTimer();
        await nextWake();
        continue;
      }
      const opened: Epoch = { id: nextEpochId++, controller: new AbortController() };
      epoch = opened;
      update({ phase: 'connecting' });
      wake();
      await connectOnce(opened);
    }
    update({ phase: 'stopped' });
  }

  async function gate(scope: AbortSignal | undefined): Promise<Epoch> {
    for (;;) {
      if (isStopped || scope?.aborted === true) throw new SyncStoppedError();
      if (epoch !== null) return epoch;
      scope?.addEventListener('abort', wake, { once: true });
      try {
        await nextWake();
      } finally {
        scope?.removeEventListener('abort', wake);
      }
    }
  }

  async function run<T>(operation: (signal: AbortSignal) => Promise<T>, scope?: AbortSignal): Promise<T> {
    for (;;) {
      const opened = await gate(scope);
      const signal =
        scope === undefined ? opened.controller.signal : AbortSignal.any([opened.controller.signal, scope]);
      const task = operation(signal);
      inFlight.add(task);
      try {
        return await task;
      } catch (error) {
        if (isStopped || scope?.aborted === true) throw new SyncStoppedError();
        fail(opened, error);
      } finally {
        inFlight.delete(task);
      }
    }
  }

  return {
    start(registered) {
      isRegistered = registered;
      supervising = supervise();
    },
    registered() {
      isRegistered = true;
      attempt = 0;
      retryAt = 0;
      if (current.phase === 'rejected' || current.phase === 'unregistered') {
        update({ phase: 'waiting', failure: null, lastError: null });
      }
      wake();
    },
    hubConnectionChanged(state, reason) {
      if (state === 'offline') {
        const failure = new SyncRequestError('unreachable', reason ?? 'The hub is not reachable');
        if (epoch !== null) fail(epoch, failure);
        // The health check's reason is the freshest word on the outage (a 401 stays the story).
        if (current.phase === 'rejected') update({ isHubOffline: true });
        else update({ isHubOffline: true, failure: failure.kind, lastError: failure.message });
      } else if (state === 'online' && current.isHubOffline) {
        // The hub is back: no reason to sit out the rest of a backoff meant for the outage.
        attempt = 0;
        retryAt = 0;
        update({ isHubOffline: false });
        wake();
      }
    },
    caughtUp() {
      attempt = 0;
      update({ failure: null, lastError: null });
    },
    retryNow() {
      retryAt = 0;
      wake();
    },
    run,
    snapshot: () => current,
    stop() {
      stopping ??= (async () => {
        isStopped = true;
        cancelRetryTimer();
        endEpoch();
        wake();
        await Promise.allSettled([...inFlight]);
        await supervising;
      })();
      return stopping;
    },
  };
}
