import bwipjs from 'bwip-js/generic';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { code128Modules } from './code128-width';
import { layoutText } from './label-layout';
import type { LabelDocument } from './label.model';
import { buildLabelDocument } from './label-templates';
import { shippingLabelDataSchema } from './shipping-label.schema';
import { shippingLabel } from './shipping-label.template';
import { buildShippingLabelData } from './testing';

type Rect = { what: string; left: number; top: number; right: number; bottom: number };

/** Every line of text, barcode and QR code on the label as a rectangle in mm. */
function inkRects(doc: LabelDocument): Rect[] {
  return doc.elements.flatMap((element, index): Rect[] => {
    switch (element.kind) {
      case 'text': {
        const block = layoutText(element, doc.widthMm);
        return block.lines.map((line) => ({
          what: `text#${index} ${line.text}`,
          left: line.x,
          top: line.y,
          right: line.x + line.width,
          bottom: line.y + block.size,
        }));
      }
      case 'code128': {
        const width = code128Modules(element.data) * element.moduleWidth;
        const readable = element.hasHumanReadable ? 3 : 0;
        return [
          {
            what: 'barcode',
            left: element.x,
            top: element.y,
            right: element.x + width,
            bottom: element.y + element.height + readable,
          },
        ];
      }
      case 'qr': {
        const encoded = bwipjs.raw('qrcode', element.data, `eclevel=${element.errorCorrection}`)[0];
        const side = (encoded !== undefined && 'pixx' in encoded ? encoded.pixx : 0) * element.cellSize;
        return [
          { what: 'qr', left: element.x, top: element.y, right: element.x + side, bottom: element.y + side },
        ];
      }
      case 'line':
      case 'box':
      case 'inverse':
        return [];
    }
  });
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** What a person would see wrong: ink off the label, or two things printed over each other. */
function layoutProblems(doc: LabelDocument): string[] {
  const rects = inkRects(doc);
  const problems = rects
    .filter((rect) => rect.left < 0 || rect.top < 0 || rect.right > doc.widthMm || rect.bottom > doc.heightMm)
    .map((rect) => `${rect.what} leaves the label`);
  rects.forEach((a, i) => {
    for (const b of rects.slice(i + 1)) if (overlaps(a, b)) problems.push(`${a.what} overlaps ${b.what}`);
  });
  return problems;
}

function texts(doc: LabelDocument): string[] {
  return doc.elements.flatMap((element) =>
    element.kind === 'text' ? layoutText(element, doc.widthMm).lines.map((line) => line.text) : [],
  );
}

/** The line summary as the template wrote it (before wrapping). */
function summaryOf(doc: LabelDocument): string {
  const element = doc.elements.find((candidate) => candidate.kind === 'text' && candidate.text.includes('×'));
  return element?.kind === 'text' ? element.text : '';
}

const longDetail =
  '粤海街道科技园南区深南大道10000号腾讯滨海大厦南塔25楼2501室前台（工作日9:00-18:00，请放快递柜）';

describe('shippingLabel', () => {
  it('prints carrier, sorting code, masked receiver, sender, order numbers and print time', () => {
    const doc = shippingLabel(buildShippingLabelData());
    expect(doc).toMatchObject({ widthMm: 100, heightMm: 150, dpi: 203, media: 'gap' });
    expect(texts(doc)).toEqual([
      '顺丰速运',
      '淘宝',
      'SF',
      '755W-A12',
      '收',
      '王小明 138****1234',
      '广东省深圳市南山区科技园深南大道',
      '10000 号 25 楼',
      '寄',
      'Packline 上海浦东仓 021-58881234',
      '上海市浦东新区郭守敬路 498 号 3 号楼',
      '淘宝 订单号 3921987654321098765',
      'ORD-01JDXK3M8Q9V2B7N4T6W5Y0ZRS',
      '西湖龙井 250g×2；青瓷茶杯×1',
      '打印时间 2026-12-02 16:30',
    ]);
    expect(layoutProblems(doc)).toEqual([]);
  });

  it('puts the tracking number in Code 128 and the tracking number with the order code in the QR code', () => {
    const doc = shippingLabel(buildShippingLabelData());
    const symbols = doc.elements.flatMap((element) =>
      element.kind === 'code128' || element.kind === 'qr' ? [{ kind: element.kind, data: element.data }] : [],
    );
    expect(symbols).toEqual([
      { kind: 'code128', data: 'SF1234567890123' },
      { kind: 'qr', data: 'SF1234567890123/ORD-01JDXK3M8Q9V2B7N4T6W5Y0ZRS' },
    ]);
  });

  it('prints English captions when asked, the buyer’s text unchanged', () => {
    const all = texts(shippingLabel(buildShippingLabelData({ language: 'en' }))).join('\n');
    expect(all).toContain('TO\n王小明 138****1234');
    expect(all).toContain('FROM');
    expect(all).toContain('Taobao Order 3921987654321098765');
    expect(all).toContain('Printed 2026-12-02 16:30');
  });

  it('prints the receiver’s city and district where the carrier gave no sorting code', () => {
    const data = buildShippingLabelData();
    const { routeCode: _ignored, ...withoutRoute } = data;
    expect(texts(shippingLabel(withoutRoute))).toContain('深圳市 南山区');
  });

  it.each([
    { name: 'a long street', detail: longDetail },
    {
      name: 'a very long street in both scripts',
      detail: `${longDetail} Room 2501, Tencent Binhai Tower South`,
    },
    { name: 'an absurd 300-character street', detail: '深南大道'.repeat(75) },
  ])('wraps $name inside the receiver block at 203 and 300 dpi, in both languages', ({ detail }) => {
    for (const language of ['zh-CN', 'en'] as const) {
      for (const dpi of [203, 300] as const) {
        const base = buildShippingLabelData({ language });
        const receiver = { ...base.receiver, address: { ...base.receiver.address, detail } };
        const doc = shippingLabel({ ...base, receiver }, { dpi });
        expect(layoutProblems(doc)).toEqual([]);
      }
    }
  });

  it('narrows the bars of the longest tracking number the schema allows so it still fits', () => {
    const doc = shippingLabel(buildShippingLabelData({ trackingNo: 'ABCDEFGHJKLMNPQRSTUVWXYZ' }));
    expect(doc.elements.find((element) => element.kind === 'code128')).toMatchObject({ moduleWidth: 0.25 });
    expect(layoutProblems(doc)).toEqual([]);
  });

  it('prints a long address in full, shrinking the type, and cuts only an absurd one short', () => {
    const base = buildShippingLabelData();
    const withDetail = (detail: string): string[] =>
      texts(
        shippingLabel({
          ...base,
          receiver: { ...base.receiver, address: { ...base.receiver.address, detail } },
        }),
      );
    const longLines = withDetail(longDetail);
    expect(longLines.join('')).toContain(`南山区${longDetail}`.replace(/ /g, ''));
    expect(withDetail('深南大道'.repeat(75)).some((line) => line.endsWith('…'))).toBe(true);
  });

  it('summarises 30 lines as the first few and "…等N件" for the rest, inside its block', () => {
    const lines = Array.from({ length: 30 }, (_, index) => ({
      shortName: `商品${index + 1}号 500g`,
      qty: index + 1,
    }));
    const doc = shippingLabel(buildShippingLabelData({ lines }));
    const summary = summaryOf(doc);
    const shown = summary.match(/×\d+/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(3);
    expect(summary.endsWith(`…等${30 - shown}件`)).toBe(true);
    expect(layoutProblems(doc)).toEqual([]);
  });

  it('says "…and N more" on an English label', () => {
    const lines = Array.from({ length: 30 }, (_, index) => ({ shortName: `Item ${index + 1}`, qty: 1 }));
    const summary = summaryOf(shippingLabel(buildShippingLabelData({ language: 'en', lines })));
    const shown = summary.match(/×\d+/g)?.length ?? 0;
    expect(summary.endsWith(`…and ${30 - shown} more`)).toBe(true);
  });
});

describe('shipping label data', () => {
  it('refuses a tracking number a scanner would not read back the same', () => {
    const result = shippingLabelDataSchema.safeParse({
      ...buildShippingLabelData(),
      trackingNo: 'sf1234567890123',
    });
    expect(result.success).toBe(false);
  });

  it('builds a stored job’s label from its template id and data', () => {
    const data = buildShippingLabelData();
    expect(buildLabelDocument('shipping-label', data, { dpi: 300 })).toEqual(
      shippingLabel(data, { dpi: 300 }),
    );
  });

  it('refuses a stored job whose data no longer fits the template, naming what is wrong', () => {
    const { receiver: _missing, ...partial } = buildShippingLabelData();
    expect(() => buildLabelDocument('shipping-label', partial)).toThrow(AppError);
    expect(() => buildLabelDocument('shipping-label', partial)).toThrow(/receiver/);
  });
});
