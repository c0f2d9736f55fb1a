import { describe, expect, it } from 'vitest';
import { packingSlip } from '../packing-slip.template';
import { shippingLabel } from '../shipping-label.template';
import { buildPackingSlipData, buildSampleDocument, buildShippingLabelData } from '../testing';
import { renderZpl } from './zpl.renderer';

describe('renderZpl', () => {
  it('draws one of every element as a person would write the ZPL by hand', () => {
    // 8 dots per mm: the bold text is struck twice a dot apart, the inverse block is a filled box
    // with ^FR, the right-aligned line ends at 32 mm (256 dots), and ^ ~ _ travel hex-escaped.
    expect(renderZpl(buildSampleDocument())).toBe(
      [
        '^XA^CI28',
        '^PW400^LL240^LH0,0',
        '^FO16,16^A@N,32,32,E:SIMSUN.FNT^FD收件人 Li^FS',
        '^FO17,16^A@N,32,32,E:SIMSUN.FNT^FD收件人 Li^FS',
        '^FO8,8^GB48,48,48^FR^FS',
        '^FO16,64^BY2^BCN,64,Y,N,N,A^FDSF1234567890123^FS',
        '^FO288,112^BQN,2,4,M^FDMA,ORD-TEST^FS',
        '^FO0,160^GB240,2,2^FS',
        '^FO8,168^GB160,64,2^FS',
        '^FO64,184^A@N,24,24,E:SIMSUN.FNT^FH^FDA "quoted" _5E _7E _5F^FS',
        '^XZ',
        '',
      ].join('\n'),
    );
  });

  it('prints the shipping label as in its reviewed fixture', async () => {
    await expect(renderZpl(shippingLabel(buildShippingLabelData()))).toMatchFileSnapshot(
      './__fixtures__/shipping-label.zpl',
    );
  });

  it('prints the packing slip as in its reviewed fixture', async () => {
    await expect(renderZpl(packingSlip(buildPackingSlipData()))).toMatchFileSnapshot(
      './__fixtures__/packing-slip.zpl',
    );
  });

  it('keeps control characters out of field data, where they would break the command', () => {
    const zpl = renderZpl({
      widthMm: 50,
      heightMm: 10,
      dpi: 203,
      media: 'gap',
      elements: [{ kind: 'text', x: 0, y: 0, text: '张江路\t100 号\u0007\r\n3 楼', size: 3, maxLines: 2 }],
    });
    expect(zpl.split('\n').slice(2, 4)).toEqual([
      '^FO0,0^A@N,24,24,E:SIMSUN.FNT^FD张江路 100 号^FS',
      '^FO0,30^A@N,24,24,E:SIMSUN.FNT^FD3 楼^FS',
    ]);
  });

  it('uses the CJK font the printer is set up with', () => {
    const zpl = renderZpl(buildSampleDocument(), { cjkFont: 'E:ANMDS.TTF' });
    expect(zpl).toContain('^FO16,16^A@N,32,32,E:ANMDS.TTF^FD收件人 Li^FS');
    expect(zpl).not.toContain('SIMSUN');
  });

  it('counts 12 dots per mm on a 300 dpi head', () => {
    const zpl = renderZpl({ ...buildSampleDocument(), dpi: 300 });
    expect(zpl.split('\n').slice(0, 4)).toEqual([
      '^XA^CI28',
      '^PW600^LL360^LH0,0',
      '^FO24,24^A@N,48,48,E:SIMSUN.FNT^FD收件人 Li^FS',
      '^FO25,24^A@N,48,48,E:SIMSUN.FNT^FD收件人 Li^FS',
    ]);
  });
});
