/**
 * The declarative label model: a template builds a {@link LabelDocument} (plain data, millimetres),
 * and every renderer (ZPL, TSPL, ESC/POS, SVG) draws the same document. Geometry is in millimetres
 * from the label's top-left corner so one template serves 203 and 300 dpi heads; renderers convert
 * to dots through {@link mmToDots} only, so they all round the same way.
 */

/** Print-head resolutions Packline renders for; 203 dpi (8 dots/mm) is the desktop default. */
export const labelDpis = [203, 300] as const;

/** One of {@link labelDpis}. */
export type LabelDpi = (typeof labelDpis)[number];

/** How a line of text sits in its box. */
export type TextAlign = 'left' | 'center' | 'right';

/**
 * Text, Chinese allowed. It wraps inside `maxWidth` (between any two CJK characters, at spaces
 * between Latin words, never before closing punctuation) and never grows past `maxLines` lines of
 * `size`: with `minSize` it first shrinks (0.5 mm steps, keeping the same block height), then
 * truncates the last line with "…".
 */
export type TextElement = {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  /** Character height in mm: a CJK glyph is `size` wide, a Latin one half of it. */
  size: number;
  isBold?: boolean;
  /** Wrap width in mm; defaults to the label's right edge. */
  maxWidth?: number;
  /** Defaults to 1: one line, truncated. */
  maxLines?: number;
  /** Smallest size (mm) the text may shrink to before it is truncated. */
  minSize?: number;
  align?: TextAlign;
  /** Line pitch as a multiple of `size`; defaults to {@link defaultLineHeight}. */
  lineHeight?: number;
};

/** A Code 128 barcode (the printer picks subsets); `data` is printable ASCII. */
export type Code128Element = {
  kind: 'code128';
  x: number;
  y: number;
  data: string;
  /** Bar height in mm, without the human-readable line. */
  height: number;
  /** Narrow bar width in mm, rounded to whole dots (at least one). */
  moduleWidth: number;
  /** Prints `data` under the bars in the printer's own font. */
  hasHumanReadable: boolean;
};

/** QR error-correction levels: L 7 %, M 15 %, Q 25 %, H 30 % of the symbol may be lost. */
export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** A QR code (model 2); `data` is printable ASCII. */
export type QrElement = {
  kind: 'qr';
  x: number;
  y: number;
  data: string;
  /** Module (cell) size in mm, rounded to whole dots (at least one). */
  cellSize: number;
  errorCorrection: QrErrorCorrection;
};

/** A horizontal or vertical rule. */
export type LineElement = {
  kind: 'line';
  x: number;
  y: number;
  length: number;
  direction: 'horizontal' | 'vertical';
  thickness: number;
};

/** A rectangle outline. */
export type BoxElement = {
  kind: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  thickness: number;
};

/**
 * Inverts everything drawn *before* it in its area (black ↔ white), as ZPL `^FR` and TSPL
 * `REVERSE` do: put it after the text it should turn white-on-black.
 */
export type InverseElement = {
  kind: 'inverse';
  x: number;
  y: number;
  width: number;
  height: number;
};

/** Anything a label holds. */
export type LabelElement =
  | TextElement
  | Code128Element
  | QrElement
  | LineElement
  | BoxElement
  | InverseElement;

/**
 * A whole label or slip. `media` says how the printer finds the next one: `gap` stock (die-cut
 * labels) or `continuous` (receipt rolls, cut after printing).
 */
export type LabelDocument = {
  widthMm: number;
  heightMm: number;
  dpi: LabelDpi;
  media: 'gap' | 'continuous';
  elements: readonly LabelElement[];
};

/** Line pitch of wrapped text, as a multiple of the character height. */
export const defaultLineHeight = 1.25;

/**
 * Dots per millimetre of each resolution: heads are built in dots per mm (a "203 dpi" head has 8,
 * a "300 dpi" one 12), which is what ZPL and TSPL positions count.
 */
export const dotsPerMm: Readonly<Record<LabelDpi, number>> = { 203: 8, 300: 12 };

/** Millimetres to whole printer dots at `dpi`; the one rounding every renderer shares. */
export function mmToDots(mm: number, dpi: LabelDpi): number {
  return Math.round(mm * dotsPerMm[dpi]);
}

/** True when `text` is printable ASCII (space to `~`), what barcodes and QR codes here accept. */
export function isPrintableAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}
