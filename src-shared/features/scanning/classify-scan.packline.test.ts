import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import {
  classifyScan,
  isUsableGsSubstitute,
  type ScanVerdict,
  toGtin14,
  type UnreadableReason,
  unreadableMessageKey,
  unreadableReasons,
} from './index';

const now = new Date('2026-05-15T08:00:00Z');
const orderUlid = '01JDZ8Q7X4M3N2P5R6S7T8V9W0';

function unreadable(reason: UnreadableReason, text: string): ScanVerdict {
  return { kind: 'unreadable', text, reason, messageKey: `scan.unreadable.${reason}` };
}

type Vector = { name: string; code: string; expected: ScanVerdict };

describe('classifyScan: Packline codes', () => {
  it.each<Vector>([
    {
      name: 'an order',
      code: `ORD-${orderUlid}`,
      expected: { kind: 'order', text: `ORD-${orderUlid}`, orderId: orderUlid },
    },
    {
      name: 'an order typed with Caps Lock on, with its Enter',
      code: `ord-${orderUlid.toLowerCase()}\r\n`,
      expected: { kind: 'order', text: `ORD-${orderUlid}`, orderId: orderUlid },
    },
    {
      name: 'a pick list',
      code: 'PL-20261202-0042',
      expected: { kind: 'pickList', text: 'PL-20261202-0042', pickListCode: 'PL-20261202-0042' },
    },
    {
      name: 'a 4-digit tote',
      code: 'TOTE-0042',
      expected: { kind: 'tote', text: 'TOTE-0042', toteNumber: '0042' },
    },
    {
      name: 'a 6-digit tote',
      code: 'TOTE-123456',
      expected: { kind: 'tote', text: 'TOTE-123456', toteNumber: '123456' },
    },
    {
      name: 'a bin',
      code: 'BIN-A-01-2-03',
      expected: { kind: 'bin', text: 'BIN-A-01-2-03', bin: 'A-01-2-03' },
    },
    {
      name: 'a bin, two-digit parts',
      code: 'BIN-A-01-02-03',
      expected: { kind: 'bin', text: 'BIN-A-01-02-03', bin: 'A-01-02-03' },
    },
    {
      name: 'a badge',
      code: 'BADGE-100234',
      expected: { kind: 'badge', text: 'BADGE-100234', badgeNumber: '100234' },
    },
    {
      name: 'damaged',
      code: 'CMD-DAMAGED',
      expected: { kind: 'command', text: 'CMD-DAMAGED', command: 'damaged' },
    },
    {
      name: 'short pick',
      code: 'CMD-SHORT',
      expected: { kind: 'command', text: 'CMD-SHORT', command: 'short' },
    },
    {
      name: 'no such order',
      code: 'CMD-NO-SUCH-ORDER',
      expected: { kind: 'command', text: 'CMD-NO-SUCH-ORDER', command: 'no_such_order' },
    },
    {
      name: 'leave the order',
      code: 'cmd-cancel',
      expected: { kind: 'command', text: 'CMD-CANCEL', command: 'cancel' },
    },
    {
      name: 'reprint',
      code: 'CMD-REPRINT\t',
      expected: { kind: 'command', text: 'CMD-REPRINT', command: 'reprint' },
    },
    {
      name: 'an order in Code 39 with its AIM prefix',
      code: `]A0ORD-${orderUlid}`,
      expected: { kind: 'order', text: `ORD-${orderUlid}`, orderId: orderUlid, symbology: ']A0' },
    },
  ])('reads $name', (vector) => {
    expect(classifyScan({ code: vector.code }, { now })).toEqual(vector.expected);
  });

  it.each([
    { name: 'an order id too short', code: 'ORD-123' },
    { name: 'an order id with I, not Crockford base 32', code: `ORD-${orderUlid.slice(0, -1)}I` },
    { name: 'a pick list without its number', code: 'PL-20261202' },
    { name: 'a tote of 3 digits', code: 'TOTE-123' },
    { name: 'a tote of 7 digits', code: 'TOTE-1234567' },
    { name: 'an empty bin', code: 'BIN-' },
    { name: 'a bin longer than 32 characters', code: `BIN-${'A-'.repeat(16)}1` },
    { name: 'a badge of 3 digits', code: 'BADGE-123' },
    { name: 'a command we do not have', code: 'CMD-LUNCH' },
  ])('refuses $name as a malformed Packline code', ({ code }) => {
    expect(classifyScan({ code }, { now })).toEqual(unreadable('invalid_packline_code', code));
  });
});

describe('GS substitutes and message keys', () => {
  it.each([
    { character: '~', isUsable: true },
    { character: '^', isUsable: true },
    { character: '|', isUsable: true },
    { character: '-', isUsable: false },
    { character: 'A', isUsable: false },
    { character: '(', isUsable: false },
    { character: ' ', isUsable: false },
    { character: '~~', isUsable: false },
    { character: '', isUsable: false },
  ])('says "$character" usable as FNC1 stand-in: $isUsable', ({ character, isUsable }) => {
    expect(isUsableGsSubstitute(character)).toBe(isUsable);
  });

  it('refuses a substitute that GS1 data may contain, a settings mistake that would corrupt lots', () => {
    expect(() => classifyScan({ code: '6901234567892' }, { gsSubstitute: '-' })).toThrow(
      new AppError('validation', '"-" cannot stand for FNC1: GS1 data may contain it'),
    );
  });

  it('gives every unreadable reason a stable translation key', () => {
    expect(unreadableReasons.map(unreadableMessageKey)).toEqual([
      'scan.unreadable.empty',
      'scan.unreadable.too_long',
      'scan.unreadable.bad_check_digit',
      'scan.unreadable.not_a_gtin',
      'scan.unreadable.unknown_ai',
      'scan.unreadable.element_too_short',
      'scan.unreadable.element_too_long',
      'scan.unreadable.invalid_characters',
      'scan.unreadable.invalid_date',
      'scan.unreadable.duplicate_ai',
      'scan.unreadable.invalid_packline_code',
    ]);
  });

  it('pads a SKU GTIN as printed to the GTIN-14 of product verdicts', () => {
    expect(['96385074', '036000291452', '6901234567892', '10614141000415'].map(toGtin14)).toEqual([
      '00000096385074',
      '00036000291452',
      '06901234567892',
      '10614141000415',
    ]);
  });
});
