// The station stops in one fixed order, whatever asked it to (window closed, Cmd+Q, SIGTERM, a
// second before-quit while the first is still running):
//
//   idle ──request()──▶ draining ──▶ quitting ──▶ done
//                       stopIpc        quit
//                       disposeCore
//                       stopHub
//
// Stop accepting IPC first so no new work reaches a core that is closing its database; dispose the
// core before the embedded hub so its last sync call still finds the hub; quit last. A failing or
// hanging step is reported and the next one still runs: a half-stopped station is worse than one
// that logged why a step failed.

/** The steps, in the order they run. */
export const shutdownOrder = ['stopIpc', 'disposeCore', 'stopHub', 'quit'] as const;

/** Name of one shutdown step. */
export type ShutdownStepName = (typeof shutdownOrder)[number];

/** One function per step; the plan, not the caller, decides the order. */
export type ShutdownSteps = Readonly<Record<ShutdownStepName, () => void | Promise<void>>>;

/** A step that threw, rejected or timed out. */
export type ShutdownFailure = { readonly step: ShutdownStepName; readonly error: unknown };

/** Where the plan is; see the diagram at the top of this file. */
export type ShutdownState = 'idle' | 'draining' | 'quitting' | 'done';

/** Options of {@link createShutdownPlan}. */
export type ShutdownPlanOptions = {
  readonly onStepFailed: (failure: ShutdownFailure) => void;
  /** How long one step may take before the plan moves on. */
  readonly stepTimeoutMs?: number;
};

/** A shutdown that runs at most once. */
export type ShutdownPlan = {
  readonly state: ShutdownState;
  /** True once the steps before `quit` have run: Electron's before-quit must let quitting through. */
  readonly isQuitAllowed: boolean;
  /**
   * Starts the shutdown. Every later call, during or after it, starts nothing and returns the
   * same promise. Never rejects: failures are in the result (and were reported as they happened).
   */
  request(): Promise<readonly ShutdownFailure[]>;
};

const defaultStepTimeoutMs = 15_000;

async function runStep(step: () => void | Promise<void>, timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    // Promise.resolve().then turns a synchronous throw into a rejection like an async one.
    await Promise.race([Promise.resolve().then(step), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Builds the plan; nothing runs until {@link ShutdownPlan.request}. */
export function createShutdownPlan(steps: ShutdownSteps, options: ShutdownPlanOptions): ShutdownPlan {
  const timeoutMs = options.stepTimeoutMs ?? defaultStepTimeoutMs;
  let state: ShutdownState = 'idle';
  let running: Promise<readonly ShutdownFailure[]> | undefined;

  async function run(): Promise<readonly ShutdownFailure[]> {
    const failures: ShutdownFailure[] = [];
    for (const name of shutdownOrder) {
      // Electron's before-quit fires again when the quit step calls app.quit(); from here on
      // the caller must let it through.
      if (name === 'quit') state = 'quitting';
      try {
        await runStep(steps[name], timeoutMs);
      } catch (error) {
        const failure = { step: name, error };
        failures.push(failure);
        options.onStepFailed(failure);
      }
    }
    state = 'done';
    return failures;
  }

  return {
    get state() {
      return state;
    },
    get isQuitAllowed() {
      return state === 'quitting' || state === 'done';
    },
    request() {
      if (running === undefined) {
        state = 'draining';
        running = run();
      }
      return running;
    },
  };
}
