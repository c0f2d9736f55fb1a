import { isValidGs1 } from '../../domain';
import { AppError } from '../../errors';
import { type SymbologyFamily, splitSymbology } from './aim-symbology';
import {
  type Gs1ParseResult,
  groupSeparator,
  isGs1BracketForm,
  parseGs1BracketForm,
  parseGs1ElementString,
} from './gs1-element-string';
import { readPacklineCode } from './packline-codes';
import {
  type ClassifyOptions,
  maxScanLength,
  type ScanVerdict,
  type ScanVerdictOf,
  type UnreadableReason,
  unreadableMessageKey,
} from './scan-verdict';

// Characters GS1 data may contain (set 82) plus the whitespace we trim: no substitute for FNC1.
const unusableSubstitutes = /[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z \t\r\n]/;

/**
 * True when `character` can stand for FNC1/GS in keyboard-mode scans: a single character that
 * GS1 data never contains, such as `~`, `^` or `|` (not `#`: Shopify order numbers start with it).
 * Device settings check it before saving.
 */
export function isUsableGsSubstitute(character: string): boolean {
  return character.length === 1 && !unusableSubstitutes.test(character);
}

/**
 * Says what one scan is, for the pack screen to act on at once; pure and fast (no lookups), so
 * a scan's meaning never depends on the network.
 *
 * Order of the rules:
 * 1. CR/LF/Tab and spaces around the scan are dropped; a leading AIM identifier (`]C1`) is split
 *    off (or `scan.symbology` used); nothing left is `empty`, over {@link maxScanLength} `too_long`.
 * 2. The bracket form `(01)…` is a GS1 element string whatever the symbology. So is the data of a
 *    GS1 symbology (`]C1`, `]e0`, `]d2`, `]Q3`, `]J1`), and, when the scanner did not say, data
 *    holding a GS or the configured substitute.
 * 3. EAN/UPC and ITF-14 data must be a GTIN with a valid check digit.
 * 4. Packline's own codes, read case-insensitively.
 * 5. Digits without a symbology that start `01`/`02` + a valid GTIN-14, or `00` + a valid SSCC, are
 *    a GS1 element string whose FNC1s the scanner dropped (a keyboard wedge without AIM prefixes).
 * 6. Bare digits (see {@link readDigits} for GTIN-8/12/13/14 and the lengths that collide with
 *    tracking and order numbers). Everything else is `unknown`.
 */
export function classifyScan(
  scan: { code: string; symbology?: string },
  options: ClassifyOptions = {},
): ScanVerdict {
  const substitute = options.gsSubstitute;
  if (substitute !== undefined && !isUsableGsSubstitute(substitute)) {
    throw new AppError('validation', `"${substitute}" cannot stand for FNC1: GS1 data may contain it`);
  }
  const trimmed = scan.code.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  const { data, symbology, family } = splitSymbology(trimmed, scan.symbology);
  const currentYear = (options.now ?? new Date()).getUTCFullYear();
  const verdict = classifyData(data, family, symbology, substitute, currentYear);
  return symbology === undefined ? verdict : { ...verdict, symbology };
}

function classifyData(
  data: string,
  family: SymbologyFamily,
  symbology: string | undefined,
  substitute: string | undefined,
  currentYear: number,
): ScanVerdict {
  if (data === '') return unreadable('empty', data);
  if (data.length > maxScanLength) return unreadable('too_long', data.slice(0, maxScanLength));
  if (isGs1BracketForm(data)) return fromGs1(parseGs1BracketForm(data, currentYear), data);
  const withSeparators = substitute === undefined ? data : data.replaceAll(substitute, groupSeparator);
  if (family === 'gs1' || (family === 'unknown' && withSeparators.includes(groupSeparator))) {
    return fromGs1(parseGs1ElementString(withSeparators, currentYear), data);
  }
  if (family === 'gtin') return readGtinSymbol(data, symbology);
  const packline = readPacklineCode(data.toUpperCase());
  if (packline !== undefined) return packline;
  if (family === 'unknown' && isUnseparatedGs1(data)) {
    return fromGs1(parseGs1ElementString(data, currentYear), data);
  }
  if (/^\d+$/.test(data)) return readDigits(data, family);
  return { kind: 'unknown', text: data };
}

/**
 * The digits of an EAN/UPC or ITF-14 symbol. The scanner has verified the symbol's check digit,
 * so a wrong one here means a corrupt keyboard transmission: never a product. `]E3` carries an
 * add-on (2 or 5 digits: an issue number or price) after the EAN-13, which identifies nothing.
 */
function readGtinSymbol(data: string, symbology: string | undefined): ScanVerdict {
  const digits = symbology === ']E3' && /^(\d{15}|\d{18})$/.test(data) ? data.slice(0, 13) : data;
  if (!/^(\d{8}|\d{12,14})$/.test(digits)) return unreadable('not_a_gtin', data);
  return isValidGs1(digits) ? product(digits, data) : unreadable('bad_check_digit', data);
}

/**
 * Bare digits, from a symbology that is not EAN/UPC or unknown:
 * - 8 or 13 digits: a GTIN-8/13 when the check digit holds, otherwise `bad_check_digit`.
 * - 12 or 14 digits: a GTIN-12/14 when the check digit holds and the scanner did not name a
 *   non-GTIN symbology; otherwise `unknown`, because JD order numbers have 12 digits and ZTO
 *   tracking numbers 14, and a real UPC-A or ITF-14 reaches us with a check digit its scanner
 *   already verified. (A JD or ZTO number whose last digit happens to fit, one in ten, still reads
 *   as a product; screens waiting for an order or a tracking number match `text` instead.)
 * - 18 digits: `unknown`. An SSCC is recognised only behind AI 00, as GS1 prints it; bare, it
 *   collides with 18-digit Taobao order numbers.
 */
function readDigits(digits: string, family: SymbologyFamily): ScanVerdict {
  switch (digits.length) {
    case 8:
    case 13:
      return isValidGs1(digits) ? product(digits, digits) : unreadable('bad_check_digit', digits);
    case 12:
    case 14:
      return family === 'unknown' && isValidGs1(digits)
        ? product(digits, digits)
        : { kind: 'unknown', text: digits };
    default:
      return { kind: 'unknown', text: digits };
  }
}

/** A GS1 element string sent without FNC1s is only trusted when it opens with a valid key. */
function isUnseparatedGs1(data: string): boolean {
  if (/^0[12]\d{14}/.test(data)) return isValidGs1(data.slice(2, 16));
  if (/^00\d{18}/.test(data)) return isValidGs1(data.slice(2, 20));
  return false;
}

/** An SSCC names the logistic unit, so it wins over the GTIN of its content. */
function fromGs1(result: Gs1ParseResult, text: string): ScanVerdict {
  if (!result.isOk) return unreadable(result.reason, text, result.ai);
  const gs1 = result.data;
  if (gs1.sscc !== undefined) return { kind: 'sscc', text, sscc: gs1.sscc, gs1 };
  const gtin = gs1.gtin ?? gs1.contentGtin;
  if (gtin !== undefined) return { kind: 'product', text, gtin14: gtin, digits: gtin, gs1 };
  return { kind: 'gs1', text, gs1 };
}

/**
 * A GTIN-8/12/13 padded with zeros to GTIN-14, the form product verdicts carry: match a SKU's
 * GTIN (stored as printed) with `toGtin14(sku.gtin) === verdict.gtin14`. The check digit survives
 * the padding because GS1 weights run from the right.
 */
export function toGtin14(gtin: string): string {
  return gtin.padStart(14, '0');
}

function product(digits: string, text: string): ScanVerdictOf<'product'> {
  return { kind: 'product', text, gtin14: toGtin14(digits), digits };
}

function unreadable(reason: UnreadableReason, text: string, ai?: string): ScanVerdictOf<'unreadable'> {
  const verdict = { kind: 'unreadable', text, reason, messageKey: unreadableMessageKey(reason) } as const;
  return ai === undefined ? verdict : { ...verdict, ai };
}
