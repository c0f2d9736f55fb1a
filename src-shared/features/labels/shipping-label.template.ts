import { fitCode128 } from './code128-width';
import { formatAddress, formatLocalTime, type LabelLanguage, maskPhone, platformName } from './label-format';
import type { LabelDocument, LabelDpi, LabelElement, TextElement } from './label.model';
import type { ShippingLabelData } from './shipping-label.schema';
import { wrapText } from './text-layout';

/** A 4×6 inch label is 100×150 mm as Chinese carriers cut it. */
const width = 100;
const height = 150;
const margin = 3;
const contentWidth = width - 2 * margin;
/** Receiver and sender text start right of their "收"/"寄" caption blocks. */
const partyX = 14;
const partyWidth = width - partyX - margin;
/** The order column stops left of the QR code. */
const orderColumnWidth = 68;

const captions: Record<LabelLanguage, Record<'to' | 'from' | 'orderNo' | 'printedAt', string>> = {
  en: { to: 'TO', from: 'FROM', orderNo: 'Order', printedAt: 'Printed' },
  'zh-CN': { to: '收', from: '寄', orderNo: '订单号', printedAt: '打印时间' },
};

/** How the line summary is cut short: "…and 3 more" / "…等3件". */
function moreLines(count: number, language: LabelLanguage): string {
  return language === 'en' ? `…and ${count} more` : `…等${count}件`;
}

/**
 * The line summary (`绿茶 250g×2；陶瓷杯×1`) cut to what fits `maxLines` lines: as many whole lines
 * as fit with the "…and N more" tail that counts the rest.
 */
export function summariseLines(
  lines: readonly { shortName: string; qty: number }[],
  language: LabelLanguage,
  fit: { size: number; maxWidth: number; maxLines: number },
): string {
  const separator = language === 'en' ? '; ' : '；';
  const items = lines.map((line) => `${line.shortName}×${line.qty}`);
  const fits = (text: string): boolean => wrapText(text, fit.size, fit.maxWidth).length <= fit.maxLines;
  let best = moreLines(items.length, language);
  for (let shown = 1; shown <= items.length; shown++) {
    const rest = items.length - shown;
    const head = items.slice(0, shown).join(separator);
    const candidate = rest === 0 ? head : `${head}${separator}${moreLines(rest, language)}`;
    if (!fits(candidate)) break;
    best = candidate;
  }
  return best;
}

/** What the QR code holds: the tracking number and the Packline order code, `/`-separated. */
export function shippingLabelQrPayload(data: Pick<ShippingLabelData, 'trackingNo' | 'order'>): string {
  return `${data.trackingNo}/ORD-${data.order.id}`;
}

function text(fields: Omit<TextElement, 'kind'>): TextElement {
  return { kind: 'text', ...fields };
}

function rule(y: number): LabelElement {
  return { kind: 'line', x: 0, y, length: width, direction: 'horizontal', thickness: 0.5 };
}

/** A white-on-black caption ("收", "FROM") in a square block at the left edge. */
function captionBlock(caption: string, y: number, size: number, blockHeight: number): LabelElement[] {
  return [
    text({
      x: 2,
      y: y + (blockHeight - size) / 2,
      text: caption,
      size,
      isBold: true,
      maxWidth: 9,
      align: 'center',
    }),
    { kind: 'inverse', x: 2, y, width: 9, height: blockHeight },
  ];
}

function header(data: ShippingLabelData): LabelElement[] {
  const routeCode = data.routeCode ?? `${data.receiver.address.city} ${data.receiver.address.district}`;
  return [
    text({ x: margin, y: 4, text: data.carrier.name, size: 8, isBold: true, maxWidth: 60, minSize: 5 }),
    text({
      x: 64,
      y: 5,
      text: platformName(data.order.platform, data.language),
      size: 4,
      maxWidth: 33,
      align: 'right',
    }),
    text({ x: 64, y: 10, text: data.carrier.code, size: 3, maxWidth: 33, align: 'right' }),
    rule(15),
    text({
      x: margin,
      y: 18,
      text: routeCode,
      size: 14,
      minSize: 8,
      isBold: true,
      maxWidth: contentWidth,
      align: 'center',
    }),
    rule(35),
  ];
}

function trackingBarcode(data: ShippingLabelData, dpi: LabelDpi): LabelElement[] {
  const fitted = fitCode128(data.trackingNo, { moduleWidth: 0.5, maxWidth: contentWidth, dpi });
  return [
    {
      kind: 'code128',
      x: (width - fitted.width) / 2,
      y: 39,
      data: data.trackingNo,
      height: 16,
      moduleWidth: fitted.moduleWidth,
      hasHumanReadable: true,
    },
    rule(62),
  ];
}

function parties(data: ShippingLabelData): LabelElement[] {
  const { receiver, sender, language } = data;
  return [
    ...captionBlock(captions[language].to, 65, 6, 10),
    text({
      x: partyX,
      y: 65,
      text: `${receiver.name} ${maskPhone(receiver.phone)}`,
      size: 6,
      minSize: 4,
      isBold: true,
      maxWidth: partyWidth,
    }),
    text({
      x: partyX,
      y: 73,
      text: formatAddress(receiver.address),
      size: 5,
      minSize: 3,
      maxLines: 4,
      isBold: true,
      maxWidth: partyWidth,
    }),
    rule(99),
    ...captionBlock(captions[language].from, 101.5, 3.5, 7),
    text({ x: partyX, y: 101.5, text: `${sender.name} ${sender.phone}`, size: 3.5, maxWidth: partyWidth }),
    text({
      x: partyX,
      y: 106.5,
      text: formatAddress(sender.address),
      size: 3,
      minSize: 2.5,
      maxLines: 2,
      maxWidth: partyWidth,
    }),
    rule(115),
  ];
}

function orderBlock(data: ShippingLabelData): LabelElement[] {
  const { language } = data;
  const summaryFit = { size: 3, maxWidth: orderColumnWidth, maxLines: 4 };
  return [
    text({
      x: margin,
      y: 117.5,
      text: `${platformName(data.order.platform, language)} ${captions[language].orderNo} ${data.order.platformOrderNo}`,
      size: 3,
      maxWidth: orderColumnWidth,
    }),
    text({
      x: margin,
      y: 122,
      text: `ORD-${data.order.id}`,
      size: 3,
      isBold: true,
      maxWidth: orderColumnWidth,
    }),
    text({
      x: margin,
      y: 126.5,
      text: summariseLines(data.lines, language, summaryFit),
      ...summaryFit,
    }),
    text({
      x: margin,
      y: 144,
      text: `${captions[language].printedAt} ${formatLocalTime(data.printedAt, data.timeZone)}`,
      size: 2.5,
      maxWidth: orderColumnWidth,
    }),
    {
      kind: 'qr',
      x: 75,
      y: 119,
      data: shippingLabelQrPayload(data),
      cellSize: 0.625,
      errorCorrection: 'M',
    },
  ];
}

/**
 * A 4×6 inch (100×150 mm) Chinese e-commerce waybill: carrier and sorting code on top, the tracking
 * number as Code 128, receiver in large type (phone masked), sender, then platform and order numbers,
 * the line summary, the print time and a QR code (tracking number + order code).
 */
export function shippingLabel(data: ShippingLabelData, options: { dpi?: LabelDpi } = {}): LabelDocument {
  const dpi = options.dpi ?? 203;
  return {
    widthMm: width,
    heightMm: height,
    dpi,
    media: 'gap',
    elements: [...header(data), ...trackingBarcode(data, dpi), ...parties(data), ...orderBlock(data)],
  };
}
