import { useEffect, useRef } from 'react';

/** What the order screen does for each of its keys. */
export type OrderKeyActions = {
  focusSearch: () => void;
  move: (step: -1 | 1) => void;
  page: (step: -1 | 1) => void;
  open: () => void;
  hold: () => void;
  /** Closes the innermost open thing; false when nothing was open (the key keeps its usual effect). */
  escape: () => boolean;
};

/** True for fields where keys type text; the search box is the one exception for ↑/↓/Enter. */
function typingTarget(target: EventTarget | null): 'search' | 'field' | 'none' {
  if (!(target instanceof HTMLElement)) return 'none';
  if (target instanceof HTMLInputElement && target.type === 'search') return 'search';
  if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return 'field';
  if (target.isContentEditable) return 'field';
  return target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
    ? 'field'
    : 'none';
}

/**
 * The order screen without a mouse: `/` to the search box, ↑/↓ through the rows (also from the
 * search box), Enter opens, H holds, PageUp/PageDown turn pages, Esc closes the innermost thing.
 * Keys meant for a field, a button or an open dialog (the "needs attention" panel) are left alone.
 */
export function useOrderKeys(actions: OrderKeyActions): void {
  // The latest actions, read at key time: the listener is installed once.
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      const target = typingTarget(event.target);
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      const act = latest.current;
      switch (event.key) {
        case 'Escape':
          if (act.escape()) event.preventDefault();
          return;
        case 'ArrowDown':
        case 'ArrowUp':
          if (target !== 'field') run(() => act.move(event.key === 'ArrowDown' ? 1 : -1));
          return;
        case 'PageDown':
        case 'PageUp':
          if (target !== 'field') run(() => act.page(event.key === 'PageDown' ? 1 : -1));
          return;
        case 'Enter':
          if (target !== 'field') run(act.open);
          return;
        case '/':
          if (target === 'none') run(act.focusSearch);
          return;
        case 'h':
        case 'H':
          if (target === 'none') run(act.hold);
          return;
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
