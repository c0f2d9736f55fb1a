import { describe, expect, it } from 'vitest';
import { fitText, textWidthMm, wrapText } from './text-layout';

describe('wrapText', () => {
  it('breaks Chinese between any two characters at the width', () => {
    // 4 mm characters in 20 mm: five per line.
    expect(wrapText('广东省深圳市南山区粤海街道', 4, 20)).toEqual(['广东省深圳', '市南山区粤', '海街道']);
  });

  it('keeps Latin words and numbers whole and drops the space at the break', () => {
    // 10 em: "Deliver to" is exactly 10 half-width characters.
    expect(wrapText('Deliver to 10000 Shennan Avenue', 2, 10)).toEqual([
      'Deliver to',
      '10000',
      'Shennan',
      'Avenue',
    ]);
  });

  it('never starts a line with closing punctuation: it takes the character before it along', () => {
    expect(wrapText('请放快递柜，谢谢', 4, 20)).toEqual(['请放快递', '柜，谢谢']);
  });

  it('never ends a line with an opening bracket', () => {
    expect(wrapText('科技园大厦（南门）', 4, 24)).toEqual(['科技园大厦', '（南门）']);
  });

  it('cuts a word longer than the line into line-wide pieces', () => {
    expect(wrapText('ORD-01JDXK3M8Q9V2B7N4T', 2, 10)).toEqual(['ORD-01JDXK', '3M8Q9V2B7N', '4T']);
  });

  it('starts a new line at every newline', () => {
    expect(wrapText('第一行\n第二行', 4, 40)).toEqual(['第一行', '第二行']);
  });
});

describe('fitText', () => {
  const address = '广东省深圳市南山区粤海街道科技园南区深南大道10000号腾讯大厦25楼前台（请放快递柜）';

  it('keeps the nominal size when the text fits its lines', () => {
    expect(fitText('王小明', { size: 6, maxWidth: 80, maxLines: 1 })).toEqual({
      size: 6,
      lines: ['王小明'],
      isTruncated: false,
    });
  });

  it('shrinks a long address in half-millimetre steps until it fits the same block height', () => {
    const fitted = fitText(address, { size: 5, minSize: 3, maxWidth: 60, maxLines: 3 });
    expect(fitted.isTruncated).toBe(false);
    expect(fitted.size).toBe(4);
    expect(fitted.lines.join('')).toBe(address.replace(/ /g, ''));
    expect(fitted.lines.length * fitted.size).toBeLessThanOrEqual(3 * 5);
  });

  it('cuts the last line short with an ellipsis when even the smallest size is too big', () => {
    const fitted = fitText(address.repeat(4), { size: 5, minSize: 4, maxWidth: 60, maxLines: 2 });
    expect(fitted).toMatchObject({ size: 4, isTruncated: true });
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[1]?.endsWith('…')).toBe(true);
  });

  it('never returns a line wider than the block, whatever the mix of scripts', () => {
    const samples = [
      address,
      'Room 2501, Tencent Building, 10000 Shennan Avenue, Nanshan District（南门）',
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      '，，，，，，，，，，，，，，，，，，，，',
    ];
    for (const text of samples) {
      for (const maxWidth of [12, 30, 61]) {
        const fitted = fitText(text, { size: 4, minSize: 2.5, maxWidth, maxLines: 3 });
        for (const line of fitted.lines) expect(textWidthMm(line, fitted.size)).toBeLessThanOrEqual(maxWidth);
      }
    }
  });
});
