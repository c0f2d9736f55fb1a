import { describe, expect, it } from 'vitest';
import { classifyScan, type ScanVerdict, type UnreadableReason } from './index';

const now = new Date('2026-05-15T08:00:00Z');

function unreadable(reason: UnreadableReason, text: string, symbology?: string): ScanVerdict {
  const verdict = { kind: 'unreadable', text, reason, messageKey: `scan.unreadable.${reason}` } as const;
  return symbology === undefined ? verdict : { ...verdict, symbology };
}

function product(digits: string, gtin14: string, symbology?: string, text = digits): ScanVerdict {
  const verdict = { kind: 'product', text, gtin14, digits } as const;
  return symbology === undefined ? verdict : { ...verdict, symbology };
}

type Vector = { name: string; code: string; symbology?: string; expected: ScanVerdict };

function classify({ code, symbology }: Vector): ScanVerdict {
  return classifyScan(symbology === undefined ? { code } : { code, symbology }, { now });
}

describe('classifyScan: bare digits', () => {
  it.each<Vector>([
    { name: 'a GTIN-13', code: '6901234567892', expected: product('6901234567892', '06901234567892') },
    { name: 'a GTIN-8', code: '96385074', expected: product('96385074', '00000096385074') },
    { name: 'a GTIN-12 (UPC-A)', code: '036000291452', expected: product('036000291452', '00036000291452') },
    { name: 'a GTIN-14', code: '10614141000415', expected: product('10614141000415', '10614141000415') },
    {
      name: 'a GTIN-13 with a wrong check digit',
      code: '6901234567893',
      expected: unreadable('bad_check_digit', '6901234567893'),
    },
    {
      name: 'a GTIN-8 with a wrong check digit',
      code: '96385075',
      expected: unreadable('bad_check_digit', '96385075'),
    },
    // 12 and 14 digits collide with JD order and ZTO tracking numbers: unknown, not unreadable.
    {
      name: 'a 12-digit JD order number',
      code: '312345678900',
      expected: { kind: 'unknown', text: '312345678900' },
    },
    {
      name: 'a ZTO tracking number',
      code: '73123456789010',
      expected: { kind: 'unknown', text: '73123456789010' },
    },
    {
      name: 'a ZTO number whose last digit fits the GTIN rule (text still carries it)',
      code: '73123456789018',
      expected: product('73123456789018', '73123456789018'),
    },
    {
      name: 'an SSCC without its AI',
      code: '106141411234567897',
      expected: { kind: 'unknown', text: '106141411234567897' },
    },
    {
      name: 'a 19-digit Taobao order',
      code: '2345678901234567890',
      expected: { kind: 'unknown', text: '2345678901234567890' },
    },
    {
      name: 'an SF tracking number',
      code: 'SF1234567890123',
      expected: { kind: 'unknown', text: 'SF1234567890123' },
    },
    {
      name: 'a YTO tracking number',
      code: 'YT1234567890123',
      expected: { kind: 'unknown', text: 'YT1234567890123' },
    },
    {
      name: 'a JD Logistics tracking number',
      code: 'JDV123456789012',
      expected: { kind: 'unknown', text: 'JDV123456789012' },
    },
    {
      name: 'a Pinduoduo order number',
      code: '261202-123456789012345',
      expected: { kind: 'unknown', text: '261202-123456789012345' },
    },
    { name: 'a SKU internal code', code: 'SKU-000123', expected: { kind: 'unknown', text: 'SKU-000123' } },
    {
      name: 'a GTIN with a space inside',
      code: '6901 234567892',
      expected: { kind: 'unknown', text: '6901 234567892' },
    },
  ])('reads $name', (vector) => {
    expect(classify(vector)).toEqual(vector.expected);
  });
});

describe('classifyScan: AIM symbology identifiers', () => {
  it.each<Vector>([
    { name: 'EAN-13', code: ']E06901234567892', expected: product('6901234567892', '06901234567892', ']E0') },
    {
      name: 'UPC-A as 13 digits',
      code: ']E00036000291452',
      expected: product('0036000291452', '00036000291452', ']E0'),
    },
    { name: 'EAN-8', code: ']E496385074', expected: product('96385074', '00000096385074', ']E4') },
    {
      name: 'EAN-13 with a 2-digit add-on, which is dropped',
      code: ']E3690123456789212',
      expected: product('6901234567892', '06901234567892', ']E3', '690123456789212'),
    },
    {
      name: 'ITF-14',
      code: ']I110614141000415',
      expected: product('10614141000415', '10614141000415', ']I1'),
    },
    {
      name: 'EAN-13, wrong check digit',
      code: ']E06901234567893',
      expected: unreadable('bad_check_digit', '6901234567893', ']E0'),
    },
    {
      name: 'ITF-14, wrong check digit',
      code: ']I173123456789010',
      expected: unreadable('bad_check_digit', '73123456789010', ']I1'),
    },
    { name: 'EAN with letters', code: ']E0ABC', expected: unreadable('not_a_gtin', 'ABC', ']E0') },
    { name: 'EAN with 5 digits', code: ']E012345', expected: unreadable('not_a_gtin', '12345', ']E0') },
    {
      name: 'a ZTO number in Code 128, even with a fitting check digit',
      code: ']C073123456789018',
      expected: { kind: 'unknown', text: '73123456789018', symbology: ']C0' },
    },
    {
      name: '12 digits in Code 128',
      code: ']C0312345678906',
      expected: { kind: 'unknown', text: '312345678906', symbology: ']C0' },
    },
    {
      name: 'a GTIN-13 in Code 128',
      code: ']C06901234567892',
      expected: product('6901234567892', '06901234567892', ']C0'),
    },
    {
      name: 'ITF of 6 digits',
      code: ']I1123457',
      expected: { kind: 'unknown', text: '123457', symbology: ']I1' },
    },
    {
      name: 'a GS inside plain Code 128, which is no GS1 string',
      code: ']C0AB\u001dCD',
      expected: { kind: 'unknown', text: 'AB\u001dCD', symbology: ']C0' },
    },
    {
      name: 'a plain QR code',
      code: ']Q1https://example.com/a',
      expected: { kind: 'unknown', text: 'https://example.com/a', symbology: ']Q1' },
    },
    {
      name: 'EAN-13 with the symbology given beside the data',
      code: '6901234567893',
      symbology: ']E0',
      expected: unreadable('bad_check_digit', '6901234567893', ']E0'),
    },
    {
      name: 'a symbology given without its bracket',
      code: '6901234567892',
      symbology: 'E0',
      expected: product('6901234567892', '06901234567892', ']E0'),
    },
    {
      name: 'a driver symbology name, reported but not interpreted',
      code: '312345678906',
      symbology: 'EAN-13',
      expected: product('312345678906', '00312345678906', 'EAN-13'),
    },
  ])('reads $name', (vector) => {
    expect(classify(vector)).toEqual(vector.expected);
  });
});

describe('classifyScan: noise, empty and over-long scans', () => {
  it.each<Vector>([
    {
      name: 'a trailing CR LF',
      code: '6901234567892\r\n',
      expected: product('6901234567892', '06901234567892'),
    },
    { name: 'a trailing Tab', code: '6901234567892\t', expected: product('6901234567892', '06901234567892') },
    {
      name: 'spaces around',
      code: '  TOTE-0042 ',
      expected: { kind: 'tote', text: 'TOTE-0042', toteNumber: '0042' },
    },
    {
      name: 'an AIM prefix and a CR',
      code: ']E06901234567892\r',
      expected: product('6901234567892', '06901234567892', ']E0'),
    },
    { name: 'nothing', code: '', expected: unreadable('empty', '') },
    { name: 'only an Enter', code: '\r\n', expected: unreadable('empty', '') },
    { name: 'only an AIM prefix', code: ']E0', expected: unreadable('empty', '', ']E0') },
    { name: '513 characters', code: 'A'.repeat(513), expected: unreadable('too_long', 'A'.repeat(512)) },
    {
      name: 'exactly 512 characters',
      code: 'A'.repeat(512),
      expected: { kind: 'unknown', text: 'A'.repeat(512) },
    },
  ])('handles $name', (vector) => {
    expect(classify(vector)).toEqual(vector.expected);
  });
});
