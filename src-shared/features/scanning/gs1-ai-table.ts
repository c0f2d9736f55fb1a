/**
 * What an element's data must be: `key` digits ending in a GS1 mod-10 check digit; `date` YYMMDD
 * (day 00 allowed); `decimal` digits with n implied decimals, n being the AI's last digit;
 * `digits` plain digits; `text` the GS1 character set 82.
 */
export type Gs1Content = 'key' | 'date' | 'decimal' | 'digits' | 'text';

/**
 * One Application Identifier or family of them, from the GS1 General Specifications. A decimal
 * family (`310n`) is listed by its three-digit prefix with `aiLength` 4; its fourth digit n
 * (0…`maxDecimals`) says where the decimal point goes.
 */
export type Gs1AiDefinition = {
  prefix: string;
  aiLength: 2 | 3 | 4;
  title: string;
  content: Gs1Content;
  minLength: number;
  maxLength: number;
  maxDecimals?: number;
};

/** A fixed-length AI: its data is always `length` characters. */
function fixed(prefix: string, title: string, content: Gs1Content, length: number): Gs1AiDefinition {
  return { prefix, aiLength: aiLengthOf(prefix), title, content, minLength: length, maxLength: length };
}

/** A variable-length AI: 1 (or `minLength`) to `maxLength` characters, ended by FNC1 or the end. */
function variable(
  prefix: string,
  title: string,
  content: Gs1Content,
  maxLength: number,
  minLength = 1,
): Gs1AiDefinition {
  return { prefix, aiLength: aiLengthOf(prefix), title, content, minLength, maxLength };
}

/** A measure family `pppn`: six digits with n decimals, n from 0 to 5. */
function measure(prefix: string, title: string): Gs1AiDefinition {
  return { prefix, aiLength: 4, title, content: 'decimal', minLength: 6, maxLength: 6, maxDecimals: 5 };
}

function aiLengthOf(prefix: string): 2 | 3 {
  return prefix.length === 2 ? 2 : 3;
}

/**
 * The AIs Packline reads: identification keys, dates, lot and serial, measures, counts, and the
 * logistics AIs found on parcels and pallets. A GS1 string with any other AI is unreadable rather
 * than half understood.
 */
export const gs1AiTable: readonly Gs1AiDefinition[] = [
  fixed('00', 'SSCC', 'key', 18),
  fixed('01', 'GTIN', 'key', 14),
  fixed('02', 'CONTENT', 'key', 14),
  variable('10', 'BATCH/LOT', 'text', 20),
  fixed('11', 'PROD DATE', 'date', 6),
  fixed('12', 'DUE DATE', 'date', 6),
  fixed('13', 'PACK DATE', 'date', 6),
  fixed('15', 'BEST BEFORE', 'date', 6),
  fixed('16', 'SELL BY', 'date', 6),
  fixed('17', 'USE BY OR EXPIRY', 'date', 6),
  fixed('20', 'VARIANT', 'digits', 2),
  variable('21', 'SERIAL', 'text', 20),
  variable('22', 'CPV', 'text', 20),
  variable('240', 'ADDITIONAL ID', 'text', 30),
  variable('241', 'CUST. PART No.', 'text', 30),
  variable('250', 'SECONDARY SERIAL', 'text', 30),
  variable('30', 'VAR. COUNT', 'digits', 8),
  measure('310', 'NET WEIGHT (kg)'),
  measure('311', 'LENGTH (m)'),
  measure('312', 'WIDTH (m)'),
  measure('313', 'HEIGHT (m)'),
  measure('314', 'AREA (m²)'),
  measure('315', 'NET VOLUME (l)'),
  measure('316', 'NET VOLUME (m³)'),
  measure('320', 'NET WEIGHT (lb)'),
  measure('330', 'GROSS WEIGHT (kg)'),
  variable('37', 'COUNT', 'digits', 8),
  variable('400', 'ORDER NUMBER', 'text', 30),
  variable('401', 'GINC', 'text', 30),
  fixed('402', 'GSIN', 'key', 17),
  variable('403', 'ROUTE', 'text', 30),
  fixed('410', 'SHIP TO LOC', 'key', 13),
  fixed('411', 'BILL TO', 'key', 13),
  fixed('412', 'PURCHASE FROM', 'key', 13),
  fixed('413', 'SHIP FOR LOC', 'key', 13),
  fixed('414', 'LOC No.', 'key', 13),
  fixed('415', 'PAY TO', 'key', 13),
  fixed('416', 'PROD/SERV LOC', 'key', 13),
  fixed('417', 'PARTY', 'key', 13),
  variable('420', 'SHIP TO POST', 'text', 20),
  // 421 is a three-digit ISO country code followed by up to nine characters of postal code.
  variable('421', 'SHIP TO POST', 'text', 12, 4),
  fixed('422', 'ORIGIN', 'digits', 3),
  variable('90', 'INTERNAL', 'text', 30),
  ...['91', '92', '93', '94', '95', '96', '97', '98', '99'].map((prefix) =>
    variable(prefix, 'INTERNAL', 'text', 90),
  ),
];

/**
 * The first two digits of AIs whose data length is predefined by GS1, so no FNC1 follows them
 * (GS1 General Specifications, figure 7.8.5-2). Kept for reference and tests: the parser does not
 * need it, because it knows every fixed length from {@link gs1AiTable} and accepts a redundant FNC1
 * after any fixed-length element.
 */
export const gs1PredefinedLengthPrefixes: readonly string[] = [
  '00',
  '01',
  '02',
  '03',
  '04',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '41',
];

const definitionsByPrefix = new Map(gs1AiTable.map((definition) => [definition.prefix, definition]));

/**
 * The definition of the AI that starts `data` at `position`, with the AI's own digits, or
 * undefined when no known AI starts there. GS1 AIs are prefix-free, so trying two, then three
 * digits finds at most one.
 */
export function findGs1Ai(
  data: string,
  position: number,
): { ai: string; definition: Gs1AiDefinition } | undefined {
  for (const length of [2, 3]) {
    const definition = definitionsByPrefix.get(data.slice(position, position + length));
    if (definition === undefined) continue;
    const ai = data.slice(position, position + definition.aiLength);
    if (!/^\d+$/.test(ai) || ai.length !== definition.aiLength) return undefined;
    if (definition.maxDecimals !== undefined && Number(ai.slice(3)) > definition.maxDecimals)
      return undefined;
    return { ai, definition };
  }
  return undefined;
}
