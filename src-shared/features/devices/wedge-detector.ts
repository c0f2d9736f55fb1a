import { groupSeparator, type ScannerProfile } from './scanner-profiles';

/** One key as the keyboard reported it: `key` is `KeyboardEvent.key`, `at` a time in ms. */
export type WedgeKey = { readonly key: string; readonly at: number };

/** A completed scanner burst; `symbology` is the AIM identifier when the profile sends one. */
export type WedgeScan = { readonly code: string; readonly symbology?: string };

/** What the detector decided about held keys. */
export type WedgeVerdict =
  | { readonly kind: 'scan'; readonly scan: WedgeScan }
  /** Held keys that a person typed, in order: give them back to the page. */
  | { readonly kind: 'replay'; readonly keys: readonly string[] };

/** The answer to one key. */
export type WedgeStep = {
  /** True when the caller must keep this key from the page: it may be part of a scan, or ended one. */
  readonly isHeld: boolean;
  /** Bursts that ended before or with this key, oldest first. */
  readonly verdicts: readonly WedgeVerdict[];
};

/** Tells scanner bursts from typing by the timing of keys; pure, time comes with each call. */
export type WedgeDetector = {
  /** Feeds one keydown. Modifier keys (Shift, …) are ignored; keys that are neither characters nor
   * terminators (Backspace, arrows) end the burst as typing and pass. */
  press(key: WedgeKey): WedgeStep;
  /** Time passed without keys: ends a burst whose gap has run out. */
  tick(now: number): WedgeVerdict[];
  /** When {@link WedgeDetector.tick} can next change anything; null while nothing is held. */
  nextDeadline(): number | null;
  /** Something else happened (a Ctrl shortcut, an IME, the page closes): held keys were typing. */
  interrupt(): WedgeVerdict[];
};

const modifierKeys = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'Fn']);
// An AIM symbology identifier: `]`, a code character (letter), a modifier (digit or letter).
const aimIdentifier = /^\][A-Za-z][0-9A-Za-z]/;

type Ending = ScannerProfile['terminators'][number] | 'interrupted';

/**
 * Creates a {@link WedgeDetector} for one scanner profile.
 *
 *   idle ──character──▶ collecting ──character, gap < maxGapMs──▶ collecting
 *   collecting ──terminator key, gap < maxGapMs──▶ judged ──▶ idle
 *   collecting ──no key for maxGapMs (tick, or the next key's time)──▶ judged as `timeout` ──▶ idle
 *   collecting ──other key or interrupt()──▶ replay ──▶ idle
 *   idle ──terminator or other key──▶ idle (the key passes untouched)
 *
 * Judged: a scan when the burst passes the profile's rules (see `scannerProfileSchema`), else a
 * replay. A terminator that ended a scan is held; one that ended typing passes after the replay.
 */
export function createWedgeDetector(profile: ScannerProfile): WedgeDetector {
  let held: WedgeKey[] = [];

  function lastAt(): number | null {
    return held.at(-1)?.at ?? null;
  }

  function endBurst(ending: Ending): WedgeVerdict[] {
    if (held.length === 0) return [];
    const keys = held;
    held = [];
    if (ending !== 'interrupted' && isScan(keys, ending, profile)) {
      return [{ kind: 'scan', scan: toScan(keys, profile) }];
    }
    return [{ kind: 'replay', keys: keys.map((k) => k.key) }];
  }

  function expireBefore(at: number): WedgeVerdict[] {
    const last = lastAt();
    return last !== null && at - last >= profile.maxGapMs ? endBurst('timeout') : [];
  }

  return {
    press({ key, at }) {
      if (modifierKeys.has(key)) return { isHeld: false, verdicts: [] };
      const expired = expireBefore(at);
      if (isTerminatorKey(key, profile)) {
        if (held.length === 0) return { isHeld: false, verdicts: expired };
        const ended = endBurst(key);
        return { isHeld: ended[0]?.kind === 'scan', verdicts: [...expired, ...ended] };
      }
      if (isCharacter(key, profile)) {
        held.push({ key, at });
        return { isHeld: true, verdicts: expired };
      }
      return { isHeld: false, verdicts: [...expired, ...endBurst('interrupted')] };
    },
    tick: (now) => expireBefore(now),
    nextDeadline() {
      const last = lastAt();
      return last === null ? null : last + profile.maxGapMs;
    },
    interrupt: () => endBurst('interrupted'),
  };
}

function isTerminatorKey(key: string, profile: ScannerProfile): key is 'Enter' | 'Tab' {
  return (key === 'Enter' || key === 'Tab') && profile.terminators.includes(key);
}

function isCharacter(key: string, profile: ScannerProfile): boolean {
  // `key` is one character for every printable key; named keys (F8, Escape) are longer.
  return key.length === 1 || key === profile.gsSubstitute;
}

function isScan(keys: readonly WedgeKey[], ending: Exclude<Ending, 'interrupted'>, profile: ScannerProfile) {
  const first = keys[0];
  const last = keys.at(-1);
  if (first === undefined || last === undefined) return false;
  const duration = last.at - first.at;
  return (
    profile.terminators.includes(ending) &&
    keys.length >= profile.minLength &&
    duration <= (keys.length - 1) * profile.maxMeanGapMs
  );
}

function toScan(keys: readonly WedgeKey[], profile: ScannerProfile): WedgeScan {
  const code = keys.map(({ key }) => (key === profile.gsSubstitute ? groupSeparator : key)).join('');
  // The identifier stays in the code (the classifier reads it there); symbology repeats it.
  return profile.hasAimPrefix && aimIdentifier.test(code) ? { code, symbology: code.slice(0, 3) } : { code };
}
