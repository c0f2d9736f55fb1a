import { utilityProcess } from 'electron';
import type { HubProcess, HubProcessExit, HubProcessLauncher } from '../../core/embedded-hub';

// The embedded hub runs in an Electron utility process, not in a copy of Electron started with
// ELECTRON_RUN_AS_NODE: that lets the packaged app burn the runAsNode fuse, so nobody can use the
// signed Packline binary as a general-purpose Node.js (ADR 0004). In a utility process the hub
// talks to its parent through `process.parentPort.postMessage` instead of `process.send`.
//
// The port (HubProcess, HubProcessLauncher) is core's: core cannot import electron, so this
// folder implements it.

const drainLimitMs = 2000;

function definedEntries(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) result[key] = value;
  return result;
}

/** Resolves once `stream` has ended (or at once when there is none), like child_process 'close'. */
function drained(stream: NodeJS.ReadableStream | null): Promise<void> {
  if (stream === null) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once('end', resolve);
    stream.once('close', resolve);
    stream.once('error', resolve);
  });
}

/** A {@link HubProcessLauncher} on Electron's utilityProcess; call only after `app` is ready. */
export function launchHubInUtilityProcess(
  entry: string,
  args: readonly string[],
  options: { readonly env: Readonly<Record<string, string | undefined>> },
): HubProcess {
  const child = utilityProcess.fork(entry, [...args], {
    env: definedEntries({ ...process.env, ...options.env }),
    stdio: 'pipe',
    serviceName: 'Packline hub',
  });
  const output = Promise.all([drained(child.stdout), drained(child.stderr)]);
  const exited = new Promise<HubProcessExit>((resolve) => {
    child.once('exit', (code) => resolve({ code, signal: null }));
  });
  // Report the exit once the output is drained (the hub's last words belong in its log), but never
  // wait on a pipe that does not end longer than a moment.
  const ended = exited.then(async (exit) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([output, new Promise((resolve) => (timer = setTimeout(resolve, drainLimitMs)))]);
    clearTimeout(timer);
    return exit;
  });
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });

  return {
    get pid() {
      return child.pid;
    },
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
      if (hasExited) return;
      // The hub stops gracefully on `{ type: 'stop' }` from its parent port, which also works on
      // Windows, where kill() is immediate. On POSIX, SIGTERM as well reaches a hub whose port
      // listener is not registered yet (still starting).
      child.postMessage({ type: 'stop' });
      if (process.platform !== 'win32') child.kill();
    },
    kill() {
      // utilityProcess has no SIGKILL of its own; the pid is still ours until 'exit' is seen.
      if (hasExited || child.pid === undefined) return;
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // Already gone between the check and the signal.
      }
    },
  };
}

launchHubInUtilityProcess satisfies HubProcessLauncher;
