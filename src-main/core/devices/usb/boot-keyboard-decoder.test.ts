import { describe, expect, it } from 'vitest';
import { createBootKeyboardDecoder } from './boot-keyboard-decoder';
import { gs1WithControlGs, rolloverScan, toteScan } from './fixtures/boot-keyboard-reports';
import { hexBytes } from './fixtures/hex';

function decode(...recordings: readonly (readonly string[])[]): string[] {
  const decoder = createBootKeyboardDecoder();
  return recordings.flat().flatMap((report) => decoder.push(hexBytes(report)));
}

describe('HID boot keyboard reports of a keyboard-class scanner', () => {
  it('decodes a scan on the US layout, with Shift and a doubled character, ended by Enter', () => {
    expect(decode(toteScan)).toEqual(['TOTE-104233']);
  });

  it('counts each key once on its press edge through roll-over, repeats and ErrorRollOver', () => {
    expect(decode(rolloverScan)).toEqual(['BIN-A1']);
  });

  it('types Ctrl+] as the GS separator and ends on keypad Enter', () => {
    expect(decode(gs1WithControlGs)).toEqual(['10LOT42\u001d21SN7']);
  });

  it('reads scan after scan, and nothing without a terminator or from short reports', () => {
    expect(decode(toteScan, rolloverScan, toteScan)).toEqual(['TOTE-104233', 'BIN-A1', 'TOTE-104233']);
    expect(decode(toteScan.slice(0, -2))).toEqual([]);
    expect(decode(['00 00 28 00'], ['00 00 00 00 00 00 00 00', '00 00 28 00 00 00 00 00'])).toEqual([]);
  });
});
