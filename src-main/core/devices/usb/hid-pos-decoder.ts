/** A code read by a HID POS scanner; `symbology` is its AIM identifier (`]C1`, `]E0`…) when it sent one. */
export type HidPosScan = { readonly code: string; readonly symbology?: string };

/** Turns HID POS scanned-data reports (usage page 0x8C) into codes. */
export type HidPosDecoder = {
  /** Feeds one input report; returns the code it completed, if any. Other reports are ignored. */
  push(report: Uint8Array): HidPosScan[];
};

// Scanned-data report of the HID Point of Sale usage tables, as Honeywell, Zebra, Datalogic and
// Newland send it (64 bytes with the report id):
//   [0] report id 0x02   [1] data length in this report   [2..4] AIM symbology identifier
//   [5..60] decoded data (up to 56 bytes)   [61..62] vendor   [63] bit 0: more data follows
// A longer code comes as several reports, each repeating the symbology, all but the last flagged.
const scannedDataReportId = 0x02;
const lengthAt = 1;
const symbologyAt = 2;
const dataAt = 5;
const maxDataPerReport = 56;
const continuedAt = 63;

/** Creates a {@link HidPosDecoder}. */
export function createHidPosDecoder(): HidPosDecoder {
  let parts: Uint8Array[] = [];

  return {
    push(report) {
      if (report.length <= dataAt || report[0] !== scannedDataReportId) return [];
      const length = Math.min(report[lengthAt] ?? 0, maxDataPerReport, report.length - dataAt);
      parts.push(report.slice(dataAt, dataAt + length));
      if (((report[continuedAt] ?? 0) & 0x01) !== 0) return [];
      const bytes = concat(parts);
      parts = [];
      if (bytes.length === 0) return [];
      const symbology = aimIdentifierOf(report.subarray(symbologyAt, dataAt));
      // Codes are ASCII (GS1, our own codes); any other byte stays one character (latin1).
      const code = String.fromCharCode(...bytes);
      return [symbology === undefined ? { code } : { code, symbology }];
    },
  };
}

function aimIdentifierOf(bytes: Uint8Array): string | undefined {
  const text = String.fromCharCode(...bytes);
  return /^\][A-Za-z][0-9A-Za-z]$/.test(text) ? text : undefined;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}
