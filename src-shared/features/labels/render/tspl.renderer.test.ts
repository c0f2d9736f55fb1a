import { describe, expect, it } from 'vitest';
import { packingSlip } from '../packing-slip.template';
import { shippingLabel } from '../shipping-label.template';
import { buildPackingSlipData, buildSampleDocument, buildShippingLabelData } from '../testing';
import { renderTspl } from './tspl.renderer';

describe('renderTspl', () => {
  it('draws one of every element as a person would write the TSPL by hand', () => {
    // The 32-dot text gets the 24-dot font at 1× (never larger than laid out), quotes are \["].
    expect(renderTspl(buildSampleDocument()).split('\r\n')).toEqual([
      'SIZE 50 mm,30 mm',
      'GAP 2 mm,0 mm',
      'CLS',
      'TEXT 16,16,"TSS24.BF2",0,1,1,"收件人 Li"',
      'TEXT 17,16,"TSS24.BF2",0,1,1,"收件人 Li"',
      'REVERSE 8,8,48,48',
      'BARCODE 16,64,"128",64,1,0,2,2,"SF1234567890123"',
      'QRCODE 288,112,M,4,A,0,"ORD-TEST"',
      'BAR 0,160,240,2',
      'BOX 8,168,168,232,2',
      'TEXT 64,184,"TSS24.BF2",0,1,1,"A \\["]quoted\\["] ^ ~ _"',
      'PRINT 1,1',
      '',
    ]);
  });

  it('prints the shipping label as in its reviewed fixture', async () => {
    await expect(renderTspl(shippingLabel(buildShippingLabelData()))).toMatchFileSnapshot(
      './__fixtures__/shipping-label.tspl',
    );
  });

  it('feeds a continuous slip without a gap', () => {
    expect(renderTspl(packingSlip(buildPackingSlipData())).split('\r\n').slice(0, 3)).toEqual([
      'SIZE 80 mm,82 mm',
      'GAP 0 mm,0 mm',
      'CLS',
    ]);
  });

  it('picks the font and magnification that come closest without growing past the layout', () => {
    const fonts = [
      { name: 'TSS16.BF2', heightDots: 16 },
      { name: 'TSS24.BF2', heightDots: 24 },
    ];
    const commands = renderTspl(shippingLabel(buildShippingLabelData()), { fonts })
      .split('\r\n')
      .filter((line) => line.startsWith('TEXT'))
      .map((line) => line.split(',').slice(2, 6).join(','));
    // 64-dot carrier name → 16×4, 112-dot sorting code → 16×7 (= 112), 20-dot print time → 16×1.
    expect(commands[0]).toBe('"TSS16.BF2",0,4,4');
    expect(commands).toContain('"TSS16.BF2",0,7,7');
    expect(commands.at(-1)).toBe('"TSS16.BF2",0,1,1');
  });
});
