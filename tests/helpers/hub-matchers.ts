import { expect } from 'vitest';

// Vitest types its asymmetric matchers as `any`; these say what they stand for, so a whole-result
// `toEqual` can contain them without unsafe-any lint errors.

/** Any string matching `pattern`, inside `toEqual`. */
export function aStringMatching(pattern: RegExp): string {
  return expect.stringMatching(pattern) as string;
}

/** Any string, inside `toEqual`. */
export function aString(): string {
  return expect.any(String) as string;
}
