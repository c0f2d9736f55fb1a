import type { LabelDocument } from '../label.model';
import { type PackingSlipData, packingSlipDataSchema } from '../packing-slip.schema';
import { type ShippingLabelData, shippingLabelDataSchema } from '../shipping-label.schema';

/** The fixed print time of label tests: 16:30 in Shanghai. */
export const testPrintedAt = '2026-12-02T08:30:00.000Z';

/** A ULID-shaped order id, as the hub makes them. */
export const testOrderId = '01JDXK3M8Q9V2B7N4T6W5Y0ZRS';

/**
 * A valid shipping label's data (checked against the schema): SF from the Shanghai warehouse to a
 * buyer in Shenzhen, two lines. Override what the test is about.
 */
export function buildShippingLabelData(patch: Partial<ShippingLabelData> = {}): ShippingLabelData {
  return shippingLabelDataSchema.parse({
    language: 'zh-CN',
    carrier: { code: 'SF', name: '顺丰速运' },
    trackingNo: 'SF1234567890123',
    routeCode: '755W-A12',
    order: { id: testOrderId, platform: 'taobao', platformOrderNo: '3921987654321098765' },
    sender: {
      name: 'Packline 上海浦东仓',
      phone: '021-58881234',
      address: { province: '上海市', city: '上海市', district: '浦东新区', detail: '郭守敬路 498 号 3 号楼' },
    },
    receiver: {
      name: '王小明',
      phone: '13812341234',
      address: {
        province: '广东省',
        city: '深圳市',
        district: '南山区',
        detail: '科技园深南大道 10000 号 25 楼',
      },
    },
    lines: [
      { shortName: '西湖龙井 250g', qty: 2 },
      { shortName: '青瓷茶杯', qty: 1 },
    ],
    printedAt: testPrintedAt,
    timeZone: 'Asia/Shanghai',
    ...patch,
  });
}

/** A valid packing slip's data: the same order, two lines, a discount. */
export function buildPackingSlipData(patch: Partial<PackingSlipData> = {}): PackingSlipData {
  return packingSlipDataSchema.parse({
    language: 'zh-CN',
    order: { id: testOrderId, platform: 'taobao', platformOrderNo: '3921987654321098765' },
    lines: [
      { code: 'TEA-LJ-250', name: '西湖龙井绿茶 250g 罐装', qty: 2, bin: 'A-01-02-03' },
      { code: 'CUP-QC-01', name: '青瓷茶杯', qty: 1, bin: 'B-11-02-01' },
    ],
    totals: { itemsFen: 10300, shippingFen: 800, discountFen: 500, totalFen: 10600 },
    printedAt: testPrintedAt,
    timeZone: 'Asia/Shanghai',
    ...patch,
  });
}

/**
 * A small document with one of every element, for renderer tests whose expected output a person
 * can check by hand: 50×30 mm at 203 dpi (8 dots/mm).
 */
export function buildSampleDocument(): LabelDocument {
  return {
    widthMm: 50,
    heightMm: 30,
    dpi: 203,
    media: 'gap',
    elements: [
      { kind: 'text', x: 2, y: 2, text: '收件人 Li', size: 4, isBold: true },
      { kind: 'inverse', x: 1, y: 1, width: 6, height: 6 },
      {
        kind: 'code128',
        x: 2,
        y: 8,
        data: 'SF1234567890123',
        height: 8,
        moduleWidth: 0.25,
        hasHumanReadable: true,
      },
      { kind: 'qr', x: 36, y: 14, data: 'ORD-TEST', cellSize: 0.5, errorCorrection: 'M' },
      { kind: 'line', x: 0, y: 20, length: 30, direction: 'horizontal', thickness: 0.25 },
      { kind: 'box', x: 1, y: 21, width: 20, height: 8, thickness: 0.25 },
      { kind: 'text', x: 2, y: 23, text: 'A "quoted" ^ ~ _', size: 3, maxWidth: 30, align: 'right' },
    ],
  };
}
