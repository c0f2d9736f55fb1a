import { useEffect, useLayoutEffect, useRef } from 'react';

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
  F6: 'damaged',
  F7: 'short',
  F8: 'noSuchOrder',
  F9: 'reprint',
  F10: 'batchPrint',
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
 * The bench without a mouse: F6 damaged, F7 short pick, F8 "no such order", F9 reprint, F10 print
 * every missing label, Esc leaves the order, ↑/↓ and Enter pick a pick list while waiting. F1–F5
 * stay the navigation's (screens), so a packer's keys mean the same on every screen. The keys are
 * taken in the capture phase. Off while `isEnabled` is false (a form has the keys).
 */
export function usePackKeys(actions: PackKeyActions, isEnabled: boolean): void {
  // The latest actions, read at key time: the listener is installed once per enable. Updated in
  // the commit that painted them, so a key pressed right after a verdict acts on that verdict.
  const latest = useRef(actions);
  useLayoutEffect(() => {
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
