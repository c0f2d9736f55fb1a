import bwipjs from 'bwip-js/generic';
import { describe, expect, it } from 'vitest';
import { code128Modules, fitCode128 } from './code128-width';

/** Modules of the symbol bwip-js encodes (its automatic subset choice, as printers make it). */
function encodedModules(data: string): number {
  const encoded = bwipjs.raw('code128', data, {})[0];
  if (encoded === undefined || !('sbs' in encoded)) throw new Error('no Code 128 encoding');
  return encoded.sbs.reduce((sum, width) => sum + width, 0);
}

describe('code128Modules', () => {
  it.each([
    'SF1234567890123',
    '71234567890123',
    'YT1234567890123',
    'JDV123456789012',
    'ORD-01JDXK3M8Q9V2B7N4T6W5Y0ZRS',
    'PL-20261202-0001',
    'TOTE-12345',
    'BIN-A-01-02-03',
    'BADGE-0042',
    '12345',
  ])('matches the width of the symbol an automatic encoder makes for %s', (data) => {
    expect(code128Modules(data)).toBe(encodedModules(data));
  });
});

describe('fitCode128', () => {
  it('keeps the wanted bar width when the tracking number fits', () => {
    // 145 modules of 4 dots (0.5 mm) = 72.5 mm, plus quiet zones, inside 94 mm.
    expect(fitCode128('SF1234567890123', { moduleWidth: 0.5, maxWidth: 94, dpi: 203 })).toEqual({
      moduleWidth: 0.5,
      width: 72.5,
    });
  });

  it('narrows the bars to whole dots so a long code still fits with its quiet zones', () => {
    // 365 + 20 quiet modules at 2 dots is 770 dots, over the 752 of 94 mm: one dot it is.
    const fitted = fitCode128('ORD-01JDXK3M8Q9V2B7N4T6W5Y0ZRS', { moduleWidth: 0.5, maxWidth: 94, dpi: 203 });
    expect(fitted).toEqual({ moduleWidth: 0.125, width: 45.625 });
  });

  it('counts in the dots of a 300 dpi head (12 per mm)', () => {
    expect(fitCode128('SF1234567890123', { moduleWidth: 0.5, maxWidth: 94, dpi: 300 })).toEqual({
      moduleWidth: 0.5,
      width: 72.5,
    });
  });
});
