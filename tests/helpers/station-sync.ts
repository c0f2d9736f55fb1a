import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, vi } from 'vitest';
import { type Envelope, envelopeSchema } from '../../src-shared/bridge';
import type { OrderDetail, OrderSummary } from '../../src-shared/features/orders';
import type { AttentionItem, SyncState } from '../../src-shared/features/sync';
import type { StationProcessReply, StationProcessRequest } from './station-process';

/** A station core in its own process on its own data folder, called as one station window. */
export type TestStationCore = {
  readonly name: string;
  readonly dataDir: string;
  /** Calls a bridge channel; fails the test on an error answer. */
  call<T>(channel: string, input?: unknown): Promise<T>;
  /** Calls a bridge channel and hands back the whole envelope. */
  dispatch(channel: string, input?: unknown): Promise<Envelope<unknown>>;
  syncState(): Promise<SyncState>;
  /** Waits until `sync.state` matches, as a screen would see it, and answers it. */
  waitForSync(expected: Partial<SyncState>, timeoutMs?: number): Promise<SyncState>;
  orders(query?: Record<string, unknown>): Promise<OrderSummary[]>;
  order(orderId: string): Promise<OrderDetail | null>;
  attention(): Promise<AttentionItem[]>;
  /** The station token it keeps in sync.json. */
  stationToken(): Promise<string>;
  /** Stops the core and starts a new process on the same folder: a station restart. */
  restart(): Promise<void>;
  /** Stops the core (its whole shutdown), ends the process, deletes the folder. */
  dispose(): Promise<void>;
};

const entry = resolve('tests', 'helpers', 'station-process.ts');

/** What a test station has besides its hub. */
export type TestStationOptions = {
  /** A ZPL label printer on raw TCP (`host:port`), e.g. the test's printer peer. */
  readonly labelPrinter?: string;
};

/** Starts a station core against `hubUrl` with a fresh data folder and a fast hub health check. */
export async function startStationCore(
  name: string,
  hubUrl: string,
  options: TestStationOptions = {},
): Promise<TestStationCore> {
  const dataDir = mkdtempSync(join(tmpdir(), `packline-${name}-`));
  let station = await forkStation(name, hubUrl, dataDir, options);

  async function call<T>(channel: string, input: unknown = {}): Promise<T> {
    const answer = await station.dispatch(channel, input);
    if (!answer.ok) throw new Error(`${name} ${channel}: ${answer.error.code}: ${answer.error.message}`);
    // The station's dispatcher checked the answer against the channel's output schema; T names it.
    return answer.value as T;
  }
  const syncState = () => call<SyncState>('sync.state');
  return {
    name,
    dataDir,
    call,
    dispatch: (channel, input = {}) => station.dispatch(channel, input),
    syncState,
    async waitForSync(expected, timeoutMs = 30_000) {
      await vi.waitFor(async () => expect(await syncState()).toMatchObject(expected), {
        timeout: timeoutMs,
        interval: 50,
      });
      return syncState();
    },
    async orders(query = {}) {
      return (await call<{ orders: OrderSummary[] }>('orders.list', { limit: 200, ...query })).orders;
    },
    order: (orderId) => call<OrderDetail | null>('orders.get', { orderId }),
    attention: () => call<AttentionItem[]>('attention.list'),
    async stationToken() {
      const stored = JSON.parse(await readFile(join(dataDir, 'sync.json'), 'utf8')) as {
        stationToken: string;
      };
      return stored.stationToken;
    },
    async restart() {
      await stop(station.child);
      station = await forkStation(name, hubUrl, dataDir, options);
    },
    async dispose() {
      await stop(station.child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type ForkedStation = {
  readonly child: ChildProcess;
  dispatch(channel: string, input: unknown): Promise<Envelope<unknown>>;
};

async function forkStation(
  name: string,
  hubUrl: string,
  dataDir: string,
  options: TestStationOptions,
): Promise<ForkedStation> {
  const child = fork(entry, [dataDir, hubUrl, name], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, PACKLINE_TEST_LABEL_PRINTER: options.labelPrinter ?? '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (envelope: Envelope<unknown>) => void>();
  let nextId = 1;
  await new Promise<void>((ready, fail) => {
    child.on('message', (reply: StationProcessReply) => {
      if (reply.type === 'ready') ready();
      else if (reply.type === 'fatal') fail(new Error(`${name} did not start: ${reply.message}`));
      else waiting.get(reply.id)?.(envelopeSchema.parse(reply.envelope));
    });
    child.once('exit', (code) => fail(new Error(`${name} exited with ${code} before it was ready`)));
  });
  return {
    child,
    dispatch(channel, input) {
      const id = nextId++;
      const request: StationProcessRequest = { type: 'dispatch', id, channel, input };
      return new Promise((answer) => {
        waiting.set(id, (envelope) => {
          waiting.delete(id);
          answer(envelope);
        });
        child.send(request);
      });
    },
  };
}

/** Asks the process to shut its core down and waits for it to exit. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    const request: StationProcessRequest = { type: 'dispose' };
    child.send(request);
  });
}
