import { describe, expect, it } from 'vitest';
import { packingSlip, shippingLabel } from '../../../../src-shared/features/labels';
import {
  buildPackingSlipData,
  buildSampleDocument,
  buildShippingLabelData,
} from '../../../../src-shared/features/labels/testing';
import { escPosCode128Data } from './escpos-code128';
import { renderEscPos } from './escpos.renderer';

const ESC = 0x1b;
const FS = 0x1c;
const GS = 0x1d;
const LF = 0x0a;

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

/** Where `needle` starts in `bytes`, or -1. */
function indexOf(bytes: Uint8Array, needle: readonly number[], from = 0): number {
  for (let start = from; start <= bytes.length - needle.length; start++) {
    if (needle.every((byte, offset) => bytes[start + offset] === byte)) return start;
  }
  return -1;
}

/** Reads the `GS k 73 n {B…` command back into the text a scanner would report. */
function scannedCode128(bytes: Uint8Array): string {
  const at = indexOf(bytes, [GS, 0x6b, 73]);
  const length = bytes[at + 3] ?? 0;
  const data = [...bytes.subarray(at + 4, at + 4 + length)];
  let subset: 'B' | 'C' = 'B';
  let text = '';
  for (let index = 0; index < data.length; index++) {
    const byte = data[index] ?? 0;
    if (byte === 0x7b) {
      const next = String.fromCharCode(data[++index] ?? 0);
      if (next === '{') text += '{';
      else subset = next === 'C' ? 'C' : 'B';
      continue;
    }
    text += subset === 'C' ? String(byte).padStart(2, '0') : String.fromCharCode(byte);
  }
  return text;
}

describe('renderEscPos', () => {
  it('writes the sample document as the bytes a receipt head expects', async () => {
    const bytes = await renderEscPos({ ...buildSampleDocument(), media: 'continuous' });
    const lineOfDashes = Array.from({ length: 48 }, () => 0x2d);
    expect([...bytes]).toEqual([
      ...[ESC, 0x40, FS, 0x26], // reset, Chinese mode
      ...[ESC, 0x61, 0, GS, 0x21, 0], // left, 1× size
      ...ascii('         '), // 2 mm on a 50 mm document centred on 72 mm of head: 9 columns in
      ...[GS, 0x42, 1, ESC, 0x45, 1], // under the inverse block: reversed, and bold
      ...[0xca, 0xd5, 0xbc, 0xfe, 0xc8, 0xcb], // 收件人 in GB18030
      ...ascii(' Li'),
      ...[ESC, 0x45, 0, GS, 0x42, 0, ESC, 0x21, 0, LF],
      ...[ESC, 0x61, 0], // the barcode sits left of centre
      ...[GS, 0x48, 2, GS, 0x66, 0, GS, 0x77, 2, GS, 0x68, 64], // HRI below, font A, 2-dot bars, 64 high
      ...[GS, 0x6b, 73, 13, ...ascii('{BSF1{C'), 23, 45, 67, 89, 1, 23, LF], // subset C for the digit pairs
      ...[ESC, 0x61, 0, ESC, 0x61, 1], // the QR code sits near the centre
      ...[GS, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0], // model 2
      ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, 4], // 4-dot cells
      ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x45, 0x31], // error correction M
      ...[GS, 0x28, 0x6b, 11, 0, 0x31, 0x50, 0x30, ...ascii('ORD-TEST')], // store 8 bytes + 3
      ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30, LF], // print it
      ...[ESC, 0x61, 0, ...lineOfDashes, LF], // the horizontal rule; the box is left out
      ...[ESC, 0x61, 0, GS, 0x21, 0],
      ...ascii('             '), // right-aligned: 8 mm on the document
      ...[ESC, 0x45, 0, ...ascii('A "quoted" ^ ~ _'), ESC, 0x45, 0, ESC, 0x21, 0, LF],
      ...[ESC, 0x64, 4, ESC, 0x64, 4, GS, 0x56, 0, ESC, 0x40], // feed, cut, reset
    ]);
  });

  it('prints the packing slip’s Chinese as GB18030 in Chinese mode, and cuts', async () => {
    const bytes = await renderEscPos(packingSlip(buildPackingSlipData()));
    expect([...bytes.subarray(0, 4)]).toEqual([ESC, 0x40, FS, 0x26]);
    // 装箱单 (title), 库位 (bin caption), 合计 (total) and the full-width comma of the thank-you.
    for (const gb of [
      [0xd7, 0xb0, 0xcf, 0xe4, 0xb5, 0xa5],
      [0xbf, 0xe2, 0xce, 0xbb],
      [0xba, 0xcf, 0xbc, 0xc6],
      [0xa3, 0xac],
    ]) {
      expect(indexOf(bytes, gb)).toBeGreaterThan(3);
    }
    // No UTF-8 lead byte of 装 (E8 A3 85) anywhere: the library never re-encoded our text.
    expect(indexOf(bytes, [0xe8, 0xa3, 0x85])).toBe(-1);
    expect([...bytes.subarray(-5)]).toEqual([GS, 0x56, 0, ESC, 0x40]);
  });

  it('prints a shipping label’s tracking barcode so it scans back to the tracking number', async () => {
    for (const trackingNo of ['SF1234567890123', '78123456789012', 'YT1234567890123', 'JDV123456789012']) {
      const bytes = await renderEscPos(shippingLabel(buildShippingLabelData({ trackingNo })));
      expect(scannedCode128(bytes)).toBe(trackingNo);
    }
  });

  it('stores the QR payload with its exact length', async () => {
    const bytes = await renderEscPos(shippingLabel(buildShippingLabelData()));
    const payload = ascii('SF1234567890123/ORD-01JDXK3M8Q9V2B7N4T6W5Y0ZRS');
    const at = indexOf(bytes, [GS, 0x28, 0x6b, payload.length + 3, 0, 0x31, 0x50, 0x30, ...payload]);
    expect(at).toBeGreaterThan(0);
    expect([...bytes.subarray(at + 8 + payload.length, at + 16 + payload.length)]).toEqual([
      GS,
      0x28,
      0x6b,
      3,
      0,
      0x31,
      0x51,
      0x30,
    ]);
  });
});

describe('escPosCode128Data', () => {
  it.each([
    { data: 'SF1234567890123', sent: ['SF1', '{C', 23, 45, 67, 89, 1, 23] },
    { data: '78123456789012', sent: ['{C', 78, 12, 34, 56, 78, 90, 12] },
    { data: 'A{B', sent: ['A{{B'] },
    { data: 'TOTE-123', sent: ['TOTE-123'] },
    { data: 'PL-20261202-0001', sent: ['PL-', '{C', 20, 26, 12, 2, '{B', '-', '{C', 0, 1] },
  ])('sends $data in the fewest symbols', ({ data, sent }) => {
    const expected = sent
      .map((part) => (typeof part === 'number' ? String.fromCharCode(part) : part))
      .join('');
    expect(escPosCode128Data(data)).toBe(expected);
  });
});
