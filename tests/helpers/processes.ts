import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A built entry (hub or station host) running as a child process. */
export type RunningProcess = {
  readonly url: string;
  stop(): Promise<void>;
};

type ReadyMessage = { type: 'ready'; url: string } | { type: 'fatal'; message: string };

const outDir = resolve('out', 'main');

/** A fresh folder removed by the returned function. */
export function makeTempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
  });
}

/** Options of {@link startEntry}. */
export type StartOptions = {
  /** How long to wait for `ready` (default 30 s); a demo hub's first start loads thousands of orders. */
  readyTimeoutMs?: number;
};

/** Forks a built entry and resolves once it reports `ready` over IPC. */
export async function startEntry(
  entry: 'hub.js' | 'host.js',
  args: string[],
  options: StartOptions = {},
): Promise<RunningProcess> {
  // A demo hub loads and allocates 10,000 orders on its first start: slow on a loaded 2-core machine.
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const child = fork(join(outDir, entry), args, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`${entry} not ready after ${readyTimeoutMs / 1000} s:\n${output}`)),
      readyTimeoutMs,
    );
    child.on('message', (message: ReadyMessage) => {
      clearTimeout(timer);
      if (message.type === 'ready') done(message.url);
      else fail(new Error(`${entry} failed: ${message.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${entry} exited with ${code} before ready:\n${output}`));
    });
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await waitForExit(child, 10_000);
    },
  };
}

/** A hub with demo users on `port`, its data in `dataDir` (reused across restarts). */
export function startHub(dataDir: string, port: number, options: StartOptions = {}): Promise<RunningProcess> {
  // 2,000 demo orders: enough for every screen, quick to load on each of the many starts a suite makes.
  const args = ['--data', dataDir, '--port', String(port), '--demo', '--demo-orders', '2000'];
  return startEntry('hub.js', args, options);
}

/** A station host for browsers, connected to the hub at `hubUrl`. */
export function startStationHost(hubUrl: string, dataDir: string): Promise<RunningProcess> {
  return startEntry('host.js', ['--hub-url', hubUrl, '--data', dataDir, '--port', '0']);
}
