import { formatLocalTime, type LabelLanguage } from './label-format';
import type { LabelDocument, LabelDpi, LabelElement } from './label.model';
import type { TestLabelData } from './test-label.schema';

/** What the test label's barcode holds: a scan of it checks the scanner too. */
export const testLabelBarcode = 'PACKLINE-TEST';

const captions: Record<LabelLanguage, Record<'title' | 'station' | 'printedAt' | 'edges', string>> = {
  en: {
    title: 'Packline test label',
    station: 'Station',
    printedAt: 'Printed',
    edges: 'The frame should sit evenly inside the label.',
  },
  'zh-CN': {
    title: 'Packline 测试标签',
    station: '工作站',
    printedAt: '打印时间',
    edges: '边框应完整、均匀地位于标签内。',
  },
};

/** 100×150 mm label stock, or the 72 mm printed width of an 80 mm receipt roll. */
const formats = {
  label: { widthMm: 100, heightMm: 150, margin: 3 },
  receipt: { widthMm: 80, heightMm: 64, margin: 4 },
} as const;

/**
 * A printer's test label: its name and address, the station and the time, in Chinese and Latin
 * text (both fonts must print), a Code 128 barcode of {@link testLabelBarcode} and, on label
 * stock, a frame 2 mm inside the edges to check the label size and position.
 */
export function testLabel(data: TestLabelData, options: { dpi?: LabelDpi } = {}): LabelDocument {
  const format = formats[data.media];
  const caption = captions[data.language];
  const x = format.margin + (data.media === 'label' ? 2 : 0);
  const maxWidth = format.widthMm - 2 * x;
  let y = format.margin + (data.media === 'label' ? 3 : 0);
  const elements: LabelElement[] = [];
  const line = (text: string, size: number, isBold = false) => {
    elements.push({ kind: 'text', x, y, text, size, isBold, maxWidth, maxLines: 2, minSize: 2.5 });
    y += size * 1.6;
  };
  line(caption.title, data.media === 'label' ? 6 : 5, true);
  line(data.printerName, 4, true);
  line(data.printerAddress, 3);
  line(`${caption.station} ${data.stationName}`, 3);
  line(`${caption.printedAt} ${formatLocalTime(data.printedAt, data.timeZone)}`, 3);
  line('中文 ABC 0123456789', 4);
  elements.push({
    kind: 'code128',
    x,
    y: y + 1,
    data: testLabelBarcode,
    height: 12,
    moduleWidth: 0.25,
    hasHumanReadable: true,
  });
  y += 20;
  if (data.media === 'label') {
    line(caption.edges, 3);
    elements.push({
      kind: 'box',
      x: 2,
      y: 2,
      width: format.widthMm - 4,
      height: format.heightMm - 4,
      thickness: 0.5,
    });
  }
  return {
    widthMm: format.widthMm,
    heightMm: format.heightMm,
    dpi: options.dpi ?? 203,
    media: data.media === 'label' ? 'gap' : 'continuous',
    elements,
  };
}
