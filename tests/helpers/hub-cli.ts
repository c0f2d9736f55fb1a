import { type ChildProcess, execFile, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Repository root, where the hub's source entry lives. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The hub's CLI entry, run from source through tsx so the test needs no build. */
export const hubEntry = fileURLToPath(new URL('../../src-hub/main.ts', import.meta.url));

const nodeArgs = ['--import', 'tsx'];

/** What a finished CLI run printed and how it exited. */
export type CliRun = { readonly code: number | null; readonly stdout: string; readonly stderr: string };

/**
 * Runs the hub CLI to completion (only for runs that end on their own, like a refused start).
 * With `asUser`, runs it as that user via `runuser` (the caller must be root).
 */
export function runHubCli(
  args: readonly string[],
  options: { env?: Record<string, string>; asUser?: string } = {},
): Promise<CliRun> {
  const nodeCommand = [...nodeArgs, hubEntry, ...args];
  const [file, fileArgs] =
    options.asUser === undefined
      ? [process.execPath, nodeCommand]
      : ['runuser', ['-u', options.asUser, '--', process.execPath, ...nodeCommand]];
  return new Promise((resolve) => {
    execFile(
      file,
      fileArgs,
      {
        cwd: repoRoot,
        env: { ...process.env, PACKLINE_HUB_LOG_LEVEL: 'silent', ...options.env },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A hub CLI started with an IPC channel, as the station's embedded hub starts it. */
export type ForkedHub = {
  readonly child: ChildProcess;
  /** Messages received so far, in order. */
  readonly messages: unknown[];
  /** The first message (`ready` or `fatal`). */
  readonly firstMessage: Promise<unknown>;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  stdout(): string;
};

/** Forks the hub CLI with an IPC channel. The caller must end it (send `{type:'stop'}` or kill). */
export function forkHubCli(args: readonly string[], env: Record<string, string> = {}): ForkedHub {
  const child = fork(hubEntry, [...args], {
    cwd: repoRoot,
    execArgv: nodeArgs,
    env: { ...process.env, PACKLINE_HUB_LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const messages: unknown[] = [];
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.resume();
  const firstMessage = new Promise<unknown>((resolve, reject) => {
    child.on('message', (message) => {
      messages.push(message);
      resolve(message);
    });
    child.once('exit', (code) => reject(new Error(`hub exited with ${code} before sending a message`)));
  });
  // Avoid an unhandled rejection when a test awaits `exited` without `firstMessage`.
  firstMessage.catch(() => undefined);
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
  return { child, messages, firstMessage, exited, stdout: () => output };
}
