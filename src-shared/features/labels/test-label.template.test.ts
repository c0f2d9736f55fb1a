import { describe, expect, it } from 'vitest';
import { buildLabelDocument } from './label-templates';
import { layoutText } from './label-layout';
import type { LabelDocument } from './label.model';
import { renderZpl } from './render/zpl.renderer';
import type { TestLabelData } from './test-label.schema';

const data: TestLabelData = {
  language: 'zh-CN',
  media: 'label',
  printerName: 'Zebra 打包台 1',
  printerAddress: 'tcp://10.0.0.5:9100',
  stationName: 'PACK-01',
  printedAt: '2026-12-02T08:30:00.000Z',
  timeZone: 'Asia/Shanghai',
};

function textsOf(doc: LabelDocument): string[] {
  return doc.elements.flatMap((element) =>
    element.kind === 'text' ? layoutText(element, doc.widthMm).lines.map((line) => line.text) : [],
  );
}

describe('the test label', () => {
  it('names the printer, the station and the local time, with a barcode a scanner can check', () => {
    const doc = buildLabelDocument('test-label', data);
    expect(textsOf(doc)).toEqual([
      'Packline 测试标签',
      'Zebra 打包台 1',
      'tcp://10.0.0.5:9100',
      '工作站 PACK-01',
      '打印时间 2026-12-02 16:30',
      '中文 ABC 0123456789',
      '边框应完整、均匀地位于标签内。',
    ]);
    expect(doc).toMatchObject({ widthMm: 100, heightMm: 150, media: 'gap' });
    expect(doc.elements.filter((element) => element.kind === 'code128')).toMatchObject([
      { data: 'PACKLINE-TEST' },
    ]);
  });

  it('frames 4×6 label stock 2 mm inside its edges, and fits an 80 mm receipt roll without a frame', () => {
    const label = buildLabelDocument('test-label', data);
    const receipt = buildLabelDocument('test-label', { ...data, media: 'receipt', language: 'en' });
    expect(label.elements.filter((element) => element.kind === 'box')).toEqual([
      { kind: 'box', x: 2, y: 2, width: 96, height: 146, thickness: 0.5 },
    ]);
    expect(receipt).toMatchObject({ widthMm: 80, media: 'continuous' });
    expect(receipt.elements.some((element) => element.kind === 'box')).toBe(false);
    expect(textsOf(receipt)[0]).toBe('Packline test label');
  });

  it('renders to UTF-8 ZPL with the barcode, and refuses data that is not a test label', () => {
    const zpl = renderZpl(buildLabelDocument('test-label', data));
    expect(zpl).toContain('^CI28');
    expect(zpl).toContain('Zebra 打包台 1');
    expect(zpl).toMatch(/\^BC[^]*\^FDPACKLINE-TEST\^FS/);
    expect(() => buildLabelDocument('test-label', { ...data, printerName: '' })).toThrow(
      /test-label data is incomplete/,
    );
  });
});
