import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatReader,
  QRCodeReader,
  RGBLuminanceSource,
} from '@zxing/library';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { zplToBase64Async } from 'zpl-renderer-js';
import { type PlacedCode128, type PlacedQr, placeLabel } from '../label-layout';
import { dotsPerMm, type LabelDocument } from '../label.model';
import { packingSlip } from '../packing-slip.template';
import { shippingLabel } from '../shipping-label.template';
import { buildPackingSlipData, buildShippingLabelData } from '../testing';
import { renderSvg } from './svg.renderer';
import { renderZpl } from './zpl.renderer';

// What a scanner sees: the ZPL is drawn by an offline ZPL engine and the SVG by a tiny rasteriser
// of its bar and module paths; then zxing reads each symbol from the area the layout put it in.
// The engine has no CJK font and draws every character of an unknown font a full em wide, twice
// what SimSun gives ASCII, so Latin text would run over the QR code: symbols are read from the
// label rendered without its text (same commands, same positions), and one test shows the tracking
// barcode also reads with all the text printed around it.

/** A grey image, one byte per dot (0 black, 255 white). */
type Grey = { width: number; height: number; pixels: Uint8ClampedArray };

function greyFromPng(base64: string): Grey {
  const png = PNG.sync.read(Buffer.from(base64, 'base64'));
  const pixels = new Uint8ClampedArray(png.width * png.height);
  for (let index = 0; index < pixels.length; index++) {
    const alpha = png.data[index * 4 + 3] ?? 255;
    pixels[index] = alpha < 128 ? 255 : (png.data[index * 4] ?? 255);
  }
  return { width: png.width, height: png.height, pixels };
}

/** Paints the rectangles of every `<path d="M x y h w v h h -w z…">` (bars, QR modules). */
function greyFromSvg(svg: string, width: number, height: number): Grey {
  const pixels = new Uint8ClampedArray(width * height).fill(255);
  for (const [, d] of svg.matchAll(/<path d="([^"]*)"/g)) {
    for (const [, x, y, w, h] of (d ?? '').matchAll(/M(-?[\d.]+) (-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)/g)) {
      const [left, top] = [Number(x), Number(y)];
      for (let row = top; row < top + Number(h); row++) {
        for (let col = left; col < left + Number(w); col++) pixels[row * width + col] = 0;
      }
    }
  }
  return { width, height, pixels };
}

/** The area around a symbol, quiet zone included, clipped to the image. */
function crop(image: Grey, left: number, top: number, right: number, bottom: number): BinaryBitmap {
  const x0 = Math.max(0, left);
  const y0 = Math.max(0, top);
  const width = Math.min(image.width, right) - x0;
  const height = Math.min(image.height, bottom) - y0;
  const pixels = new Uint8ClampedArray(width * height);
  for (let row = 0; row < height; row++) {
    pixels.set(
      image.pixels.subarray((y0 + row) * image.width + x0, (y0 + row) * image.width + x0 + width),
      row * width,
    );
  }
  return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width, height)));
}

function readCode128(image: Grey, symbol: PlacedCode128): string {
  const quiet = 12 * symbol.module;
  const area = crop(image, symbol.x - quiet, symbol.y - 8, image.width, symbol.y + symbol.height + 8);
  const reader = new MultiFormatReader();
  reader.setHints(new Map([[DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.CODE_128]]]));
  return reader.decode(area).getText();
}

function readQr(image: Grey, symbol: PlacedQr): string {
  // Version 10 at most on our labels: 57 modules, plus the quiet zone and ZPL's own offset.
  const reach = 65 * symbol.cell;
  const quiet = 4 * symbol.cell;
  const area = crop(image, symbol.x - quiet, symbol.y - quiet, symbol.x + reach, symbol.y + reach);
  return new QRCodeReader().decode(area, new Map([[DecodeHintType.TRY_HARDER, true]])).getText();
}

function symbolsOf(doc: LabelDocument): { code128: PlacedCode128[]; qr: PlacedQr[] } {
  const elements = placeLabel(doc).elements;
  return {
    code128: elements.filter((element): element is PlacedCode128 => element.kind === 'code128'),
    qr: elements.filter((element): element is PlacedQr => element.kind === 'qr'),
  };
}

function withoutText(doc: LabelDocument): LabelDocument {
  return { ...doc, elements: doc.elements.filter((element) => element.kind !== 'text') };
}

async function zplImage(doc: LabelDocument): Promise<Grey> {
  return greyFromPng(await zplToBase64Async(renderZpl(doc), doc.widthMm, doc.heightMm, dotsPerMm[doc.dpi]));
}

async function scanZpl(doc: LabelDocument): Promise<{ code128: string[]; qr: string[] }> {
  const image = await zplImage(doc);
  const symbols = symbolsOf(doc);
  return {
    code128: symbols.code128.map((symbol) => readCode128(image, symbol)),
    qr: symbols.qr.map((symbol) => readQr(image, symbol)),
  };
}

function scanSvg(doc: LabelDocument): { code128: string[]; qr: string[] } {
  const label = placeLabel(doc);
  const image = greyFromSvg(renderSvg(doc), label.widthDots, label.heightDots);
  const symbols = symbolsOf(doc);
  return {
    code128: symbols.code128.map((symbol) => readCode128(image, symbol)),
    qr: symbols.qr.map((symbol) => readQr(image, symbol)),
  };
}

const trackingNumbers = [
  { carrier: 'SF', name: '顺丰速运', trackingNo: 'SF1234567890123' },
  { carrier: 'ZTO', name: '中通快递', trackingNo: '78123456789012' },
  { carrier: 'YTO', name: '圆通速递', trackingNo: 'YT1234567890123' },
  { carrier: 'JD', name: '京东物流', trackingNo: 'JDV123456789012' },
];

describe('a printed shipping label scans back', () => {
  it.each(trackingNumbers)(
    '$carrier: Code 128 reads the tracking number, QR the tracking number and order',
    async (row) => {
      const data = buildShippingLabelData({
        carrier: { code: row.carrier, name: row.name },
        trackingNo: row.trackingNo,
      });
      expect(await scanZpl(withoutText(shippingLabel(data)))).toEqual({
        code128: [row.trackingNo],
        qr: [`${row.trackingNo}/ORD-01JDXK3M8Q9V2B7N4T6W5Y0ZRS`],
      });
    },
  );

  it('at 300 dpi too', async () => {
    const doc = shippingLabel(buildShippingLabelData(), { dpi: 300 });
    expect(await scanZpl(withoutText(doc))).toEqual({
      code128: ['SF1234567890123'],
      qr: ['SF1234567890123/ORD-01JDXK3M8Q9V2B7N4T6W5Y0ZRS'],
    });
  });

  it('with all its text printed around the tracking barcode', async () => {
    const doc = shippingLabel(buildShippingLabelData());
    const image = await zplImage(doc);
    expect(symbolsOf(doc).code128.map((symbol) => readCode128(image, symbol))).toEqual(['SF1234567890123']);
  });

  it('and so does the packing slip’s order QR code', async () => {
    expect(await scanZpl(withoutText(packingSlip(buildPackingSlipData())))).toEqual({
      code128: [],
      qr: ['ORD-01JDXK3M8Q9V2B7N4T6W5Y0ZRS'],
    });
  });
});

describe('the SVG preview scans like the label', () => {
  it.each(trackingNumbers)('$carrier', (row) => {
    const data = buildShippingLabelData({
      carrier: { code: row.carrier, name: row.name },
      trackingNo: row.trackingNo,
    });
    expect(scanSvg(shippingLabel(data))).toEqual({
      code128: [row.trackingNo],
      qr: [`${row.trackingNo}/ORD-01JDXK3M8Q9V2B7N4T6W5Y0ZRS`],
    });
  });
});
