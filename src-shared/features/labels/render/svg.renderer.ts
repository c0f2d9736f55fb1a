import bwipjs from 'bwip-js/generic';
import { unreachable } from '../../../errors';
import { type PlacedCode128, type PlacedElement, type PlacedQr, placeLabel } from '../label-layout';
import type { LabelDocument } from '../label.model';
import { textWidthEm } from '../text-layout';

/**
 * Fonts of the preview: a CJK sans the OS is likely to have (the README asks Linux users for Noto
 * CJK). The preview is for eyes; the printer's own font decides the exact glyphs.
 */
export const defaultSvgFontFamily =
  "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";

/** Preview choices. */
export type SvgOptions = { fontFamily?: string };

/** Where a glyph's baseline sits below its top, as a share of the character height (CJK fonts). */
const ascent = 0.88;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Height of a barcode's human-readable line in dots: about 2.5 mm, never under 12 dots. */
function readableSize(element: PlacedCode128): number {
  return Math.max(12, element.module * 6);
}

/**
 * Code 128 bars from bwip-js's encoder (the same symbol a printer's automatic mode prints), drawn
 * as one path of rectangles so the preview scans like the label.
 */
function code128Svg(element: PlacedCode128): string {
  const encoded = bwipjs.raw('code128', element.data, {})[0];
  const widths = encoded !== undefined && 'sbs' in encoded ? encoded.sbs : [];
  let x = element.x;
  let path = '';
  widths.forEach((modules, index) => {
    const w = modules * element.module;
    if (index % 2 === 0) path += `M${x} ${element.y}h${w}v${element.height}h${-w}z`;
    x += w;
  });
  const bars = `<path d="${path}" fill="#000"/>`;
  if (!element.hasHumanReadable) return bars;
  const size = readableSize(element);
  const centre = (element.x + x) / 2;
  const baseline = element.y + element.height + Math.round(size * 1.1);
  return `${bars}<text x="${centre}" y="${baseline}" font-family="monospace" font-size="${size}" text-anchor="middle">${escapeXml(element.data)}</text>`;
}

/** QR modules from bwip-js's encoder, merged into horizontal runs per row to keep the SVG small. */
function qrSvg(element: PlacedQr): string {
  const encoded = bwipjs.raw('qrcode', element.data, `eclevel=${element.errorCorrection}`)[0];
  if (encoded === undefined || !('pixs' in encoded)) return '';
  let path = '';
  for (let row = 0; row < encoded.pixy; row++) {
    let col = 0;
    while (col < encoded.pixx) {
      if (encoded.pixs[row * encoded.pixx + col] !== 1) {
        col++;
        continue;
      }
      const start = col;
      while (col < encoded.pixx && encoded.pixs[row * encoded.pixx + col] === 1) col++;
      const x = element.x + start * element.cell;
      const y = element.y + row * element.cell;
      path += `M${x} ${y}h${(col - start) * element.cell}v${element.cell}h${-(col - start) * element.cell}z`;
    }
  }
  return `<path d="${path}" fill="#000"/>`;
}

function renderElement(element: PlacedElement, fontFamily: string): string {
  switch (element.kind) {
    case 'text': {
      const weight = element.isBold ? ' font-weight="bold"' : '';
      const baseline = element.y + Math.round(element.size * ascent);
      // Stretch or squeeze to the printer's metrics (ASCII half an em) so the preview wraps,
      // aligns and overlaps exactly where the label will.
      const length = Math.round(textWidthEm(element.text) * element.size);
      return `<text x="${element.x}" y="${baseline}" font-size="${element.size}"${weight} font-family="${escapeXml(fontFamily)}" textLength="${length}" lengthAdjust="spacingAndGlyphs">${escapeXml(element.text)}</text>`;
    }
    case 'code128':
      return code128Svg(element);
    case 'qr':
      return qrSvg(element);
    case 'bar':
      return `<rect x="${element.x}" y="${element.y}" width="${element.width}" height="${element.height}" fill="#000"/>`;
    case 'box': {
      const half = element.thickness / 2;
      return `<rect x="${element.x + half}" y="${element.y + half}" width="${element.width - element.thickness}" height="${element.height - element.thickness}" fill="none" stroke="#000" stroke-width="${element.thickness}"/>`;
    }
    case 'inverse':
      // White "difference" over the drawing so far flips black and white, like ^FR and REVERSE.
      return `<rect x="${element.x}" y="${element.y}" width="${element.width}" height="${element.height}" fill="#fff" style="mix-blend-mode:difference"/>`;
    default:
      return unreachable(element);
  }
}

/**
 * The document as a standalone SVG for the UI preview: sized in mm, drawn in printer dots, with
 * real (scannable) Code 128 and QR symbols. Text uses the same line breaks as the printer output.
 */
export function renderSvg(doc: LabelDocument, options: SvgOptions = {}): string {
  const label = placeLabel(doc);
  const fontFamily = options.fontFamily ?? defaultSvgFontFamily;
  const body = label.elements.map((element) => renderElement(element, fontFamily)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${label.widthMm}mm" height="${label.heightMm}mm" ` +
    `viewBox="0 0 ${label.widthDots} ${label.heightDots}" shape-rendering="crispEdges">` +
    `<g style="isolation:isolate"><rect width="${label.widthDots}" height="${label.heightDots}" fill="#fff"/>${body}</g></svg>`
  );
}
