import { useEffect } from 'react';
import type { Session } from '../../../src-shared/features/auth';
import { useLock } from './use-lock';
import { useSignInOptions } from './use-sign-in-options';

/** What counts as someone working at the bench. Mouse moves do not: a nudged mouse is nobody. */
const inputEvents = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Locks the bench after the station's idle time without input, for a person who can open the
 * lock with a PIN (a person without one would have to type their password again). States: armed
 * (timer for the rest of the idle time) ──input──▶ armed again from the input ──time up──▶ lock.
 */
export function useIdleLock(session: Session | null): void {
  const options = useSignInOptions();
  // react-query keeps `mutate` the same function across renders.
  const { mutate: lockBench } = useLock();
  const idleMs = options.data?.idleLockMs ?? null;
  const isWatching =
    session !== null && session.isLocked !== true && session.hasPin === true && idleMs !== null;

  useEffect(() => {
    if (!isWatching || idleMs === null) return;
    let lastInputAt = Date.now();
    const noteInput = () => {
      lastInputAt = Date.now();
    };
    for (const name of inputEvents)
      window.addEventListener(name, noteInput, { capture: true, passive: true });
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const idleFor = Date.now() - lastInputAt;
      if (idleFor >= idleMs) lockBench();
      else timer = setTimeout(check, idleMs - idleFor);
    };
    timer = setTimeout(check, idleMs);
    return () => {
      clearTimeout(timer);
      for (const name of inputEvents) window.removeEventListener(name, noteInput, { capture: true });
    };
  }, [isWatching, idleMs, lockBench]);
}
