import { unreachable } from '../../../errors';
import { type PlacedElement, placeLabel } from '../label-layout';
import type { LabelDocument } from '../label.model';

/** A bitmap font of the printer and its glyph height in dots (CJK glyphs square, ASCII half width). */
export type TsplFont = { name: string; heightDots: number };

/**
 * `TSS24.BF2` is the 24×24 Simplified Chinese (GB) font resident on TSC's Chinese models and the
 * TSPL printers sold in China. It expects GB-encoded text: send the program as GB18030 bytes.
 */
export const defaultTsplFonts: readonly TsplFont[] = [{ name: 'TSS24.BF2', heightDots: 24 }];

/** Printer-specific choices of the TSPL renderer. */
export type TsplOptions = {
  /** Fonts to choose from, e.g. add `TSS16.BF2` where the printer has it. */
  fonts?: readonly TsplFont[];
  /** Gap between die-cut labels in mm (ignored for continuous media). */
  gapMm?: number;
};

/** TSPL strings are double-quoted; a quote inside is written `\["]`. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '\\["]')}"`;
}

/**
 * The font and whole-number magnification closest to `size` dots without exceeding it (so wrapped
 * text never grows past its box); the smallest font at 1× when even that is too large.
 */
function pickFont(size: number, fonts: readonly TsplFont[]): { font: TsplFont; scale: number } {
  const sorted = [...fonts].sort((a, b) => a.heightDots - b.heightDots);
  let best: { font: TsplFont; scale: number } | undefined;
  for (const font of sorted) {
    const scale = Math.min(10, Math.floor(size / font.heightDots));
    if (scale >= 1 && (best === undefined || font.heightDots * scale > best.font.heightDots * best.scale)) {
      best = { font, scale };
    }
  }
  const smallest = sorted[0];
  if (best !== undefined) return best;
  if (smallest === undefined) throw new RangeError('TSPL rendering needs at least one font');
  return { font: smallest, scale: 1 };
}

function renderElement(element: PlacedElement, fonts: readonly TsplFont[]): string[] {
  switch (element.kind) {
    case 'text': {
      const { font, scale } = pickFont(element.size, fonts);
      const command = (x: number): string =>
        `TEXT ${x},${element.y},${quoted(font.name)},0,${scale},${scale},${quoted(element.text)}`;
      // No bold in bitmap fonts: strike the line again one dot to the right.
      return element.isBold ? [command(element.x), command(element.x + 1)] : [command(element.x)];
    }
    case 'code128': {
      const readable = element.hasHumanReadable ? 1 : 0;
      // "128" lets the printer switch subsets itself; narrow = wide = one module for Code 128.
      return [
        `BARCODE ${element.x},${element.y},"128",${element.height},${readable},0,${element.module},${element.module},${quoted(element.data)}`,
      ];
    }
    case 'qr':
      return [
        `QRCODE ${element.x},${element.y},${element.errorCorrection},${Math.min(10, element.cell)},A,0,${quoted(element.data)}`,
      ];
    case 'bar':
      return [`BAR ${element.x},${element.y},${element.width},${element.height}`];
    case 'box':
      return [
        `BOX ${element.x},${element.y},${element.x + element.width},${element.y + element.height},${element.thickness}`,
      ];
    case 'inverse':
      return [`REVERSE ${element.x},${element.y},${element.width},${element.height}`];
    default:
      return unreachable(element);
  }
}

/**
 * The document as a TSPL program for TSC-style printers: SIZE and GAP in mm, CLS, one command per
 * text line, barcode and rule in document order (so REVERSE inverts what precedes it), PRINT 1.
 * Lines end in CR LF as the TSPL manual writes them.
 */
export function renderTspl(doc: LabelDocument, options: TsplOptions = {}): string {
  const label = placeLabel(doc);
  const fonts = options.fonts ?? defaultTsplFonts;
  const gap = doc.media === 'gap' ? (options.gapMm ?? 2) : 0;
  const lines = [
    `SIZE ${label.widthMm} mm,${label.heightMm} mm`,
    `GAP ${gap} mm,0 mm`,
    'CLS',
    ...label.elements.flatMap((element) => renderElement(element, fonts)),
    'PRINT 1,1',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
