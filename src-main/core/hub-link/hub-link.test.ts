import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HubConnection } from '../../../src-shared/features/station';
import { createSystemClock } from '../clock';
import { createManualClock, type ManualClock } from '../clock/testing/manual-clock';
import { createLogger } from '../logging';
import { createFetchTransport, createHubLink, type HubLink, type HubTransport } from './index';
import { startFakeHubServer, type FakeHubServer } from './testing/fake-hub-server';
import {
  connectionRefused,
  createFakeTransport,
  hangUntilAborted,
  jsonResponse,
  type TransportCall,
} from './testing/fake-transport';

const logger = createLogger('hub-link-test', { level: 'silent' });
const hubUrl = 'http://hub.test:8080';

function health(hubTimeMs: number) {
  return {
    status: 'ok',
    version: '1.2.3',
    engine: 'pglite',
    hubTime: new Date(hubTimeMs).toISOString(),
    startedAt: '2025-01-01T00:00:00.000Z',
  };
}

/** A hub whose answers take `rttMs` of manual time and whose clock runs `skewMs` ahead. */
function scriptedHub(clock: ManualClock) {
  const script = { rttMs: 40, skewMs: 500, fail: false as false | 'refused' | 'hang' | 503 | 'garbage' };
  const transport = createFakeTransport((call: TransportCall) => {
    if (script.fail === 'refused') return connectionRefused();
    if (script.fail === 'hang') return hangUntilAborted(call);
    if (script.fail === 503) return jsonResponse(503, { code: 'unavailable', message: 'busy' });
    if (script.fail === 'garbage') return jsonResponse(200, { hello: 'world' });
    clock.advance(script.rttMs / 2);
    const body = health(clock.now() + script.skewMs);
    clock.advance(script.rttMs / 2);
    return jsonResponse(200, body);
  });
  return { script, transport };
}

function makeLink(clock: ManualClock, transport: HubTransport) {
  const events: HubConnection[] = [];
  const link = createHubLink({
    hubUrl,
    isEmbedded: true,
    stationId: 'station-1',
    transport,
    clock,
    logger,
    onChange: (connection) => events.push(connection),
  });
  return { link, events };
}

describe('hub link with a scripted hub', () => {
  it('goes online with RTT and an NTP-style clock offset, sending station time and id', async () => {
    const clock = createManualClock(Date.parse('2025-03-01T08:00:00.000Z'));
    const { transport } = scriptedHub(clock);
    const { link, events } = makeLink(clock, transport);
    await link.checkNow();
    expect(events).toEqual([
      {
        state: 'online',
        hubUrl,
        isEmbedded: true,
        rttMs: 40,
        clockOffsetMs: 500,
        lastContactAt: '2025-03-01T08:00:00.040Z',
        hubVersion: '1.2.3',
        engine: 'pglite',
        lastError: null,
      },
    ]);
    const [call] = transport.calls;
    expect(call?.url).toBe('http://hub.test:8080/api/health');
    expect(call?.init.headers).toMatchObject({
      'x-packline-station-time': '2025-03-01T08:00:00.000Z',
      'x-packline-station-id': 'station-1',
    });
  });

  it('walks online → connecting → offline → online, with a plain-language error', async () => {
    const clock = createManualClock();
    const { script, transport } = scriptedHub(clock);
    const { link, events } = makeLink(clock, transport);
    await link.checkNow();
    script.fail = 'refused';
    await link.checkNow();
    await link.checkNow();
    script.fail = false;
    await link.checkNow();
    expect(events.map((e) => [e.state, e.lastError, e.rttMs])).toEqual([
      ['online', null, 40],
      ['connecting', 'Hub refused the connection (not running?)', null],
      ['offline', 'Hub refused the connection (not running?)', null],
      ['online', null, 40],
    ]);
    expect(link.snapshot().clockOffsetMs).toBe(500);
  });

  it('goes offline straight from the first failed check', async () => {
    const clock = createManualClock();
    const { script, transport } = scriptedHub(clock);
    script.fail = 503;
    const { link, events } = makeLink(clock, transport);
    await link.checkNow();
    script.fail = 'garbage';
    await link.checkNow();
    expect(events.map((e) => [e.state, e.lastError])).toEqual([
      ['offline', 'Hub answered HTTP 503'],
      ['offline', 'The address answers, but not as a Packline hub'],
    ]);
  });

  it('times out a silent hub after 1.5 s of the injected clock', async () => {
    const clock = createManualClock();
    const { script, transport } = scriptedHub(clock);
    script.fail = 'hang';
    const { link, events } = makeLink(clock, transport);
    const check = link.checkNow();
    clock.advance(1499);
    await Promise.resolve();
    expect(events).toEqual([]);
    clock.advance(1);
    await check;
    expect(events.map((e) => [e.state, e.lastError])).toEqual([
      ['offline', 'Hub did not answer within 1.5 s'],
    ]);
  });

  it('emits only when the state, the RTT bucket, the error or the offset (> 50 ms) changes', async () => {
    const clock = createManualClock();
    const { script, transport } = scriptedHub(clock);
    const { link, events } = makeLink(clock, transport);
    await link.checkNow(); // online, rtt 40 (bucket 25–50), offset 500
    script.rttMs = 44;
    script.skewMs = 540;
    await link.checkNow(); // same bucket, offset moved 40 ms: quiet
    script.skewMs = 560;
    await link.checkNow(); // 60 ms from the last emitted offset: news
    script.rttMs = 120;
    await link.checkNow(); // new RTT bucket: news
    expect(events.map((e) => [e.rttMs, e.clockOffsetMs])).toEqual([
      [40, 500],
      [44, 560],
      [120, 560],
    ]);
    expect(link.snapshot().rttMs).toBe(120);
  });

  it('schedules the next check 2 s after success and 1 s after failure, and stop() ends it', async () => {
    const clock = createManualClock();
    const { script, transport } = scriptedHub(clock);
    const { link } = makeLink(clock, transport);
    link.start();
    link.start();
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([2000]));
    script.fail = 'refused';
    clock.advance(2000);
    await vi.waitFor(() => expect(clock.pendingDelays()).toEqual([1000]));
    expect(transport.calls).toHaveLength(2);
    await link.stop();
    expect(clock.pendingDelays()).toEqual([]);
  });

  it('stop() cancels a check in flight and announces nothing after it', async () => {
    const clock = createManualClock();
    const { script, transport } = scriptedHub(clock);
    script.fail = 'hang';
    const { link, events } = makeLink(clock, transport);
    link.start();
    await vi.waitFor(() => expect(transport.calls).toHaveLength(1));
    await link.stop();
    expect(events).toEqual([]);
    expect(clock.pendingDelays()).toEqual([]);
  });
});

describe('hub link with the real fetch', () => {
  it('names the reason fetch hides in its cause chain', async () => {
    const events: HubConnection[] = [];
    // Port 9 is on fetch's list of blocked ports: a network error that needs no network.
    const link = createHubLink({
      hubUrl: 'http://127.0.0.1:9',
      isEmbedded: false,
      stationId: 's',
      transport: createFetchTransport(),
      clock: createSystemClock(),
      logger,
      onChange: (connection) => events.push(connection),
    });
    await link.checkNow();
    expect(events.map((e) => [e.state, e.lastError])).toEqual([['offline', 'Hub not reachable (bad port)']]);
  });
});

describe('hub link against a real HTTP hub', () => {
  let hub: FakeHubServer | undefined;
  let link: HubLink | undefined;
  afterEach(async () => {
    await link?.stop();
    await hub?.stop();
  });

  it('sees the hub stop (offline within 2 s) and come back, without restarting', async () => {
    hub = await startFakeHubServer();
    const states: string[] = [];
    // Short intervals keep the test quick; the timings at the defaults are covered above.
    link = createHubLink({
      hubUrl: hub.url,
      isEmbedded: false,
      stationId: 'station-real',
      transport: createFetchTransport(),
      clock: createSystemClock(),
      logger,
      onChange: (connection) => {
        // RTT changes also emit; only the sequence of states matters here.
        if (states.at(-1) !== connection.state) states.push(connection.state);
      },
      onlineIntervalMs: 400,
      retryIntervalMs: 200,
    });
    link.start();
    await vi.waitFor(() => expect(link?.snapshot().state).toBe('online'), { timeout: 2000 });
    expect(hub.requests[0]).toMatchObject({ path: '/api/health', stationId: 'station-real' });

    await hub.stop();
    const stoppedAt = Date.now();
    await vi.waitFor(() => expect(link?.snapshot().state).toBe('offline'), { timeout: 2000, interval: 20 });
    expect(Date.now() - stoppedAt).toBeLessThan(2000);

    await hub.restart();
    await vi.waitFor(() => expect(link?.snapshot().state).toBe('online'), { timeout: 2000 });
    expect(states).toEqual(['online', 'connecting', 'offline', 'online']);
  });
});
