import { useEffect } from 'react';
import type { Screen } from '../../../src-shared/features/auth';

const functionKeys = ['F1', 'F2', 'F3', 'F4', 'F5'];
const digitCodes = ['Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5'];
const numpadCodes = ['Numpad1', 'Numpad2', 'Numpad3', 'Numpad4', 'Numpad5'];

/** The position a key selects in the navigation (F1–F5 or Alt+1–5), or -1. */
export function screenIndexOfKey(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): number {
  if (event.ctrlKey || event.metaKey || event.shiftKey) return -1;
  if (!event.altKey) return functionKeys.indexOf(event.key);
  // The digit's code, not its key: Alt changes the typed character on some layouts.
  const digit = digitCodes.indexOf(event.code);
  return digit >= 0 ? digit : numpadCodes.indexOf(event.code);
}

/**
 * A packing station is driven by keys and scans: F1–F5 or Alt+1–5 open the role's screens in
 * navigation order. Only keys that select a screen are taken from the browser (F5 still reloads
 * for a role with fewer screens).
 */
export function useScreenKeys(available: readonly Screen[], open: (screen: Screen) => void): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const screen = available[screenIndexOfKey(event)];
      if (!screen) return;
      event.preventDefault();
      open(screen);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [available, open]);
}

/** The key hint shown beside the n-th navigation entry. */
export function keyHintOf(index: number): string {
  return functionKeys[index] ?? '';
}
