import { formatFen, formatLocalTime, type LabelLanguage, platformName } from './label-format';
import { defaultLineHeight, type LabelDocument, type LabelDpi, type LabelElement } from './label.model';
import type { PackingSlipData } from './packing-slip.schema';
import { wrapText } from './text-layout';

/** 80 mm receipt paper; heads print the middle 72 mm, so content keeps 4 mm off each edge. */
const width = 80;
const margin = 4;
const contentWidth = width - 2 * margin;
/** 3 mm is the receipt heads' native 24-dot font at 203 dpi: ESC/POS prints it unscaled. */
const bodySize = 3;
const pitch = bodySize * defaultLineHeight;

type Caption = 'title' | 'printedAt' | 'items' | 'shipping' | 'discount' | 'total' | 'thanks' | 'bin';

const captions: Record<LabelLanguage, Record<Caption, string>> = {
  en: {
    title: 'PACKING SLIP',
    printedAt: 'Printed',
    items: 'Items',
    shipping: 'Shipping',
    discount: 'Discount',
    total: 'Total',
    thanks: 'Thank you for your order!',
    bin: 'Bin',
  },
  'zh-CN': {
    title: '装箱单',
    printedAt: '打印时间',
    items: '商品金额',
    shipping: '运费',
    discount: '优惠',
    total: '合计',
    thanks: '感谢您的惠顾，欢迎再次光临！',
    bin: '库位',
  },
};

/** Builds the slip top to bottom; `y` is where the next row starts. */
type SlipCursor = { y: number; elements: LabelElement[] };

function rule(cursor: SlipCursor): void {
  cursor.elements.push({
    kind: 'line',
    x: margin,
    y: cursor.y,
    length: contentWidth,
    direction: 'horizontal',
    thickness: 0.25,
  });
  cursor.y += 2;
}

function heading(cursor: SlipCursor, data: PackingSlipData): void {
  const caption = captions[data.language];
  const orderCode = `ORD-${data.order.id}`;
  const columnWidth = 52;
  cursor.elements.push(
    {
      kind: 'text',
      x: margin,
      y: cursor.y,
      text: caption.title,
      size: 5,
      isBold: true,
      maxWidth: contentWidth,
      align: 'center',
    },
    { kind: 'qr', x: 60, y: cursor.y + 8, data: orderCode, cellSize: 0.5, errorCorrection: 'M' },
  );
  cursor.y += 8;
  const platformLine = `${platformName(data.order.platform, data.language)} ${data.order.platformOrderNo}`;
  cursor.elements.push(
    {
      kind: 'text',
      x: margin,
      y: cursor.y,
      text: orderCode,
      size: bodySize,
      isBold: true,
      maxWidth: columnWidth,
    },
    {
      kind: 'text',
      x: margin,
      y: cursor.y + pitch,
      text: platformLine,
      size: bodySize,
      maxWidth: columnWidth,
    },
    {
      kind: 'text',
      x: margin,
      y: cursor.y + 2 * pitch,
      text: `${caption.printedAt} ${formatLocalTime(data.printedAt, data.timeZone)}`,
      size: 2.5,
      maxWidth: columnWidth,
    },
  );
  // The QR code (up to 33 modules of 0.5 mm) is taller than the three text lines beside it.
  cursor.y += 18;
  rule(cursor);
}

function lineRows(cursor: SlipCursor, data: PackingSlipData): void {
  const binCaption = captions[data.language].bin;
  for (const line of data.lines) {
    const nameLines = Math.min(2, wrapText(line.name, bodySize, contentWidth).length);
    cursor.elements.push({
      kind: 'text',
      x: margin,
      y: cursor.y,
      text: line.name,
      size: bodySize,
      maxWidth: contentWidth,
      maxLines: 2,
    });
    cursor.y += nameLines * pitch;
    cursor.elements.push(
      { kind: 'text', x: margin, y: cursor.y, text: line.code, size: bodySize, maxWidth: 31 },
      { kind: 'text', x: 36, y: cursor.y, text: `${binCaption} ${line.bin}`, size: bodySize, maxWidth: 26 },
      {
        kind: 'text',
        x: 62,
        y: cursor.y,
        text: `×${line.qty}`,
        size: bodySize,
        isBold: true,
        maxWidth: 14,
        align: 'right',
      },
    );
    cursor.y += pitch + 1;
  }
  rule(cursor);
}

function totals(cursor: SlipCursor, data: PackingSlipData): void {
  const caption = captions[data.language];
  const rows: { label: string; fen: number; isTotal?: boolean }[] = [
    { label: caption.items, fen: data.totals.itemsFen },
    { label: caption.shipping, fen: data.totals.shippingFen },
    ...(data.totals.discountFen > 0 ? [{ label: caption.discount, fen: -data.totals.discountFen }] : []),
    { label: caption.total, fen: data.totals.totalFen, isTotal: true },
  ];
  for (const row of rows) {
    const size = row.isTotal === true ? 4 : bodySize;
    const isBold = row.isTotal === true;
    cursor.elements.push(
      { kind: 'text', x: margin, y: cursor.y, text: row.label, size, isBold, maxWidth: 36 },
      {
        kind: 'text',
        x: 40,
        y: cursor.y,
        text: formatFen(row.fen),
        size,
        isBold,
        maxWidth: 36,
        align: 'right',
      },
    );
    cursor.y += size * defaultLineHeight;
  }
  rule(cursor);
}

/**
 * A packing slip for 80 mm receipt paper (72 mm printed): order code with a QR code to scan it,
 * platform order number, each line (name, item code, bin, quantity), the totals in yuan and a
 * thank-you line. Its height follows the number of lines.
 */
export function packingSlip(data: PackingSlipData, options: { dpi?: LabelDpi } = {}): LabelDocument {
  const cursor: SlipCursor = { y: 4, elements: [] };
  heading(cursor, data);
  lineRows(cursor, data);
  totals(cursor, data);
  cursor.elements.push({
    kind: 'text',
    x: margin,
    y: cursor.y + 1,
    text: captions[data.language].thanks,
    size: bodySize,
    maxWidth: contentWidth,
    maxLines: 2,
    align: 'center',
  });
  const heightMm = Math.ceil(cursor.y + 1 + 2 * pitch + 4);
  return {
    widthMm: width,
    heightMm,
    dpi: options.dpi ?? 203,
    media: 'continuous',
    elements: cursor.elements,
  };
}
