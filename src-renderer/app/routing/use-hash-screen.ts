import { useCallback, useSyncExternalStore } from 'react';
import type { Screen } from '../../../src-shared/features/auth';
import { hashOf, screenFromHash } from './hash-route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function readScreen(): Screen | null {
  return screenFromHash(window.location.hash);
}

/** The screen named in the URL hash, and a function that opens another one. */
export function useHashScreen(): [Screen | null, (screen: Screen) => void] {
  const screen = useSyncExternalStore(subscribe, readScreen);
  const open = useCallback((next: Screen) => navigateTo(next), []);
  return [screen, open];
}

/** Opens `screen` by setting the hash (a history entry, so Back works). */
export function navigateTo(screen: Screen): void {
  window.location.hash = hashOf(screen);
}
