/**
 * A reason the hub cannot start that the operator can fix (bad flag, missing data folder, folder in
 * use). Its message is one line meant for a person; the CLI prints it without a stack.
 */
export class StartupError extends Error {
  /** Process exit code: 2 for a wrong command line or configuration, 1 for anything else. */
  readonly exitCode: number;

  constructor(message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'StartupError';
    this.exitCode = options.exitCode ?? 1;
  }
}

/** Exit code for a configuration the operator must change. */
export const configErrorExitCode = 2;

/** Builds a {@link StartupError} for a wrong command line, environment or config file (exit code 2). */
export function configError(message: string, cause?: unknown): StartupError {
  return new StartupError(message, { exitCode: configErrorExitCode, cause });
}

/** What the CLI prints and exits with when start-up fails. */
export type StartupFailure = { readonly message: string; readonly exitCode: number };

/**
 * Turns any start-up failure into one printable line and an exit code. Unexpected errors keep only
 * their first line: the stack belongs in the log, not in front of the operator.
 */
export function describeStartupFailure(error: unknown): StartupFailure {
  if (error instanceof StartupError) {
    return { message: firstLine(error.message), exitCode: error.exitCode };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: `Hub failed to start: ${firstLine(detail)}`, exitCode: 1 };
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]?.trim() ?? '';
}
