import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { gs1CheckDigit, isValidGs1 } from './check-digit';

// Published examples: GS1's own GTIN-13s, a UPC-A, an EAN-8, GS1's SSCC example, and a GTIN-14
// case code; one function must serve every length.
const validKeys = [
  { name: 'GTIN-13', code: '4006381333931' },
  { name: 'GTIN-13 (GS1 example)', code: '9501101530003' },
  { name: 'GTIN-12 / UPC-A', code: '036000291452' },
  { name: 'GTIN-8 / EAN-8', code: '96385074' },
  { name: 'GTIN-14', code: '10614141000415' },
  { name: 'GTIN-13 padded to GTIN-14', code: '04006381333931' },
  { name: 'SSCC-18', code: '106141411234567897' },
];

describe('GS1 check digits', () => {
  it.each(validKeys)('computes the check digit of a $name', ({ code }) => {
    expect(gs1CheckDigit(code.slice(0, -1))).toBe(Number(code.slice(-1)));
  });

  it.each(validKeys)('accepts a $name with its check digit', ({ code }) => {
    expect(isValidGs1(code)).toBe(true);
  });

  it.each(validKeys)('refuses a $name whose check digit is off by one', ({ code }) => {
    const wrong = `${code.slice(0, -1)}${(Number(code.slice(-1)) + 1) % 10}`;
    expect(isValidGs1(wrong)).toBe(false);
  });

  it('refuses swapped neighbouring digits, the classic keying error', () => {
    expect(isValidGs1('4006381333391')).toBe(false);
  });

  it.each([
    { name: 'empty', code: '' },
    { name: 'letters', code: '40063813339A1' },
    { name: 'spaces', code: '4006381 333931' },
    { name: 'eleven digits', code: '03600029145' },
    { name: 'fifteen digits', code: '400638133393100' },
    { name: 'a GS1 element string', code: '0104006381333931' },
  ])('says $name is not a GS1 key, without throwing', ({ code }) => {
    expect(isValidGs1(code)).toBe(false);
  });

  it('refuses to compute a check digit over non-digits: a caller bug, not a scan', () => {
    expect(() => gs1CheckDigit('12a')).toThrow(
      new AppError('validation', 'A GS1 check digit needs digits only, got "12a"'),
    );
    expect(() => gs1CheckDigit('')).toThrow(AppError);
  });
});
