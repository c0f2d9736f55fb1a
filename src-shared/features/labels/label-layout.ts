import { unreachable } from '../../errors';
import {
  defaultLineHeight,
  type LabelDocument,
  type LabelDpi,
  type LabelElement,
  mmToDots,
  type QrErrorCorrection,
  type TextElement,
} from './label.model';
import { fitText, textWidthMm } from './text-layout';

/** One line of text, placed: `size` is the character height in dots. */
export type PlacedText = { kind: 'text'; x: number; y: number; size: number; text: string; isBold: boolean };

/** A Code 128 symbol, placed: `module` is the narrow bar width in dots. */
export type PlacedCode128 = {
  kind: 'code128';
  x: number;
  y: number;
  height: number;
  module: number;
  data: string;
  hasHumanReadable: boolean;
};

/** A QR symbol, placed: `cell` is the module size in dots. */
export type PlacedQr = {
  kind: 'qr';
  x: number;
  y: number;
  cell: number;
  data: string;
  errorCorrection: QrErrorCorrection;
};

/** A filled rectangle (what a line becomes). */
export type PlacedBar = { kind: 'bar'; x: number; y: number; width: number; height: number };

/** A rectangle outline. */
export type PlacedBox = {
  kind: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  thickness: number;
};

/** An area whose earlier drawing is inverted. */
export type PlacedInverse = { kind: 'inverse'; x: number; y: number; width: number; height: number };

/** A drawing primitive in printer dots, what renderers turn into commands. */
export type PlacedElement = PlacedText | PlacedCode128 | PlacedQr | PlacedBar | PlacedBox | PlacedInverse;

/** A document resolved to dots at its resolution; text already wrapped, fitted and aligned. */
export type PlacedLabel = {
  widthDots: number;
  heightDots: number;
  widthMm: number;
  heightMm: number;
  dpi: LabelDpi;
  media: LabelDocument['media'];
  elements: PlacedElement[];
};

/** A text element's lines as laid out in mm, before rounding to dots. */
export type TextBlock = {
  size: number;
  lines: { text: string; x: number; y: number; width: number }[];
  isTruncated: boolean;
};

/**
 * Text as printers can take it: line breaks normalised to `\n`, tabs as spaces, other control
 * characters dropped (in ZPL or TSPL field data they would end or corrupt the command).
 */
function printableText(text: string): string {
  return [...text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')]
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return char === '\n' || (code >= 0x20 && code !== 0x7f);
    })
    .join('');
}

/**
 * Wraps, fits and aligns a text element on a label `labelWidthMm` wide. Exposed so templates and
 * tests can ask where text lands without rendering.
 */
export function layoutText(element: TextElement, labelWidthMm: number): TextBlock {
  const maxWidth = Math.min(element.maxWidth ?? Number.POSITIVE_INFINITY, labelWidthMm - element.x);
  const fitted = fitText(printableText(element.text), {
    size: element.size,
    maxWidth,
    maxLines: element.maxLines ?? 1,
    ...(element.minSize === undefined ? {} : { minSize: element.minSize }),
  });
  const pitch = fitted.size * (element.lineHeight ?? defaultLineHeight);
  const lines = fitted.lines.map((text, index) => {
    const width = textWidthMm(text, fitted.size);
    const slack = Math.max(0, maxWidth - width);
    const offset = element.align === 'center' ? slack / 2 : element.align === 'right' ? slack : 0;
    return { text, x: element.x + offset, y: element.y + index * pitch, width };
  });
  return { size: fitted.size, lines, isTruncated: fitted.isTruncated };
}

function placeElement(element: LabelElement, doc: LabelDocument): PlacedElement[] {
  const dots = (mm: number): number => mmToDots(mm, doc.dpi);
  const atLeastOne = (mm: number): number => Math.max(1, dots(mm));
  switch (element.kind) {
    case 'text': {
      const block = layoutText(element, doc.widthMm);
      return block.lines
        .filter((line) => line.text !== '')
        .map((line) => ({
          kind: 'text',
          x: dots(line.x),
          y: dots(line.y),
          size: dots(block.size),
          text: line.text,
          isBold: element.isBold ?? false,
        }));
    }
    case 'code128':
      return [
        {
          kind: 'code128',
          x: dots(element.x),
          y: dots(element.y),
          height: atLeastOne(element.height),
          module: atLeastOne(element.moduleWidth),
          data: element.data,
          hasHumanReadable: element.hasHumanReadable,
        },
      ];
    case 'qr':
      return [
        {
          kind: 'qr',
          x: dots(element.x),
          y: dots(element.y),
          cell: atLeastOne(element.cellSize),
          data: element.data,
          errorCorrection: element.errorCorrection,
        },
      ];
    case 'line': {
      const isHorizontal = element.direction === 'horizontal';
      const length = atLeastOne(element.length);
      const thickness = atLeastOne(element.thickness);
      return [
        {
          kind: 'bar',
          x: dots(element.x),
          y: dots(element.y),
          width: isHorizontal ? length : thickness,
          height: isHorizontal ? thickness : length,
        },
      ];
    }
    case 'box':
      return [
        {
          kind: 'box',
          x: dots(element.x),
          y: dots(element.y),
          width: atLeastOne(element.width),
          height: atLeastOne(element.height),
          thickness: atLeastOne(element.thickness),
        },
      ];
    case 'inverse':
      return [
        {
          kind: 'inverse',
          x: dots(element.x),
          y: dots(element.y),
          width: atLeastOne(element.width),
          height: atLeastOne(element.height),
        },
      ];
    default:
      return unreachable(element);
  }
}

/** Resolves a document to dots: the single input of every renderer. */
export function placeLabel(doc: LabelDocument): PlacedLabel {
  return {
    widthDots: mmToDots(doc.widthMm, doc.dpi),
    heightDots: mmToDots(doc.heightMm, doc.dpi),
    widthMm: doc.widthMm,
    heightMm: doc.heightMm,
    dpi: doc.dpi,
    media: doc.media,
    elements: doc.elements.flatMap((element) => placeElement(element, doc)),
  };
}
