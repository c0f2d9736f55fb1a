import type { HubConnection } from '../../../src-shared/features/station';
import {
  type HubHealth,
  hubHealthSchema,
  hubPaths,
  stationIdHeader,
  stationTimeHeader,
} from '../../../src-shared/hub-api';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import { isVisibleChange } from './connection-change';
import { callHub, type HubTransport, HubUnreachableError } from './hub-transport';

/*
 * The hub connection monitor: one health check at a time, forever, until stop().
 *
 *                 ok                          ok
 *   connecting ───────────► online ◄──────────────────── offline
 *   (start)     ◄── fail ───  │  (one missed beat is a         ▲
 *       │                     │   retry, not yet an outage)    │
 *       └────────── fail ─────┴────────────────────────────────┘
 *                             (a second miss, or a miss before any answer)
 *
 * Checks run every `onlineIntervalMs` while online and every `retryIntervalMs` otherwise, each one
 * bounded by `timeoutMs`. A failed check never ends the loop: every error becomes `lastError`.
 */

export type HubLinkOptions = {
  readonly hubUrl: string;
  readonly isEmbedded: boolean;
  readonly stationId: string;
  readonly transport: HubTransport;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Called with the new connection whenever something the Station screen shows has changed. */
  readonly onChange: (connection: HubConnection) => void;
  readonly onlineIntervalMs?: number;
  readonly retryIntervalMs?: number;
  readonly timeoutMs?: number;
};

export type HubLink = {
  /** Starts the loop with an immediate check. */
  start(): void;
  /** The latest state, including changes too small to emit. */
  snapshot(): HubConnection;
  /** Runs one check now (the loop uses it; tests drive it directly). Never throws. */
  checkNow(): Promise<void>;
  /** Ends the loop and waits for a running check to settle. Idempotent. */
  stop(): Promise<void>;
};

type CheckResult =
  | { readonly ok: true; readonly health: HubHealth; readonly sentAt: number; readonly receivedAt: number }
  | { readonly ok: false; readonly error: string };

/** Creates the hub connection monitor; nothing runs until `start()`. */
export function createHubLink(options: HubLinkOptions): HubLink {
  const { clock, logger } = options;
  const onlineIntervalMs = options.onlineIntervalMs ?? 2000;
  const retryIntervalMs = options.retryIntervalMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 1500;

  let current: HubConnection = {
    state: 'connecting',
    hubUrl: options.hubUrl,
    isEmbedded: options.isEmbedded,
    rttMs: null,
    clockOffsetMs: null,
    lastContactAt: null,
    hubVersion: null,
    engine: null,
    lastError: null,
  };
  let lastEmitted = current;
  let isStarted = false;
  let isStopped = false;
  const stopSignal = new AbortController();
  let cancelTimer: () => void = () => {};
  let running: Promise<void> | null = null;

  async function checkHealth(): Promise<CheckResult> {
    const sentAt = clock.now();
    try {
      const answer = await callHub(options, {
        method: 'GET',
        path: hubPaths.health,
        headers: {
          [stationTimeHeader]: new Date(sentAt).toISOString(),
          [stationIdHeader]: options.stationId,
        },
        timeoutMs,
        signal: stopSignal.signal,
      });
      const receivedAt = clock.now();
      if (answer.status !== 200) return { ok: false, error: `Hub answered HTTP ${answer.status}` };
      const health = hubHealthSchema.safeParse(answer.body);
      if (!health.success) return { ok: false, error: 'The address answers, but not as a Packline hub' };
      return { ok: true, health: health.data, sentAt, receivedAt };
    } catch (error) {
      if (error instanceof HubUnreachableError) return { ok: false, error: error.message };
      logger.error({ err: error }, 'health check failed unexpectedly');
      return { ok: false, error: 'Health check failed' };
    }
  }

  function apply(result: CheckResult): void {
    if (result.ok) {
      const midpoint = (result.sentAt + result.receivedAt) / 2;
      current = {
        ...current,
        state: 'online',
        rttMs: result.receivedAt - result.sentAt,
        clockOffsetMs: Math.round(Date.parse(result.health.hubTime) - midpoint),
        lastContactAt: new Date(result.receivedAt).toISOString(),
        hubVersion: result.health.version,
        engine: result.health.engine,
        lastError: null,
      };
    } else {
      current = {
        ...current,
        state: current.state === 'online' ? 'connecting' : 'offline',
        rttMs: null,
        lastError: result.error,
      };
    }
    if (isVisibleChange(lastEmitted, current)) {
      if (current.state !== lastEmitted.state) {
        logger.info({ from: lastEmitted.state, to: current.state, error: current.lastError }, 'hub link');
      }
      lastEmitted = current;
      options.onChange(current);
    }
  }

  async function checkNow(): Promise<void> {
    const result = await checkHealth();
    // A check that was running when stop() came must not announce a state after the end.
    if (isStopped) return;
    try {
      apply(result);
    } catch (error) {
      logger.error({ err: error }, 'hub link listener failed');
    }
  }

  function tick(): void {
    if (isStopped) return;
    running = checkNow().finally(() => {
      running = null;
      if (!isStopped) {
        cancelTimer = clock.setTimer(tick, current.state === 'online' ? onlineIntervalMs : retryIntervalMs);
      }
    });
  }

  return {
    start() {
      if (isStarted) return;
      isStarted = true;
      tick();
    },
    snapshot: () => current,
    checkNow,
    async stop() {
      isStopped = true;
      cancelTimer();
      stopSignal.abort();
      await running;
    },
  };
}
