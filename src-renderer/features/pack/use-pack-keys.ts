import { useEffect, useRef } from 'react';

/** What the pack screen does for each of its keys. */
export type PackKeyActions = {
  damaged: () => void;
  short: () => void;
  noSuchOrder: () => void;
  reprint: () => void;
  leave: () => void;
  batchPrint: () => void;
  move: (step: -1 | 1) => void;
  openSelected: () => void;
};

const functionKeys: Readonly<Record<string, Exclude<keyof PackKeyActions, 'move'>>> = {
  F2: 'damaged',
  F3: 'short',
  F4: 'noSuchOrder',
  F6: 'reprint',
  F8: 'batchPrint',
  Escape: 'leave',
};

/** Keys that belong to a focused control (a button presses on Enter), not to the bench. */
function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLButtonElement ||
    target instanceof HTMLAnchorElement ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * The bench without a mouse: F2 damaged, F3 short pick, F4 "no such order", F6 reprint, F8 print
 * every missing label, Esc leaves the order, ↑/↓ and Enter pick a pick list while waiting. The
 * keys are taken in the capture phase so that F2–F4 act here instead of switching screens (the
 * navigation keeps Alt+1–5 on this screen). Off while `isEnabled` is false (a form has the keys).
 */
export function usePackKeys(actions: PackKeyActions, isEnabled: boolean): void {
  // The latest actions, read at key time: the listener is installed once per enable.
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    if (!isEnabled) return undefined;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      const act = latest.current;
      const named = functionKeys[event.key];
      let action: (() => void) | null = named === undefined ? null : act[named];
      if (!isControl(event.target)) {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          const step = event.key === 'ArrowDown' ? 1 : -1;
          action = () => act.move(step);
        } else if (event.key === 'Enter') action = act.openSelected;
      }
      if (action === null) return;
      event.preventDefault();
      event.stopPropagation();
      action();
    }
    document.addEventListener('keydown', onKeyDown, { capture: true });
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [isEnabled]);
}
