import { unreachable } from '../../../errors';
import { type PlacedElement, placeLabel } from '../label-layout';
import type { LabelDocument } from '../label.model';

/**
 * The CJK font Chinese text is printed in. `E:SIMSUN.FNT` is SimSun as Zebra installs it on
 * China-market printers (and as Zebra's font downloader stores it); printers with the Asian font
 * pack use e.g. `E:ANMDS.TTF`, others need a font downloaded first: it is a per-printer setting.
 * Every field uses it, Latin included, because our wrapping assumes its metrics (ASCII half width).
 */
export const defaultZplCjkFont = 'E:SIMSUN.FNT';

/** Printer-specific choices of the ZPL renderer. */
export type ZplOptions = { cjkFont?: string };

/**
 * Field data safe inside `^FD…^FS`: `^` and `~` would start commands, so a field holding them (or
 * the `_` escape character itself) is sent hex-escaped under `^FH`.
 */
function fieldData(text: string): string {
  if (!/[\^~_]/.test(text)) return `^FD${text}`;
  return `^FH^FD${text.replace(/_/g, '_5F').replace(/\^/g, '_5E').replace(/~/g, '_7E')}`;
}

function renderElement(element: PlacedElement, font: string): string[] {
  switch (element.kind) {
    case 'text': {
      const field = (x: number): string =>
        `^FO${x},${element.y}^A@N,${element.size},${element.size},${font}${fieldData(element.text)}^FS`;
      // ZPL has no bold for scalable fonts: strike the line again one dot to the right.
      return element.isBold ? [field(element.x), field(element.x + 1)] : [field(element.x)];
    }
    case 'code128': {
      const readable = element.hasHumanReadable ? 'Y' : 'N';
      // Mode A lets the printer switch subsets (C for digit runs), as code128Modules assumes.
      return [
        `^FO${element.x},${element.y}^BY${element.module}^BCN,${element.height},${readable},N,N,A${fieldData(element.data)}^FS`,
      ];
    }
    case 'qr': {
      const magnification = Math.min(10, element.cell);
      const ec = element.errorCorrection;
      return [
        `^FO${element.x},${element.y}^BQN,2,${magnification},${ec}${fieldData(`${ec}A,${element.data}`)}^FS`,
      ];
    }
    case 'bar':
      return [
        `^FO${element.x},${element.y}^GB${element.width},${element.height},${Math.min(element.width, element.height)}^FS`,
      ];
    case 'box':
      return [`^FO${element.x},${element.y}^GB${element.width},${element.height},${element.thickness}^FS`];
    case 'inverse':
      return [
        `^FO${element.x},${element.y}^GB${element.width},${element.height},${Math.min(element.width, element.height)}^FR^FS`,
      ];
    default:
      return unreachable(element);
  }
}

/**
 * The document as one ZPL II label: `^XA^CI28` (field data is UTF-8), print width and length in
 * dots, then one field per text line, barcode and rule, in document order (so `^FR` inverts what
 * precedes it). Send it as UTF-8 bytes.
 */
export function renderZpl(doc: LabelDocument, options: ZplOptions = {}): string {
  const label = placeLabel(doc);
  const font = options.cjkFont ?? defaultZplCjkFont;
  const lines = [
    '^XA^CI28',
    `^PW${label.widthDots}^LL${label.heightDots}^LH0,0`,
    ...label.elements.flatMap((element) => renderElement(element, font)),
    '^XZ',
  ];
  return `${lines.join('\n')}\n`;
}
