/** What a scan turned out to be; the pack screen switches on it (see {@link ScanVerdict}). */
export const scanKinds = [
  'product',
  'gs1',
  'sscc',
  'order',
  'pickList',
  'tote',
  'bin',
  'badge',
  'command',
  'unreadable',
  'unknown',
] as const;

/** One of {@link scanKinds}. */
export type ScanKind = (typeof scanKinds)[number];

/** What a Packline command barcode asks for: exceptions at the bench, leaving an order, a reprint. */
export const scanCommands = ['damaged', 'short', 'no_such_order', 'cancel', 'reprint'] as const;

/** One of {@link scanCommands}. */
export type ScanCommand = (typeof scanCommands)[number];

/** The text printed in each command barcode (Code 128, upper case), e.g. for a sheet of command codes. */
export const commandBarcodes = {
  damaged: 'CMD-DAMAGED',
  short: 'CMD-SHORT',
  no_such_order: 'CMD-NO-SUCH-ORDER',
  cancel: 'CMD-CANCEL',
  reprint: 'CMD-REPRINT',
} as const satisfies Record<ScanCommand, string>;

/**
 * Why a scan is unreadable. `empty`: nothing but whitespace; `too_long`: more than
 * {@link maxScanLength} characters; `bad_check_digit`: a GTIN, SSCC or other GS1 key whose check
 * digit is wrong; `not_a_gtin`: an EAN/UPC symbol whose data has no GTIN length;
 * `unknown_ai`: a GS1 element string with an Application Identifier we do not know;
 * `element_too_short` / `element_too_long`: an element's data outside its AI's lengths;
 * `invalid_characters`: letters in a numeric AI or characters GS1 does not allow;
 * `invalid_date`: a YYMMDD that is no day; `duplicate_ai`: one AI twice with different data;
 * `invalid_packline_code`: starts like one of our codes (`ORD-`, `TOTE-`…) but is malformed.
 */
export const unreadableReasons = [
  'empty',
  'too_long',
  'bad_check_digit',
  'not_a_gtin',
  'unknown_ai',
  'element_too_short',
  'element_too_long',
  'invalid_characters',
  'invalid_date',
  'duplicate_ai',
  'invalid_packline_code',
] as const;

/** One of {@link unreadableReasons}. */
export type UnreadableReason = (typeof unreadableReasons)[number];

/** The translation key of an unreadable reason; the UI holds the English and Chinese texts. */
export type UnreadableMessageKey = `scan.unreadable.${UnreadableReason}`;

/** The translation key the UI shows for `reason`; stable across releases. */
export function unreadableMessageKey(reason: UnreadableReason): UnreadableMessageKey {
  return `scan.unreadable.${reason}`;
}

/** Longest scan we classify. Real codes are far shorter; more is a stuck key or a pasted document. */
export const maxScanLength = 512;

/** One element of a GS1 element string, as read: `{ ai: '17', value: '260131' }`. */
export type Gs1Element = { ai: string; value: string };

/**
 * A parsed GS1 element string. Named fields hold the AIs the bench cares about; `elements` holds
 * every element in scan order. Dates are ISO `YYYY-MM-DD` (day `00` already turned into the last
 * day of the month); keys are the full digits including their check digit.
 */
export type Gs1Data = {
  elements: readonly Gs1Element[];
  /** The element string in the human-readable bracket form, `(01)…(10)…`, for display and logs. */
  hri: string;
  /** AI 01: the GTIN-14 of the item itself. */
  gtin?: string;
  /** AI 02: the GTIN-14 of the items inside a case or logistic unit. */
  contentGtin?: string;
  /** AI 00: the SSCC-18 of a logistic unit. */
  sscc?: string;
  /** AI 10. */
  lot?: string;
  /** AI 21. */
  serial?: string;
  /** AI 11. */
  productionDate?: string;
  /** AI 13. */
  packagingDate?: string;
  /** AI 15. */
  bestBeforeDate?: string;
  /** AI 17. */
  expiryDate?: string;
  /** AI 310n: net weight in kilograms, the n decimals applied (`3102 001250` → 12.5). */
  netWeightKg?: number;
  /** AI 30 (items in a variable-measure item) or AI 37 (trade items in a logistic unit). */
  count?: number;
};

/** The fields of each kind of verdict besides `kind`, `text` and `symbology`. */
type VerdictFields = {
  /** A trade item: `gtin14` is the GTIN padded to 14 digits (what to match against). */
  product: { gtin14: string; digits: string; gs1?: Gs1Data };
  /** A GS1 element string with neither a GTIN nor an SSCC, e.g. a separate lot or date barcode. */
  gs1: { gs1: Gs1Data };
  /** A logistic unit (AI 00); `gs1` may also name its content (AI 02) and count (AI 37). */
  sscc: { sscc: string; gs1: Gs1Data };
  /** `ORD-<ULID>`: `orderId` is the order's id. */
  order: { orderId: string };
  /** `PL-YYYYMMDD-NNNN`, the pick list's printed code. */
  pickList: { pickListCode: string };
  /** `TOTE-<4..6 digits>`. */
  tote: { toteNumber: string };
  /** `BIN-<bin>`, e.g. bin `A-01-2-03`. */
  bin: { bin: string };
  /** `BADGE-<4..10 digits>`, a packer's badge for sign-in. */
  badge: { badgeNumber: string };
  /** `CMD-…`: an exception or action barcode. */
  command: { command: ScanCommand };
  /** Nothing to act on; `ai` names the GS1 element at fault, when there is one. */
  unreadable: { reason: UnreadableReason; messageKey: UnreadableMessageKey; ai?: string };
  /**
   * Any other text: carrier tracking numbers, platform order numbers, SKU internal codes. The
   * screen decides what it is from what it is waiting for.
   */
  unknown: Record<never, never>;
};

/**
 * The classifier's answer for one scan. Every verdict has `text`: the data as read, without the
 * AIM prefix and trailing CR/LF/Tab (upper-cased for Packline's own codes), which a screen may match
 * by context whatever the kind; and `symbology`, the AIM identifier (`]C1`) when one was known.
 */
export type ScanVerdict = {
  [K in ScanKind]: { kind: K; text: string; symbology?: string } & VerdictFields[K];
}[ScanKind];

/** The verdict of one kind, e.g. `ScanVerdictOf<'product'>`. */
export type ScanVerdictOf<K extends ScanKind> = Extract<ScanVerdict, { kind: K }>;

/** Options of the classifier. */
export type ClassifyOptions = {
  /**
   * A character a keyboard-mode scanner sends in place of FNC1/GS (0x1D), e.g. `~`. It must be
   * one GS1 data never contains (see {@link isUsableGsSubstitute}). Default: none.
   */
  gsSubstitute?: string;
  /** Today, for the century of two-digit GS1 years. Default: the current time. */
  now?: Date;
};
