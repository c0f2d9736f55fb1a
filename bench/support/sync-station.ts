import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { envelopeSchema } from '../../src-shared/bridge';
import type { StationStatus } from '../../src-shared/features/station';
import { syncStateSchema } from '../../src-shared/features/sync';
import type { BenchStationReply, BenchStationRequest } from './sync-station-process';

/** A bridge event as the station process forwarded it, stamped when it arrived here. */
export type ArrivedEvent = { readonly name: string; readonly payload: unknown; readonly at: number };

/** A station core in its own process on a fresh data folder, called as one station window. */
export type BenchStation = {
  readonly name: string;
  /** Calls a bridge channel; throws on an error answer. */
  call<T>(channel: string, input?: unknown): Promise<T>;
  /** Calls `listener` with every bridge event from now on; returns the unsubscribe. */
  onEvent(listener: (event: ArrivedEvent) => void): () => void;
  /** Pulls everything the station may see over plain HTTP, without storing it (baseline). */
  rawPull(limit: number): Promise<{ documents: number; ms: number }>;
  /** Stops the core (its whole shutdown), ends the process, deletes the folder. */
  dispose(): Promise<void>;
};

const entry = resolve('bench', 'support', 'sync-station-process.ts');

/** Starts a station core against `hubUrl`; resolves once it is built and listening. */
export async function startBenchStation(name: string, hubUrl: string): Promise<BenchStation> {
  const dataDir = mkdtempSync(join(tmpdir(), `packline-bench-${name}-`));
  const child = fork(entry, [dataDir, hubUrl, name], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (reply: BenchStationReply) => void>();
  const listeners = new Set<(event: ArrivedEvent) => void>();
  let nextId = 1;
  let failure: Error | null = null;
  // A fatal report or an exit fails the start, or every call still waiting after it.
  const fatal = (reply: BenchStationReply & { type: 'fatal' }): Error => {
    const error = new Error(`${name}: ${reply.message}`);
    failure = error;
    for (const answer of [...waiting.values()]) answer(reply);
    return error;
  };
  try {
    await new Promise<void>((ready, fail) => {
      child.on('message', (reply: BenchStationReply) => {
        if (reply.type === 'ready') ready();
        else if (reply.type === 'fatal') fail(fatal(reply));
        else if (reply.type === 'event') {
          const event = { name: reply.name, payload: reply.payload, at: performance.now() };
          for (const listener of listeners) listener(event);
        } else waiting.get(reply.id)?.(reply);
      });
      child.once('exit', (code) => fail(fatal({ type: 'fatal', message: `exited with ${code}` })));
    });
  } catch (error) {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  function request(message: BenchStationRequest & { id: number }): Promise<BenchStationReply> {
    if (failure !== null) return Promise.reject(failure);
    return new Promise((answer) => {
      waiting.set(message.id, (reply) => {
        waiting.delete(message.id);
        answer(reply);
      });
      child.send(message);
    });
  }

  return {
    name,
    async call<T>(channel: string, input: unknown = {}): Promise<T> {
      const reply = await request({ type: 'dispatch', id: nextId++, channel, input });
      if (reply.type !== 'answer') throw new Error(`${name} ${channel}: ${JSON.stringify(reply)}`);
      const envelope = envelopeSchema.parse(reply.envelope);
      if (!envelope.ok)
        throw new Error(`${name} ${channel}: ${envelope.error.code}: ${envelope.error.message}`);
      // The station's dispatcher checked the value against the channel's output schema; T names it.
      return envelope.value as T;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async rawPull(limit) {
      const reply = await request({ type: 'rawPull', id: nextId++, limit });
      if (reply.type !== 'pulled') throw new Error(`${name} raw pull: ${JSON.stringify(reply)}`);
      return { documents: reply.documents, ms: reply.ms };
    },
    async dispose() {
      await stop(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Resolves with the first event `isWanted` accepts, or fails after `timeoutMs`. */
export function nextEvent(
  station: BenchStation,
  isWanted: (event: ArrivedEvent) => boolean,
  timeoutMs: number,
): Promise<ArrivedEvent> {
  return new Promise((found, fail) => {
    const timer = setTimeout(() => {
      unsubscribe();
      fail(new Error(`${station.name}: no matching event within ${timeoutMs} ms`));
    }, timeoutMs);
    const unsubscribe = station.onEvent((event) => {
      if (!isWanted(event)) return;
      clearTimeout(timer);
      unsubscribe();
      found(event);
    });
  });
}

/** Resolves once the station's health checks reach the hub, so a sign-in goes through at once. */
export function waitForHubLink(station: BenchStation): Promise<void> {
  return waitUntil(`${station.name}'s hub link`, async () => {
    const status = await station.call<StationStatus>('station.status');
    return status.hub.state === 'online';
  });
}

/** The station says every collection was pulled up to date since its stream opened. */
export function isCaughtUp(event: ArrivedEvent): boolean {
  if (event.name !== 'sync.state') return false;
  const state = syncStateSchema.safeParse(event.payload);
  return state.success && state.data.lastSyncedAt !== null;
}

/** Calls `check` every `intervalMs` until it answers true; fails after `timeoutMs`. */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  { intervalMs = 50, timeoutMs = 60_000 }: { intervalMs?: number; timeoutMs?: number } = {},
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((wake) => setTimeout(wake, intervalMs));
  }
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
    if (child.connected) child.send({ type: 'dispose' } satisfies BenchStationRequest);
    else child.kill('SIGTERM');
  });
}
