import { useEffect, useEffectEvent } from 'react';
import {
  createWedgeDetector,
  groupSeparator,
  type ScannerProfile,
  type WedgeScan,
  type WedgeVerdict,
} from '../../../src-shared/features/devices';

/** Options of {@link useWedgeScanner}. */
export type UseWedgeScannerOptions = {
  /** Keep it referentially stable: a new profile restarts detection (held keys are given back). */
  readonly profile: ScannerProfile;
  readonly onScan: (scan: WedgeScan) => void;
  /** False while another screen owns the scanner (e.g. a lock screen over this one). */
  readonly isEnabled?: boolean;
};

/**
 * Reads keyboard-wedge scanners on this page. Every character key is held back (its keydown is
 * cancelled before any field or shortcut sees it) while it may belong to a scan; keys that turn
 * out to be typing are given back to the element they were aimed at within the profile's gap.
 * So a scan never lands in a focused text field, and typing only lags by that gap.
 * Use it once per page: two detectors would both hold the same keys.
 */
export function useWedgeScanner({ profile, onScan, isEnabled = true }: UseWedgeScannerOptions): void {
  const announce = useEffectEvent((scan: WedgeScan) => onScan(scan));
  useEffect(() => {
    if (!isEnabled) return undefined;
    return listenForWedgeScans(window, profile, (scan) => announce(scan));
  }, [profile, isEnabled]);
}

/**
 * Installs the capture-phase listener on `view`; returns the function that removes it and gives
 * back whatever is still held.
 */
function listenForWedgeScans(
  view: Window,
  profile: ScannerProfile,
  onScan: (scan: WedgeScan) => void,
): () => void {
  const detector = createWedgeDetector(profile);
  // Keydowns we dispatch ourselves when giving keys back to a non-text element: not to be held again.
  const givenBack = new WeakSet<Event>();
  // Where the held keys were aimed; typing goes back there even if focus moved meanwhile.
  let burstTarget: EventTarget | null = null;
  let cancelTimer: (() => void) | null = null;

  function settle(verdicts: readonly WedgeVerdict[], target: EventTarget | null) {
    for (const verdict of verdicts) {
      if (verdict.kind === 'scan') onScan(verdict.scan);
      else giveBack(view, verdict.keys, target, givenBack);
    }
  }

  // Key times are `event.timeStamp` (when the key arrived, not when a busy main thread got to it),
  // so a deadline is reached by waiting its distance from the latest key.
  function schedule(latestKeyAt: number) {
    cancelTimer?.();
    cancelTimer = null;
    const deadline = detector.nextDeadline();
    if (deadline === null) return;
    const timer = view.setTimeout(
      () => {
        cancelTimer = null;
        const target = burstTarget;
        burstTarget = null;
        settle(detector.tick(deadline), target);
      },
      Math.max(0, deadline - latestKeyAt),
    );
    cancelTimer = () => view.clearTimeout(timer);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (givenBack.has(event)) return;
    const previousTarget = burstTarget;
    if (!isPlainKey(event)) {
      burstTarget = null;
      settle(detector.interrupt(), previousTarget);
      schedule(event.timeStamp);
      return;
    }
    // Space presses buttons and ticks boxes, which a key given back later cannot do: there it
    // starts no burst (inside one, it is part of the code).
    const isHolding = detector.nextDeadline() !== null;
    if (event.key === ' ' && !isHolding && !isTextField(elementOf(event.target))) return;
    const step = detector.press({ key: keyOf(event), at: event.timeStamp });
    // Any verdict ended the burst the previous keys belonged to; a held character after it starts anew.
    if (step.verdicts.length > 0) burstTarget = null;
    if (detector.nextDeadline() !== null) burstTarget ??= event.target;
    settle(step.verdicts, previousTarget);
    if (step.isHeld) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    schedule(event.timeStamp);
  }

  view.addEventListener('keydown', onKeyDown, { capture: true });
  return () => {
    view.removeEventListener('keydown', onKeyDown, { capture: true });
    cancelTimer?.();
    settle(detector.interrupt(), burstTarget);
  };
}

/** Keys a scanner can type. Shortcuts, auto-repeat and IME composition are a person's. */
function isPlainKey(event: KeyboardEvent): boolean {
  if (event.isComposing || event.key === 'Process' || event.repeat) return false;
  if (event.altKey || event.metaKey) return false;
  return !event.ctrlKey || isControlGs(event);
}

// Scanners that can type control characters send GS as Ctrl+] (the ASCII control-key mapping).
function isControlGs(event: KeyboardEvent): boolean {
  return event.ctrlKey && (event.key === ']' || event.key === groupSeparator);
}

function keyOf(event: KeyboardEvent): string {
  return isControlGs(event) ? groupSeparator : event.key;
}

const textInputTypes = new Set(['text', 'search', 'url', 'tel', 'password', 'email', 'number']);

type TextField = HTMLInputElement | HTMLTextAreaElement;

function isTextField(element: Element | null): element is TextField {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  return (
    element instanceof HTMLInputElement &&
    textInputTypes.has(element.type) &&
    !element.readOnly &&
    !element.disabled
  );
}

function elementOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target : null;
}

function giveBack(
  view: Window,
  keys: readonly string[],
  target: EventTarget | null,
  givenBack: WeakSet<Event>,
): void {
  const element = target instanceof Element && target.isConnected ? target : view.document.activeElement;
  if (isTextField(element)) {
    // Named keys (a GS substitute such as F8) type nothing.
    insertText(element, keys.filter((key) => key.length === 1).join(''));
    return;
  }
  // Not a text field: let the page's own key handlers see the keys after all.
  const receiver = element ?? view.document.body;
  for (const key of keys) {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    givenBack.add(event);
    receiver.dispatchEvent(event);
  }
}

/**
 * Types `text` at the caret as the keys would have. `setRangeText` changes the value behind
 * React's back (not through the `value` setter React watches), so the `input` event that follows
 * reaches the field's onChange like real typing.
 */
function insertText(field: TextField, text: string): void {
  if (text === '') return;
  const start = field.selectionStart;
  if (start === null) {
    // email and number fields have no caret API: append through the prototype's setter (React's
    // value tracker sits on the element itself, so it does not see this either).
    Reflect.set(HTMLInputElement.prototype, 'value', field.value + text, field);
  } else {
    field.setRangeText(text, start, field.selectionEnd ?? start, 'end');
  }
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}
