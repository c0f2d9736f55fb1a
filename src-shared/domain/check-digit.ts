import { AppError } from '../errors';

/** Lengths of the GS1 keys Packline checks: GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN), GTIN-14, SSCC-18. */
const gs1KeyLengths: readonly number[] = [8, 12, 13, 14, 18];

/**
 * The GS1 mod-10 check digit for the digits of a key without its check digit. Weights run 3, 1,
 * 3, 1… from the rightmost digit leftwards, which is why one function serves every key length (a
 * GTIN-13 padded with a leading zero to GTIN-14 keeps its check digit).
 * Throws a `validation` {@link AppError} when the input is empty or not all digits: that is a
 * caller's bug, not a scan to classify (use {@link isValidGs1} for scans).
 */
export function gs1CheckDigit(digitsWithoutCheck: string): number {
  if (!/^\d+$/.test(digitsWithoutCheck)) {
    throw new AppError('validation', `A GS1 check digit needs digits only, got "${digitsWithoutCheck}"`);
  }
  let sum = 0;
  for (let fromRight = 0; fromRight < digitsWithoutCheck.length; fromRight++) {
    const digit = Number(digitsWithoutCheck[digitsWithoutCheck.length - 1 - fromRight]);
    sum += fromRight % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * True when `code` is a GTIN-8/12/13/14 or SSCC-18 whose last digit is its GS1 check digit.
 * Anything else (letters, spaces, other lengths) is false, never an error: scanners send noise.
 */
export function isValidGs1(code: string): boolean {
  if (!/^\d+$/.test(code) || !gs1KeyLengths.includes(code.length)) return false;
  return gs1CheckDigit(code.slice(0, -1)) === Number(code.slice(-1));
}
