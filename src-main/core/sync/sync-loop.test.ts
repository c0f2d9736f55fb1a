import { afterEach, describe, expect, it, vi } from 'vitest';
import { createManualClock, type ManualClock } from '../clock/testing/manual-clock';
import { connectionRefused, createFakeTransport, jsonResponse } from '../hub-link/testing/fake-transport';
import { createLogger } from '../logging';
import { createSyncClient } from './sync-client';
import { SyncRequestError } from './sync-errors';
import { createSyncLoop, type SyncLoop, type SyncLoopSnapshot, SyncStoppedError } from './sync-loop';

const logger = createLogger('sync-loop-test', { level: 'silent' });

type HubScript = 'up' | 'down' | 'forgot-station';
type SetUpOptions = { isRegistered?: boolean; hub?: HubScript; timersFireEarly?: boolean };

/** A loop over a sync client whose transport plays a hub that is up, down, or lost the station. */
function setUp(options: SetUpOptions = {}) {
  const manual: ManualClock = createManualClock(Date.parse('2026-12-02T08:30:00.000Z'));
  // Real timers may fire a millisecond before the wall clock reads their due time.
  const clock: ManualClock =
    options.timersFireEarly === true
      ? { ...manual, setTimer: (callback, ms) => manual.setTimer(callback, Math.max(1, ms - 1)) }
      : manual;
  const hub = { script: options.hub ?? 'up', streamsOpened: 0 };
  const transport = createFakeTransport(() => {
    if (hub.script === 'down') return connectionRefused();
    if (hub.script === 'forgot-station') {
      return jsonResponse(401, {
        code: 'unauthorized',
        message: 'This station is not registered with the hub — sign in again',
      });
    }
    hub.streamsOpened += 1;
    // Open until the station aborts it.
    return new Response(new ReadableStream<Uint8Array>(), { status: 200 });
  });
  const client = createSyncClient({
    hubUrl: 'http://hub.test',
    stationId: 'st-1',
    transport,
    clock,
    stationToken: () => 'st-token',
  });
  const snapshots: SyncLoopSnapshot[] = [];
  const connections: number[] = [];
  const loop = createSyncLoop({
    clock,
    logger,
    openStream: (signal) => client.openStream(signal),
    onConnected: () => connections.push(clock.now()),
    onSignal: () => undefined,
    onChange: (snapshot) => snapshots.push(snapshot),
    // The top of every backoff step: waits are exact.
    random: () => 0.999_999,
  });
  loop.start(options.isRegistered ?? true);
  return { clock, hub, transport, loop, snapshots, connections };
}

async function phaseIs(loop: SyncLoop, phase: SyncLoopSnapshot['phase']): Promise<void> {
  await vi.waitFor(() => expect(loop.snapshot().phase).toBe(phase));
}

describe('the sync loop', () => {
  let loops: SyncLoop[] = [];
  afterEach(async () => {
    for (const loop of loops) await loop.stop();
    loops = [];
  });
  function started(options: SetUpOptions = {}) {
    const setup = setUp(options);
    loops.push(setup.loop);
    return setup;
  }

  it('waits for a registration before it asks the hub anything, then connects at once', async () => {
    const { loop, transport, hub, connections } = started({ isRegistered: false });
    await phaseIs(loop, 'unregistered');
    expect(transport.calls).toEqual([]);
    loop.registered();
    await phaseIs(loop, 'live');
    expect({ streams: hub.streamsOpened, connections: connections.length }).toEqual({
      streams: 1,
      connections: 1,
    });
  });

  it('backs off 0.5 s, 1 s, 2 s … while the hub is down, and reconnects when it is back', async () => {
    const { loop, hub, clock, snapshots } = started({ hub: 'down' });
    await phaseIs(loop, 'waiting');
    const waits: number[] = [];
    let previous = 0;
    for (let failures = 1; failures <= 5; failures++) {
      // The next failure arms the next timer; the previous one has fired.
      await vi.waitFor(() =>
        expect(clock.pendingDelays()).toEqual([expect.not.stringMatching(String(previous))]),
      );
      previous = clock.pendingDelays()[0] ?? 0;
      waits.push(previous);
      if (failures === 5) hub.script = 'up';
      clock.advance(previous);
    }
    await phaseIs(loop, 'live');
    expect({
      waits,
      lastError: loop.snapshot().lastError,
      firstFailure: snapshots.find((s) => s.phase === 'waiting'),
    }).toEqual({
      waits: [500, 1000, 2000, 4000, 8000],
      // Kept until the replications catch up: being connected is not yet being in sync.
      lastError: 'Hub refused the connection (not running?)',
      firstFailure: {
        phase: 'waiting',
        isHubOffline: false,
        failure: 'unreachable',
        lastError: 'Hub refused the connection (not running?)',
      },
    });
    loop.caughtUp();
    expect(loop.snapshot()).toEqual({ phase: 'live', isHubOffline: false, failure: null, lastError: null });
  });

  it('reconnects after a backoff whose timer fired a millisecond early', async () => {
    const { loop, hub, clock } = started({ hub: 'down', timersFireEarly: true });
    await phaseIs(loop, 'waiting');
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([499]));
    hub.script = 'up';
    clock.advance(499);
    // The wake came 1 ms before the backoff was over: the loop must wait out that millisecond.
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([1]));
    expect(loop.snapshot().phase).toBe('waiting');
    clock.advance(1);
    await phaseIs(loop, 'live');
  });

  it('lets requests out only while connected, retries a failed one after the backoff, and backs off once per outage', async () => {
    const { loop, hub, clock } = started();
    await phaseIs(loop, 'live');
    let attempts = 0;
    const failing = (signal: AbortSignal) => {
      attempts += 1;
      if (hub.script === 'down')
        return Promise.reject(new SyncRequestError('unreachable', 'Hub did not answer'));
      return Promise.resolve(signal.aborted ? 'aborted' : 'pulled');
    };
    hub.script = 'down';
    const first = loop.run(failing);
    const second = loop.run(failing);
    await phaseIs(loop, 'waiting');
    // Two requests failed in one outage: one backoff step, not two.
    expect({ attempts, delays: clock.pendingDelays() }).toEqual({ attempts: 2, delays: [500] });
    hub.script = 'up';
    clock.advance(500);
    expect([await first, await second, attempts]).toEqual(['pulled', 'pulled', 4]);
  });

  it('stops asking after the hub forgets the station, until someone signs in again', async () => {
    const { loop, hub, clock, transport } = started();
    await phaseIs(loop, 'live');
    hub.script = 'forgot-station';
    const pull = loop.run(() =>
      hub.script === 'up'
        ? Promise.resolve('pulled')
        : Promise.reject(
            new SyncRequestError(
              'unregistered',
              'This station is not registered with the hub — sign in again',
            ),
          ),
    );
    await phaseIs(loop, 'rejected');
    const callsWhenRejected = transport.calls.length;
    clock.advance(60_000);
    expect({
      snapshot: loop.snapshot(),
      calls: transport.calls.length - callsWhenRejected,
      timers: clock.pendingDelays(),
    }).toEqual({
      snapshot: {
        phase: 'rejected',
        isHubOffline: false,
        failure: 'unregistered',
        lastError: 'This station is not registered with the hub — sign in again',
      },
      calls: 0,
      timers: [],
    });
    hub.script = 'up';
    loop.registered();
    await phaseIs(loop, 'live');
    expect(await pull).toBe('pulled');
  });

  it('sits out an offline hub link and connects as soon as the hub answers again', async () => {
    const { loop, hub, clock, transport } = started();
    await phaseIs(loop, 'live');
    hub.script = 'down';
    loop.hubConnectionChanged('offline', 'Hub refused the connection (not running?)');
    await phaseIs(loop, 'waiting');
    const callsWhenOffline = transport.calls.length;
    clock.advance(120_000);
    expect({
      offline: loop.snapshot().isHubOffline,
      calls: transport.calls.length - callsWhenOffline,
    }).toEqual({
      offline: true,
      calls: 0,
    });
    hub.script = 'up';
    loop.hubConnectionChanged('online', null);
    await phaseIs(loop, 'live');
    expect(loop.snapshot().isHubOffline).toBe(false);
  });

  it('skips the rest of a backoff on "sync now"', async () => {
    const { loop, hub, clock } = started({ hub: 'down' });
    await phaseIs(loop, 'waiting');
    hub.script = 'up';
    expect(clock.pendingDelays()).toEqual([500]);
    loop.retryNow();
    await phaseIs(loop, 'live');
  });

  it('ends the stream and every waiting request when it stops', async () => {
    const { loop } = started({ hub: 'down' });
    await phaseIs(loop, 'waiting');
    const waiting = loop.run(() => Promise.resolve('never sent'));
    const scope = new AbortController();
    const cancelled = loop.run(() => Promise.resolve('never sent'), scope.signal);
    scope.abort();
    await expect(cancelled).rejects.toBeInstanceOf(SyncStoppedError);
    await loop.stop();
    await expect(waiting).rejects.toBeInstanceOf(SyncStoppedError);
    expect(loop.snapshot().phase).toBe('stopped');
  });
});
