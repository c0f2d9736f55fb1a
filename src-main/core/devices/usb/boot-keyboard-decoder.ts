import { groupSeparator } from '../../../../src-shared/features/devices';

/** Turns 8-byte HID boot keyboard reports into scanned codes, one per Enter (or Tab) suffix. */
export type BootKeyboardDecoder = {
  /** Feeds one report; returns the codes it completed (usually none). */
  push(report: Uint8Array): string[];
};

// Boot report: [modifiers, reserved, key1..key6]. Modifier bits: 0 LCtrl, 1 LShift, 4 RCtrl, 5 RShift.
const ctrlBits = 0x01 | 0x10;
const shiftBits = 0x02 | 0x20;
// All six key slots set to 0x01 ("ErrorRollOver"): too many keys down, the report says nothing.
const errorRollOver = 0x01;
// Enter, keypad Enter and Tab: the suffixes scanners send after a code.
const terminatorKeys = new Set([0x28, 0x58, 0x2b]);
const closeBracketKey = 0x30;

/** US layout: usage id → [unshifted, shifted]. */
const usLayout = buildUsLayout();

function buildUsLayout(): ReadonlyMap<number, readonly [string, string]> {
  const layout = new Map<number, readonly [string, string]>();
  const rows: [first: number, plain: string, shifted: string][] = [
    [0x04, 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
    [0x1e, '1234567890', '!@#$%^&*()'],
    [0x2c, ' ', ' '],
    [0x2d, '-=[]\\', '_+{}|'],
    [0x33, ";'`,./", ':"~<>?'],
    [0x54, '/*-+', '/*-+'],
    [0x59, '1234567890.', '1234567890.'],
  ];
  for (const [first, plain, shifted] of rows) {
    [...plain].forEach((char, index) => layout.set(first + index, [char, shifted[index] ?? char]));
  }
  return layout;
}

/**
 * Creates a {@link BootKeyboardDecoder} for a keyboard-class scanner on a US layout. A key counts
 * on its press edge only: a key still down in the next report (held, or repeated by the idle
 * rate) is not typed again, and a scanner types a doubled character as press, release, press.
 * Ctrl+] is ASCII GS, the way scanners type the GS1 separator; other Ctrl keys are dropped.
 */
export function createBootKeyboardDecoder(): BootKeyboardDecoder {
  let down = new Set<number>();
  let code = '';

  return {
    push(report) {
      if (report.length < 8) return [];
      const modifiers = report[0] ?? 0;
      const keys = [...report.subarray(2, 8)].filter((key) => key !== 0);
      if (keys.includes(errorRollOver)) return [];
      const pressed = keys.filter((key) => !down.has(key));
      down = new Set(keys);
      const completed: string[] = [];
      for (const key of pressed) {
        if (terminatorKeys.has(key)) {
          if (code !== '') completed.push(code);
          code = '';
        } else {
          code += characterOf(key, modifiers);
        }
      }
      return completed;
    },
  };
}

function characterOf(key: number, modifiers: number): string {
  if ((modifiers & ctrlBits) !== 0) return key === closeBracketKey ? groupSeparator : '';
  const pair = usLayout.get(key);
  if (pair === undefined) return '';
  return (modifiers & shiftBits) !== 0 ? pair[1] : pair[0];
}
