import { describe, expect, it } from 'vitest';
import { gs1AiTable, gs1PredefinedLengthPrefixes } from './gs1-ai-table';

describe('the GS1 AI table', () => {
  it('gives every AI of the predefined-length table a fixed length, so no FNC1 is needed after it', () => {
    const variableButPredefined = gs1AiTable
      .filter((definition) => gs1PredefinedLengthPrefixes.includes(definition.prefix.slice(0, 2)))
      .filter((definition) => definition.minLength !== definition.maxLength)
      .map((definition) => definition.prefix);
    expect(variableButPredefined).toEqual([]);
  });

  it('has no AI that starts another, so reading AIs left to right is never ambiguous', () => {
    const prefixes = gs1AiTable.map((definition) => definition.prefix);
    const clashes = prefixes.filter((prefix) =>
      prefixes.some((other) => other !== prefix && other.startsWith(prefix)),
    );
    expect(clashes).toEqual([]);
  });
});
