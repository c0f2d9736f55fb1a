import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../src-shared/errors';
import { type Logger, rotateLogFile } from '../logging';
import {
  createNodeForkLauncher,
  type HubProcess,
  type HubProcessExit,
  type HubProcessLauncher,
} from './hub-process';
import { type CreatedUser, hubProcessMessageSchema } from './hub-process-messages';

export type EmbeddedHubOptions = {
  /** The built hub entry (`hub.js`). */
  readonly hubEntry: string;
  /** The hub's own data folder (PGlite lives there). Created when missing. */
  readonly dataDir: string;
  /** Node to run it with (default launcher only; default this process's binary). */
  readonly execPath?: string;
  /** Added to this process's environment for the hub. */
  readonly env?: Readonly<Record<string, string>>;
  /** Creates demo users on first start. */
  readonly demo: boolean;
  /** Where the hub's standard output and error go; default `<dataDir>/hub-process.log`. */
  readonly logFile?: string;
  /** Starts the process; default `child_process.fork` on `execPath`. Electron passes a utility process. */
  readonly fork?: HubProcessLauncher;
  readonly startTimeoutMs?: number;
  /** How long `stop()` waits after asking the hub to stop before killing it; default 5 s. */
  readonly stopGraceMs?: number;
  readonly logger?: Logger;
};

/** A running hub process. */
export type EmbeddedHub = {
  readonly url: string;
  /** Users created on this start (first start only), with their passwords. */
  readonly createdUsers: readonly CreatedUser[];
  /** Asks the hub to stop, kills it after the grace period; resolves once it has exited. Idempotent. */
  stop(): Promise<void>;
};

const stderrTailChars = 4000;

/**
 * Starts the hub as a child process on a free port of 127.0.0.1 and waits until it says it listens.
 * Rejects with an `AppError` whose message is one line: the hub's own `fatal` reason, or the end of
 * its standard error when it died before being ready.
 */
export async function startEmbeddedHub(options: EmbeddedHubOptions): Promise<EmbeddedHub> {
  const logFile = options.logFile ?? join(options.dataDir, 'hub-process.log');
  try {
    mkdirSync(options.dataDir, { recursive: true });
    rotateLogFile(logFile);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('unavailable', `Cannot use the hub data folder ${options.dataDir}: ${reason}`);
  }
  const log = createWriteStream(logFile, { flags: 'a' });
  // The hub's output is for diagnosis only: a log file that cannot be written (its folder removed
  // meanwhile, a full disk) must not take the station down with an unhandled stream error.
  log.on('error', () => undefined);
  const args = ['--port', '0', '--host', '127.0.0.1', '--data', options.dataDir];
  if (options.demo) args.push('--demo');
  const graceMs = options.stopGraceMs ?? 5000;

  const launch = options.fork ?? createNodeForkLauncher(options.execPath);
  const child = launch(options.hubEntry, args, { env: options.env ?? {} });
  let stderrTail = '';
  child.stdout?.pipe(log, { end: false });
  child.stderr?.on('data', (chunk: Buffer | string) => {
    log.write(chunk);
    stderrTail = (stderrTail + chunk.toString()).slice(-stderrTailChars);
  });
  let hasExited = false;
  const exited = new Promise<HubProcessExit>((resolve) => {
    child.onExit((exit) => {
      hasExited = true;
      options.logger?.info({ code: exit.code, signal: exit.signal }, 'hub process exited');
      log.end();
      resolve(exit);
    });
  });
  const terminate = async () => {
    if (hasExited) return;
    child.terminate();
    const timer = setTimeout(() => child.kill(), graceMs);
    await exited;
    clearTimeout(timer);
  };

  try {
    const ready = await waitForReady(child, exited, () => stderrTail, options.startTimeoutMs ?? 60_000);
    let stopping: Promise<void> | null = null;
    return {
      url: ready.url,
      createdUsers: ready.createdUsers,
      stop() {
        stopping ??= terminate();
        return stopping;
      },
    };
  } catch (error) {
    await terminate();
    throw error;
  }
}

type Ready = { url: string; createdUsers: CreatedUser[] };

function waitForReady(
  child: HubProcess,
  exited: Promise<HubProcessExit>,
  stderrTail: () => string,
  timeoutMs: number,
): Promise<Ready> {
  return new Promise<Ready>((resolve, reject) => {
    let isSettled = false;
    const settle = (action: () => void) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      unsubscribe();
      action();
    };
    const timer = setTimeout(() => {
      settle(() => reject(new AppError('unavailable', `The hub did not start within ${timeoutMs / 1000} s`)));
    }, timeoutMs);
    const unsubscribe = child.onMessage((raw) => {
      const message = hubProcessMessageSchema.safeParse(raw);
      if (!message.success) return;
      const value = message.data;
      if (value.type === 'ready') settle(() => resolve({ url: value.url, createdUsers: value.createdUsers }));
      else settle(() => reject(new AppError('unavailable', oneLine(value.message))));
    });
    void exited.then((exit) =>
      settle(() => reject(new AppError('unavailable', exitMessage(exit, stderrTail())))),
    );
  });
}

function exitMessage(exit: HubProcessExit, stderrTail: string): string {
  if (exit.error !== undefined) return `Cannot start the hub: ${oneLine(exit.error.message)}`;
  const how = exit.signal === null ? `code ${exit.code ?? '?'}` : `signal ${exit.signal}`;
  const tail = lastLines(stderrTail);
  return `The hub stopped during start-up (${how})${tail === '' ? '' : `: ${tail}`}`;
}

/**
 * The line of a process's standard error a person needs: the last error headline
 * (`Error: Cannot find module …`) when there is one, else the last few lines, as one line.
 */
function lastLines(text: string, count = 3): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const headline = lines.findLast((line) => /^[A-Za-z]*Error\b.*:/.test(line));
  return oneLine(headline ?? lines.slice(-count).join(' / '));
}

function oneLine(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' / ').trim();
  return flat.length > 500 ? `${flat.slice(0, 499)}…` : flat;
}
