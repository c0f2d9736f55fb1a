import { describe, expect, it } from 'vitest';
import {
  createShutdownPlan,
  type ShutdownFailure,
  type ShutdownStepName,
  type ShutdownSteps,
} from './shutdown-plan';

/** Fake steps that record when they ran; `behaviour` overrides what one step does. */
function recordingSteps(behaviour: Partial<Record<ShutdownStepName, () => void | Promise<void>>> = {}) {
  const ran: ShutdownStepName[] = [];
  function step(name: ShutdownStepName) {
    return async () => {
      ran.push(name);
      await behaviour[name]?.();
    };
  }
  // Declared out of order on purpose: the plan, not the caller, owns the order.
  const steps: ShutdownSteps = {
    quit: step('quit'),
    stopHub: step('stopHub'),
    disposeCore: step('disposeCore'),
    stopIpc: step('stopIpc'),
  };
  return { ran, steps };
}

function collectFailures() {
  const failures: ShutdownFailure[] = [];
  return { failures, onStepFailed: (failure: ShutdownFailure) => failures.push(failure) };
}

describe('createShutdownPlan', () => {
  it('runs nothing until asked, then every step in the fixed order', async () => {
    const { ran, steps } = recordingSteps();
    const plan = createShutdownPlan(steps, collectFailures());
    expect(plan.state).toBe('idle');
    expect(plan.isQuitAllowed).toBe(false);

    const failures = await plan.request();

    expect({ ran, failures, state: plan.state }).toEqual({
      ran: ['stopIpc', 'disposeCore', 'stopHub', 'quit'],
      failures: [],
      state: 'done',
    });
  });

  it('keeps going when a step throws, rejects or hangs, and reports each failure', async () => {
    const thrown = new Error('ipc already gone');
    const rejected = new Error('database busy');
    const { ran, steps } = recordingSteps({
      stopIpc: () => {
        throw thrown;
      },
      disposeCore: () => Promise.reject(rejected),
      stopHub: () => new Promise<void>(() => undefined),
    });
    const reported = collectFailures();
    const plan = createShutdownPlan(steps, { ...reported, stepTimeoutMs: 20 });

    const failures = await plan.request();

    expect(ran).toEqual(['stopIpc', 'disposeCore', 'stopHub', 'quit']);
    expect(failures).toEqual([
      { step: 'stopIpc', error: thrown },
      { step: 'disposeCore', error: rejected },
      { step: 'stopHub', error: new Error('did not finish within 20 ms') },
    ]);
    expect(reported.failures).toEqual(failures);
  });

  it('ignores a second request while shutting down and after', async () => {
    let releaseCore = (): void => undefined;
    const coreDisposed = new Promise<void>((done) => (releaseCore = done));
    const { ran, steps } = recordingSteps({ disposeCore: () => coreDisposed });
    const plan = createShutdownPlan(steps, collectFailures());

    const first = plan.request();
    const second = plan.request();
    expect(second).toBe(first);
    expect(plan.state).toBe('draining');
    expect(plan.isQuitAllowed).toBe(false);

    releaseCore();
    await first;
    expect(plan.request()).toBe(first);
    expect(ran).toEqual(['stopIpc', 'disposeCore', 'stopHub', 'quit']);
  });

  it('lets quitting through only from the quit step on', async () => {
    const seen: boolean[] = [];
    const plan = createShutdownPlan(
      {
        stopIpc: () => void seen.push(plan.isQuitAllowed),
        disposeCore: () => void seen.push(plan.isQuitAllowed),
        stopHub: () => void seen.push(plan.isQuitAllowed),
        // What Electron does: app.quit() fires before-quit again, which asks the plan.
        quit: () => void seen.push(plan.isQuitAllowed),
      },
      collectFailures(),
    );

    await plan.request();

    expect(seen).toEqual([false, false, false, true]);
  });
});
