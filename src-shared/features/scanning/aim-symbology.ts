/**
 * What an AIM symbology identifier (ISO/IEC 15424) tells about the data behind it: `gs1` a GS1
 * element string (FNC1 in first position); `gtin` the digits of an EAN/UPC or ITF-14 symbol, which
 * can only be a GTIN; `other` any other symbology (Code 128, Code 39, plain QR…), whose digits are
 * no GTIN by GS1's rules; `unknown` when the scanner did not say.
 */
export type SymbologyFamily = 'gs1' | 'gtin' | 'other' | 'unknown';

/**
 * GS1-128, GS1 DataBar (and Composite), GS1 DataMatrix, GS1 QR Code and GS1 DotCode: their data is
 * an element string whose leading FNC1 the identifier replaces.
 */
const gs1Identifiers: ReadonlySet<string> = new Set([']C1', ']e0', ']d2', ']Q3', ']J1']);

/**
 * EAN-13/UPC-A/UPC-E sent as 13 digits, EAN-13 with add-on, EAN-8, and ITF with its check
 * character verified (ITF-14). `]E1`/`]E2` are add-ons on their own, no GTIN.
 */
const gtinIdentifiers: ReadonlySet<string> = new Set([']E0', ']E3', ']E4', ']I1']);

/** The identifier as `]Xm` when `value` is one, with or without its `]`. */
function asAimIdentifier(value: string): string | undefined {
  const match = /^\]?([A-Za-z][0-9A-Za-z])$/.exec(value);
  return match === null ? undefined : `]${match[1]}`;
}

/**
 * Splits a leading AIM identifier off `code`. `given` is a symbology reported beside the data (HID
 * POS scanners send one); the prefix inside the data wins, since it came with these very bytes. A
 * `given` that is no AIM identifier (a driver's own name such as `EAN-13`) is reported as is but
 * says nothing about the data.
 */
export function splitSymbology(
  code: string,
  given: string | undefined,
): { data: string; symbology: string | undefined; family: SymbologyFamily } {
  const prefix = /^\][A-Za-z][0-9A-Za-z]/.exec(code)?.[0];
  if (prefix !== undefined) {
    const data = code.slice(3);
    return { data, symbology: prefix, family: familyOf(prefix, data) };
  }
  const trimmedGiven = given?.trim() ?? '';
  if (trimmedGiven === '') return { data: code, symbology: undefined, family: 'unknown' };
  const identifier = asAimIdentifier(trimmedGiven);
  if (identifier === undefined) return { data: code, symbology: trimmedGiven, family: 'unknown' };
  return { data: code, symbology: identifier, family: familyOf(identifier, code) };
}

function familyOf(identifier: string, data: string): SymbologyFamily {
  if (gs1Identifiers.has(identifier)) return 'gs1';
  // ITF also carries other numbers (ITF-6, shipping labels); only its 14-digit form is ITF-14.
  if (identifier === ']I1') return /^\d{14}$/.test(data) ? 'gtin' : 'other';
  if (gtinIdentifiers.has(identifier)) return 'gtin';
  return 'other';
}
