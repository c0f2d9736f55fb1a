import { describe, expect, it } from 'vitest';
import { hexBytes } from './fixtures/hex';
import {
  eanWithoutAimReports,
  gs1DataMatrixCode,
  gs1DataMatrixReports,
  toteReports,
} from './fixtures/hid-pos-reports';
import { createHidPosDecoder } from './hid-pos-decoder';
import { barcodeScannerUsagePage, usagePagesOf } from './hid-report-descriptor';
import { honeywellPosDescriptor, keyboardDescriptor } from './fixtures/report-descriptors';

function decode(...recordings: readonly (readonly (readonly string[])[])[]) {
  const decoder = createHidPosDecoder();
  return recordings.flat().flatMap((report) => decoder.push(hexBytes(report)));
}

describe('HID POS scanned-data reports', () => {
  it('reads the data and its AIM symbology identifier from one report', () => {
    expect(decode(toteReports)).toEqual([{ code: 'TOTE-104233', symbology: ']C0' }]);
  });

  it('joins a code split across reports by the continuation flag', () => {
    expect(decode(gs1DataMatrixReports)).toEqual([{ code: gs1DataMatrixCode, symbology: ']d2' }]);
    expect(decode(gs1DataMatrixReports.slice(0, 1))).toEqual([]);
  });

  it('leaves out the symbology when the scanner sends none, and ignores other reports', () => {
    expect(decode(eanWithoutAimReports, toteReports)).toEqual([
      { code: '4006381333931' },
      { code: 'TOTE-104233', symbology: ']C0' },
    ]);
  });
});

describe('HID report descriptors', () => {
  it('tell a barcode scanner from a keyboard by usage page 0x8C', () => {
    expect(usagePagesOf(hexBytes(honeywellPosDescriptor)).has(barcodeScannerUsagePage)).toBe(true);
    expect([...usagePagesOf(hexBytes(keyboardDescriptor))]).toEqual([0x01, 0x07, 0x08]);
  });
});
