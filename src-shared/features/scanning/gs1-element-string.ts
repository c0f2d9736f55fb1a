import { gs1CheckDigit } from '../../domain';
import { findGs1Ai, type Gs1AiDefinition } from './gs1-ai-table';
import { parseGs1Date } from './gs1-date';
import type { Gs1Data, Gs1Element, UnreadableReason } from './scan-verdict';

/** ASCII GS (0x1D): how scanners transmit FNC1 between the elements of a GS1 string. */
export const groupSeparator = '\u001d';

/** Why an element string could not be read, and the AI at fault when one is known. */
export type Gs1Failure = { reason: UnreadableReason; ai?: string };

/** A parsed element string or why it is unreadable. */
export type Gs1ParseResult = { isOk: true; data: Gs1Data } | ({ isOk: false } & Gs1Failure);

type FoundElement = { ai: string; definition: Gs1AiDefinition; value: string };
type Gs1Fields = Omit<Gs1Data, 'elements' | 'hri'>;

// GS1 AI encodable character set 82: what alphanumeric AIs (lot, serial…) may hold.
const gs1Characters = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;
const keyFields = new Map<string, 'sscc' | 'gtin' | 'contentGtin' | 'lot' | 'serial'>([
  ['00', 'sscc'],
  ['01', 'gtin'],
  ['02', 'contentGtin'],
  ['10', 'lot'],
  ['21', 'serial'],
]);
const dateFields = new Map<string, 'productionDate' | 'packagingDate' | 'bestBeforeDate' | 'expiryDate'>([
  ['11', 'productionDate'],
  ['13', 'packagingDate'],
  ['15', 'bestBeforeDate'],
  ['17', 'expiryDate'],
]);

/**
 * Reads a GS1 element string as scanners send it: AIs and data run together, FNC1 transmitted as
 * {@link groupSeparator}, the leading FNC1 already dropped. A fixed-length element needs no
 * separator after it (a redundant one is skipped); a variable-length one ends at the next GS or at
 * the end of the data, so without separators a lot or serial swallows whatever follows it.
 */
export function parseGs1ElementString(data: string, currentYear: number): Gs1ParseResult {
  const elements: FoundElement[] = [];
  let position = 0;
  while (position < data.length) {
    if (data[position] === groupSeparator) {
      position++;
      continue;
    }
    const found = findGs1Ai(data, position);
    if (found === undefined) return { isOk: false, reason: 'unknown_ai' };
    const start = position + found.ai.length;
    const separator = data.indexOf(groupSeparator, start);
    const dataEnd = separator === -1 ? data.length : separator;
    const isFixed = found.definition.minLength === found.definition.maxLength;
    // A fixed-length element cut short by a GS or the end keeps its short value: validation says so.
    const end = isFixed ? Math.min(start + found.definition.maxLength, dataEnd) : dataEnd;
    elements.push({ ...found, value: data.slice(start, end) });
    position = end;
  }
  return readElements(elements, currentYear);
}

/** True when `text` looks like the human-readable form, `(01)09501101530003(17)260131`. */
export function isGs1BracketForm(text: string): boolean {
  return /^\(\d{2,4}\)/.test(text);
}

/**
 * Reads the human-readable bracket form, as typed or printed under a barcode. Spaces around values
 * are dropped (GS1 data never contains spaces). A value cannot contain `(`: in this form it would be
 * ambiguous, and real lots and serials hardly ever use one.
 */
export function parseGs1BracketForm(text: string, currentYear: number): Gs1ParseResult {
  const elements: FoundElement[] = [];
  for (const piece of text.slice(1).split('(')) {
    const match = /^(\d{2,4})\)(.*)$/s.exec(piece);
    const ai = match?.[1] ?? '';
    const found = findGs1Ai(ai, 0);
    if (found === undefined || found.ai !== ai) return { isOk: false, reason: 'unknown_ai' };
    elements.push({ ...found, value: (match?.[2] ?? '').trim() });
  }
  return readElements(elements, currentYear);
}

/** Validates every element, then gathers the named fields. The first fault found is the verdict. */
function readElements(elements: readonly FoundElement[], currentYear: number): Gs1ParseResult {
  if (elements.length === 0) return { isOk: false, reason: 'empty' };
  const fields: Gs1Fields = {};
  const seen = new Map<string, string>();
  for (const element of elements) {
    const previous = seen.get(element.ai);
    // GS1 allows an AI twice only with the same data; two lots on one item is no item we know.
    if (previous !== undefined && previous !== element.value) {
      return { isOk: false, reason: 'duplicate_ai', ai: element.ai };
    }
    seen.set(element.ai, element.value);
    const failure = readElement(element, fields, currentYear);
    if (failure !== undefined) return { isOk: false, ...failure };
  }
  const plain: Gs1Element[] = elements.map(({ ai, value }) => ({ ai, value }));
  const hri = plain.map(({ ai, value }) => `(${ai})${value}`).join('');
  return { isOk: true, data: { elements: plain, hri, ...fields } };
}

/** Checks one element against its AI and copies what it means into `fields`. */
function readElement(element: FoundElement, fields: Gs1Fields, currentYear: number): Gs1Failure | undefined {
  const { ai, definition, value } = element;
  if (value.length < definition.minLength) return { reason: 'element_too_short', ai };
  if (value.length > definition.maxLength) return { reason: 'element_too_long', ai };
  const allowed = definition.content === 'text' ? gs1Characters : /^\d+$/;
  if (!allowed.test(value)) return { reason: 'invalid_characters', ai };
  if (definition.content === 'key' && gs1CheckDigit(value.slice(0, -1)) !== Number(value.slice(-1))) {
    return { reason: 'bad_check_digit', ai };
  }
  const keyField = keyFields.get(ai);
  if (keyField !== undefined) fields[keyField] = value;
  if (definition.content === 'date') {
    const date = parseGs1Date(value, currentYear);
    if (date === undefined) return { reason: 'invalid_date', ai };
    const dateField = dateFields.get(ai);
    if (dateField !== undefined) fields[dateField] = date;
  }
  if (ai === '30' || ai === '37') fields.count = Number(value);
  // Dividing the exact integer by an exact power of ten rounds once, like reading "12.50" would.
  if (ai.startsWith('310')) fields.netWeightKg = Number(value) / 10 ** Number(ai.slice(3));
  return undefined;
}
