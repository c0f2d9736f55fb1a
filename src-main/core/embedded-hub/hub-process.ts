import { fork } from 'node:child_process';

/** How a hub process ended. `signal` is null when it exited by itself or the launcher cannot tell. */
export type HubProcessExit = {
  readonly code: number | null;
  readonly signal: string | null;
  /** Set when the process could not be started at all. */
  readonly error?: Error;
};

/**
 * A hub child process as the embedded-hub supervisor sees it, whatever started it: Node's
 * `child_process.fork` here, Electron's utility process in the shell (which core cannot import).
 */
export type HubProcess = {
  readonly pid: number | undefined;
  /** The hub's output; the supervisor drains it into the hub's log file. */
  readonly stdout: NodeJS.ReadableStream | null;
  readonly stderr: NodeJS.ReadableStream | null;
  /** Messages the hub posts to its parent (`{ type: 'ready', … }`); returns the unsubscribe. */
  onMessage(listener: (message: unknown) => void): () => void;
  /** Called once, after the process has ended and its output has been drained. */
  onExit(listener: (exit: HubProcessExit) => void): void;
  /** Asks the hub to stop gracefully (it may take a moment to close its database). */
  terminate(): void;
  /** Ends it now: for a hub that ignored terminate(). */
  kill(): void;
};

/** Starts the built hub entry with its command-line arguments and extra environment. */
export type HubProcessLauncher = (
  entry: string,
  args: readonly string[],
  options: { readonly env: Readonly<Record<string, string | undefined>> },
) => HubProcess;

/** The default launcher: `child_process.fork` with an IPC channel, on `execPath` (default this Node). */
export function createNodeForkLauncher(execPath: string = process.execPath): HubProcessLauncher {
  return (entry, args, options) => {
    const child = fork(entry, [...args], {
      execPath,
      env: definedEntries({ ...process.env, ...options.env }),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'json',
    });
    const isRunning = () => child.pid !== undefined && child.exitCode === null && child.signalCode === null;
    // 'close' comes after 'exit' once the pipes are drained, so the log and the tail are complete.
    const ended = new Promise<HubProcessExit>((resolve) => {
      child.once('close', (code, signal) => resolve({ code, signal }));
      child.once('error', (error) => {
        // A process that never spawned emits no 'close'.
        if (child.pid === undefined) resolve({ code: null, signal: null, error });
      });
    });
    return {
      pid: child.pid,
      stdout: child.stdout,
      stderr: child.stderr,
      onMessage(listener) {
        const forward = (message: unknown) => listener(message);
        child.on('message', forward);
        return () => child.off('message', forward);
      },
      onExit(listener) {
        void ended.then(listener);
      },
      terminate() {
        if (isRunning()) child.kill('SIGTERM');
      },
      kill() {
        if (isRunning()) child.kill('SIGKILL');
      },
    };
  };
}

function definedEntries(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) result[key] = value;
  return result;
}
