import { describe, expect, it } from 'vitest';
import { type ClassifyOptions, classifyScan, type ScanVerdict } from './index';

const GS = '\u001d';
const now = new Date('2026-05-15T08:00:00Z');
const gtin = '09501101530003';
const sscc = '106141411234567897';

type Vector = { name: string; code: string; options?: ClassifyOptions; expected: ScanVerdict };

function classify({ code, options }: Vector): ScanVerdict {
  return classifyScan({ code }, { now, ...options });
}

describe('classifyScan: GS1 element strings', () => {
  it.each<Vector>([
    {
      name: 'GS1-128, fixed-length elements first, no separator needed',
      code: `]C101${gtin}1726013110ABC123`,
      expected: {
        kind: 'product',
        symbology: ']C1',
        text: `01${gtin}1726013110ABC123`,
        gtin14: gtin,
        digits: gtin,
        gs1: {
          elements: [
            { ai: '01', value: gtin },
            { ai: '17', value: '260131' },
            { ai: '10', value: 'ABC123' },
          ],
          hri: `(01)${gtin}(17)260131(10)ABC123`,
          gtin,
          expiryDate: '2026-01-31',
          lot: 'ABC123',
        },
      },
    },
    {
      name: 'an FNC1 after a variable-length lot, and expiry day 00',
      code: `]C101${gtin}10ABC123${GS}17260200`,
      expected: {
        kind: 'product',
        symbology: ']C1',
        text: `01${gtin}10ABC123${GS}17260200`,
        gtin14: gtin,
        digits: gtin,
        gs1: {
          elements: [
            { ai: '01', value: gtin },
            { ai: '10', value: 'ABC123' },
            { ai: '17', value: '260200' },
          ],
          hri: `(01)${gtin}(10)ABC123(17)260200`,
          gtin,
          lot: 'ABC123',
          expiryDate: '2026-02-28',
        },
      },
    },
    {
      name: 'a leading FNC1 sent as GS, no AIM prefix, lot and serial',
      code: `${GS}01${gtin}10LOT7${GS}21SN-0042`,
      expected: {
        kind: 'product',
        text: `${GS}01${gtin}10LOT7${GS}21SN-0042`,
        gtin14: gtin,
        digits: gtin,
        gs1: {
          elements: [
            { ai: '01', value: gtin },
            { ai: '10', value: 'LOT7' },
            { ai: '21', value: 'SN-0042' },
          ],
          hri: `(01)${gtin}(10)LOT7(21)SN-0042`,
          gtin,
          lot: 'LOT7',
          serial: 'SN-0042',
        },
      },
    },
    {
      name: 'a keyboard-mode scanner sending ~ for FNC1',
      code: `01${gtin}10LOT7~21SN42`,
      options: { gsSubstitute: '~' },
      expected: {
        kind: 'product',
        text: `01${gtin}10LOT7~21SN42`,
        gtin14: gtin,
        digits: gtin,
        gs1: {
          elements: [
            { ai: '01', value: gtin },
            { ai: '10', value: 'LOT7' },
            { ai: '21', value: 'SN42' },
          ],
          hri: `(01)${gtin}(10)LOT7(21)SN42`,
          gtin,
          lot: 'LOT7',
          serial: 'SN42',
        },
      },
    },
    {
      name: 'the bracket form with spaces, day 00 in a leap year',
      code: `(01) ${gtin} (15) 280200 (10) ABC123`,
      expected: {
        kind: 'product',
        text: `(01) ${gtin} (15) 280200 (10) ABC123`,
        gtin14: gtin,
        digits: gtin,
        gs1: {
          elements: [
            { ai: '01', value: gtin },
            { ai: '15', value: '280200' },
            { ai: '10', value: 'ABC123' },
          ],
          hri: `(01)${gtin}(15)280200(10)ABC123`,
          gtin,
          bestBeforeDate: '2028-02-29',
          lot: 'ABC123',
        },
      },
    },
    {
      name: 'every date AI; years by the sliding window (77 → 1977, 76 → 2076)',
      code: `]d201${gtin}11770101122601021326010315260104162601051776010610L1`,
      expected: {
        kind: 'product',
        symbology: ']d2',
        text: `01${gtin}11770101122601021326010315260104162601051776010610L1`,
        gtin14: gtin,
        digits: gtin,
        gs1: {
          elements: [
            { ai: '01', value: gtin },
            { ai: '11', value: '770101' },
            { ai: '12', value: '260102' },
            { ai: '13', value: '260103' },
            { ai: '15', value: '260104' },
            { ai: '16', value: '260105' },
            { ai: '17', value: '760106' },
            { ai: '10', value: 'L1' },
          ],
          hri: `(01)${gtin}(11)770101(12)260102(13)260103(15)260104(16)260105(17)760106(10)L1`,
          gtin,
          productionDate: '1977-01-01',
          packagingDate: '2026-01-03',
          bestBeforeDate: '2026-01-04',
          expiryDate: '2076-01-06',
          lot: 'L1',
        },
      },
    },
    {
      name: 'a pallet label: SSCC, content GTIN and count',
      code: `]C100${sscc}02106141410004153724`,
      expected: {
        kind: 'sscc',
        symbology: ']C1',
        text: `00${sscc}02106141410004153724`,
        sscc,
        gs1: {
          elements: [
            { ai: '00', value: sscc },
            { ai: '02', value: '10614141000415' },
            { ai: '37', value: '24' },
          ],
          hri: `(00)${sscc}(02)10614141000415(37)24`,
          sscc,
          contentGtin: '10614141000415',
          count: 24,
        },
      },
    },
    {
      name: 'a case label without SSCC: the content GTIN is the product',
      code: `]Q302${gtin}3712`,
      expected: {
        kind: 'product',
        symbology: ']Q3',
        text: `02${gtin}3712`,
        gtin14: gtin,
        digits: gtin,
        gs1: {
          elements: [
            { ai: '02', value: gtin },
            { ai: '37', value: '12' },
          ],
          hri: `(02)${gtin}(37)12`,
          contentGtin: gtin,
          count: 12,
        },
      },
    },
    {
      name: 'a lot barcode on its own',
      code: ']C110ABC123',
      expected: {
        kind: 'gs1',
        symbology: ']C1',
        text: '10ABC123',
        gs1: { elements: [{ ai: '10', value: 'ABC123' }], hri: '(10)ABC123', lot: 'ABC123' },
      },
    },
    {
      name: 'logistics AIs: ship-to GLN, postal code, order number, internal',
      code: `]C14106901234567892420200030${GS}400PO-77${GS}91X1`,
      expected: {
        kind: 'gs1',
        symbology: ']C1',
        text: `4106901234567892420200030${GS}400PO-77${GS}91X1`,
        gs1: {
          elements: [
            { ai: '410', value: '6901234567892' },
            { ai: '420', value: '200030' },
            { ai: '400', value: 'PO-77' },
            { ai: '91', value: 'X1' },
          ],
          hri: '(410)6901234567892(420)200030(400)PO-77(91)X1',
        },
      },
    },
    {
      name: 'GS1 DataBar',
      code: ']e00100614141999996',
      expected: {
        kind: 'product',
        symbology: ']e0',
        text: '0100614141999996',
        gtin14: '00614141999996',
        digits: '00614141999996',
        gs1: {
          elements: [{ ai: '01', value: '00614141999996' }],
          hri: '(01)00614141999996',
          gtin: '00614141999996',
        },
      },
    },
    {
      name: 'a wedge without AIM prefix that dropped the FNC1s',
      code: `01${gtin}3012`,
      expected: {
        kind: 'product',
        text: `01${gtin}3012`,
        gtin14: gtin,
        digits: gtin,
        gs1: {
          elements: [
            { ai: '01', value: gtin },
            { ai: '30', value: '12' },
          ],
          hri: `(01)${gtin}(30)12`,
          gtin,
          count: 12,
        },
      },
    },
  ])('reads $name', (vector) => {
    expect(classify(vector)).toEqual(vector.expected);
  });

  it.each([
    { ai: '3100', value: '000012', kg: 12 },
    { ai: '3102', value: '001250', kg: 12.5 },
    { ai: '3103', value: '001250', kg: 1.25 },
    { ai: '3105', value: '123456', kg: 1.23456 },
  ])('reads net weight ($ai)$value as $kg kg', ({ ai, value, kg }) => {
    expect(classifyScan({ code: `]C101${gtin}${ai}${value}` }, { now })).toEqual({
      kind: 'product',
      symbology: ']C1',
      text: `01${gtin}${ai}${value}`,
      gtin14: gtin,
      digits: gtin,
      gs1: {
        elements: [
          { ai: '01', value: gtin },
          { ai, value },
        ],
        hri: `(01)${gtin}(${ai})${value}`,
        gtin,
        netWeightKg: kg,
      },
    });
  });
});
