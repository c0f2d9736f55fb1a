import iconv from 'iconv-lite';
import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import {
  isPrintableAscii,
  type LabelDocument,
  type PlacedElement,
  type PlacedInverse,
  type PlacedText,
  placeLabel,
  textWidthEm,
} from '../../../../src-shared/features/labels';
import { escPosCode128Data } from './escpos-code128';

/** ESC @: back to power-on settings, so a job never inherits the last one's bold or size. */
const initialise = Uint8Array.of(0x1b, 0x40);
/**
 * FS &: Chinese (double-byte) character mode. node-thermal-printer's CharacterSet.CHINA only sends
 * `ESC R 15` (an international *single-byte* set) and encodes EUC-CN (GB2312); heads sold in China
 * print double-byte text only in this mode, and read it as GB18030 (a GB2312/GBK superset), so we
 * encode with iconv-lite ourselves and hand the library bytes, never strings it would re-encode.
 */
const chineseMode = Uint8Array.of(0x1c, 0x26);
/** GS B 1 / GS B 0: white-on-black printing, for text under an inverse block. */
const reverseOn = Uint8Array.of(0x1d, 0x42, 0x01);
const reverseOff = Uint8Array.of(0x1d, 0x42, 0x00);
/** ESC/POS code 73: Code 128 in `GS k m n` format B. */
const code128Type = 73;

/** The ESC/POS font: ASCII 12×24 dots, Chinese 24×24 (font A of 203 dpi receipt heads). */
const charHeightDots = 24;
/** Receipt heads print 8 dots per mm; an idle LF feeds about this much paper. */
const dotsPerMm = 8;
const lineDots = 32;

/** Receipt-printer choices. */
export type EscPosOptions = {
  /** Printed width of the head; 72 mm on 80 mm paper (48 ASCII columns). */
  printableWidthMm?: number;
};

type Row = { y: number; elements: PlacedElement[] };

function rows(elements: readonly PlacedElement[]): Row[] {
  const byY = new Map<number, PlacedElement[]>();
  for (const element of elements) byY.set(element.y, [...(byY.get(element.y) ?? []), element]);
  return [...byY.entries()]
    .sort(([a], [b]) => a - b)
    .map(([y, row]) => ({ y, elements: [...row].sort((a, b) => a.x - b.x) }));
}

function isInside(text: PlacedText, area: PlacedInverse): boolean {
  return (
    text.x >= area.x && text.y >= area.y && text.x < area.x + area.width && text.y < area.y + area.height
  );
}

function gb18030(text: string): Buffer {
  return iconv.encode(text, 'gb18030');
}

/** ESC/POS magnification 1–8 whose glyphs are no taller than the layout asked for. */
function magnification(sizeDots: number): number {
  return Math.min(8, Math.max(1, Math.floor(sizeDots / charHeightDots)));
}

/** Where the document sits on the head, and which areas print reversed. */
type Receipt = { offset: number; widthDots: number; inverses: PlacedInverse[] };

/**
 * One row of text, each piece moved to its column with spaces (receipt heads have no x position
 * that every model honours); returns the dots of paper the row takes.
 */
function printTextRow(printer: ThermalPrinter, texts: readonly PlacedText[], receipt: Receipt): number {
  printer.alignLeft();
  let atDots = 0;
  for (const text of texts) {
    const scale = magnification(text.size);
    const column = Math.round((text.x - receipt.offset - atDots) / ((charHeightDots / 2) * scale));
    const spaces = Math.max(atDots > 0 ? 1 : 0, column);
    const isReversed = receipt.inverses.some((area) => isInside(text, area));
    printer.setTextSize(scale - 1, scale - 1);
    printer.add(gb18030(' '.repeat(spaces)));
    if (isReversed) printer.add(Buffer.from(reverseOn));
    printer.bold(text.isBold);
    printer.add(gb18030(text.text));
    printer.bold(false);
    if (isReversed) printer.add(Buffer.from(reverseOff));
    atDots += (spaces / 2 + textWidthEm(text.text)) * charHeightDots * scale;
  }
  printer.setTextNormal();
  printer.newLine();
  return Math.max(lineDots, ...texts.map((text) => magnification(text.size) * charHeightDots + 8));
}

/** A barcode, QR code or rule on a line of its own; returns the dots of paper it takes. */
function printGraphic(printer: ThermalPrinter, element: PlacedElement, receipt: Receipt): number {
  if (element.kind === 'text' || element.kind === 'inverse' || element.kind === 'box') return 0;
  if (element.kind === 'bar') {
    // Only horizontal rules survive on a receipt; a vertical one has no line of its own.
    if (element.width > element.height) printer.drawLine();
    return lineDots;
  }
  const isCentred = Math.abs(element.x - receipt.widthDots / 2) < receipt.widthDots * 0.3;
  if (isCentred) printer.alignCenter();
  else printer.alignLeft();
  let advance: number;
  if (element.kind === 'code128') {
    printer.printBarcode(escPosCode128Data(element.data), code128Type, {
      // GS w takes 2–6 (node-thermal-printer's code128() would send its width names as 0).
      width: Math.min(6, Math.max(2, element.module)),
      height: Math.min(255, Math.max(1, element.height)),
      hriPos: element.hasHumanReadable ? 2 : 0,
      hriFont: 0,
    });
    advance = element.height + (element.hasHumanReadable ? lineDots : 0);
  } else {
    // The library counts characters for the stored length: only single-byte data keeps it right.
    if (!isPrintableAscii(element.data)) throw new RangeError('QR data on ESC/POS must be printable ASCII');
    printer.printQR(element.data, {
      cellSize: Math.min(8, element.cell),
      correction: element.errorCorrection,
      model: 2,
    });
    advance = 33 * element.cell;
  }
  printer.newLine();
  printer.alignLeft();
  return advance;
}

/** Prints the document row by row, top to bottom, as a receipt head can. */
function printRows(printer: ThermalPrinter, doc: LabelDocument, printableWidthMm: number): void {
  const label = placeLabel({ ...doc, dpi: 203 });
  const receipt: Receipt = {
    offset: Math.round(((doc.widthMm - printableWidthMm) / 2) * dotsPerMm),
    widthDots: label.widthDots,
    inverses: label.elements.filter((element): element is PlacedInverse => element.kind === 'inverse'),
  };
  let paperAt = 0;
  for (const row of rows(label.elements)) {
    // Blank lines stand in for vertical gaps: receipts advance, they cannot jump.
    for (let gap = row.y - paperAt; gap >= lineDots; gap -= lineDots) printer.newLine();
    const texts = row.elements.filter((element): element is PlacedText => element.kind === 'text');
    if (texts.length > 0) paperAt = row.y + printTextRow(printer, texts, receipt);
    for (const element of row.elements) {
      const advance = printGraphic(printer, element, receipt);
      if (advance > 0) paperAt = row.y + advance;
    }
  }
}

/**
 * The document as ESC/POS bytes for a receipt printer, through node-thermal-printer (EPSON command
 * set): rows in top-to-bottom order, text placed by columns, Chinese as GB18030 in Chinese mode,
 * Code 128 and QR printed by the head itself, horizontal rules as dashes, then a cut on continuous
 * media. Boxes and vertical lines are left out: a receipt head prints line by line.
 */
export async function renderEscPos(doc: LabelDocument, options: EscPosOptions = {}): Promise<Uint8Array> {
  let captured: Buffer | undefined;
  const capture = {
    execute: (buffer: Buffer): Promise<string> => {
      captured = buffer;
      return Promise.resolve('captured');
    },
  };
  const printableWidthMm = options.printableWidthMm ?? 72;
  const printer = new ThermalPrinter({
    type: PrinterTypes.EPSON,
    // The library takes an interface object as it is (lib/interfaces/index.js); its typings only
    // admit a URI string. A fresh printer per render: execute() never clears its buffer.
    interface: capture as unknown as string,
    width: Math.floor((printableWidthMm * dotsPerMm) / (charHeightDots / 2)),
  });
  printer.add(Buffer.from(initialise));
  printer.add(Buffer.from(chineseMode));
  printRows(printer, doc, printableWidthMm);
  if (doc.media === 'continuous') printer.cut();
  await printer.execute();
  return new Uint8Array(captured ?? []);
}
