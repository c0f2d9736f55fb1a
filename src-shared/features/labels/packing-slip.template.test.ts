import { describe, expect, it } from 'vitest';
import { layoutText } from './label-layout';
import type { LabelDocument } from './label.model';
import { packingSlip } from './packing-slip.template';
import { buildPackingSlipData } from './testing';

/** The slip's text, one entry per printed row (texts sharing a top edge joined by " | "). */
function rowsOf(doc: LabelDocument): string[] {
  const rows = new Map<number, string[]>();
  for (const element of doc.elements) {
    if (element.kind !== 'text') continue;
    for (const line of layoutText(element, doc.widthMm).lines) {
      const key = Math.round(line.y * 100);
      rows.set(key, [...(rows.get(key) ?? []), line.text]);
    }
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, texts]) => texts.join(' | '));
}

describe('packingSlip', () => {
  it('lists the order, each line with code, bin and quantity, the totals in yuan and a thank-you', () => {
    const doc = packingSlip(buildPackingSlipData());
    expect(doc).toMatchObject({ widthMm: 80, media: 'continuous' });
    expect(rowsOf(doc)).toEqual([
      '装箱单',
      'ORD-01JDXK3M8Q9V2B7N4T6W5Y0ZRS',
      '淘宝 3921987654321098765',
      '打印时间 2026-12-02 16:30',
      '西湖龙井绿茶 250g 罐装',
      'TEA-LJ-250 | 库位 A-01-02-03 | ×2',
      '青瓷茶杯',
      'CUP-QC-01 | 库位 B-11-02-01 | ×1',
      '商品金额 | ¥103.00',
      '运费 | ¥8.00',
      '优惠 | -¥5.00',
      '合计 | ¥106.00',
      '感谢您的惠顾，欢迎再次光临！',
    ]);
  });

  it('carries a QR code of the order code, for scanning the slip at the bench', () => {
    const qr = packingSlip(buildPackingSlipData()).elements.find((element) => element.kind === 'qr');
    expect(qr).toMatchObject({ data: 'ORD-01JDXK3M8Q9V2B7N4T6W5Y0ZRS' });
  });

  it('keeps every text inside the 72 mm the head prints and right-aligns the amounts', () => {
    const doc = packingSlip(buildPackingSlipData({ language: 'en' }));
    const lines = doc.elements.flatMap((element) =>
      element.kind === 'text' ? layoutText(element, doc.widthMm).lines : [],
    );
    for (const line of lines) {
      expect(line.x).toBeGreaterThanOrEqual(4);
      expect(line.x + line.width).toBeLessThanOrEqual(76 + 1e-9);
    }
    const amounts = lines.filter((line) => line.text.includes('¥'));
    expect(amounts.map((line) => line.x + line.width)).toEqual([76, 76, 76, 76]);
  });

  it('grows with its lines and leaves out a discount row when there is none', () => {
    const few = packingSlip(buildPackingSlipData());
    const lines = Array.from({ length: 20 }, (_, index) => ({
      code: `SKU-${index}`,
      name: `商品 ${index}`,
      qty: 1,
      bin: 'A-01-01-01',
    }));
    const totals = { itemsFen: 2000, shippingFen: 0, discountFen: 0, totalFen: 2000 };
    const many = packingSlip(buildPackingSlipData({ lines, totals }));
    expect(many.heightMm).toBeGreaterThan(few.heightMm + 100);
    expect(rowsOf(many).some((row) => row.startsWith('优惠'))).toBe(false);
  });
});
