import { describe, expect, it } from 'vitest';
import { classifyScan, type UnreadableReason } from './index';

const GS = '\u001d';
const now = new Date('2026-05-15T08:00:00Z');
const gtin = '09501101530003';
const sscc = '106141411234567897';

describe('classifyScan: unreadable GS1 element strings', () => {
  it.each<{ name: string; code: string; reason: UnreadableReason; ai?: string }>([
    {
      name: 'a GTIN-14 with a wrong check digit',
      code: `]C101${gtin.slice(0, -1)}4`,
      reason: 'bad_check_digit',
      ai: '01',
    },
    {
      name: 'an SSCC with a wrong check digit',
      code: `]C100${sscc.slice(0, -1)}8`,
      reason: 'bad_check_digit',
      ai: '00',
    },
    {
      name: 'a GLN with a wrong check digit',
      code: ']C14106901234567893',
      reason: 'bad_check_digit',
      ai: '410',
    },
    { name: 'an AI nobody assigned', code: `]C105${gtin}`, reason: 'unknown_ai' },
    { name: 'a net weight with 6 decimals', code: `]C101${gtin}3106123456`, reason: 'unknown_ai' },
    { name: 'a GTIN cut short', code: ']C1010950110153', reason: 'element_too_short', ai: '01' },
    { name: 'a date cut short by a GS', code: `]C117260${GS}10A`, reason: 'element_too_short', ai: '17' },
    { name: 'an empty lot', code: `]C110${GS}17260131`, reason: 'element_too_short', ai: '10' },
    { name: 'a lot of 21 characters', code: `]C110${'A'.repeat(21)}`, reason: 'element_too_long', ai: '10' },
    { name: 'a count of 9 digits', code: `]C101${gtin}30123456789`, reason: 'element_too_long', ai: '30' },
    { name: 'month 13', code: `]C101${gtin}17261301`, reason: 'invalid_date', ai: '17' },
    { name: '30 February', code: `]C101${gtin}15260230`, reason: 'invalid_date', ai: '15' },
    { name: '29 February 2025', code: `]C101${gtin}11250229`, reason: 'invalid_date', ai: '11' },
    { name: 'a letter in a GTIN', code: ']C1010950110153000A', reason: 'invalid_characters', ai: '01' },
    { name: 'a # in a lot', code: ']C110AB#CD', reason: 'invalid_characters', ai: '10' },
    { name: 'two different lots', code: `]C110A${GS}10B`, reason: 'duplicate_ai', ai: '10' },
    { name: 'a GS1 symbol with no data', code: ']C1', reason: 'empty' },
    { name: 'a GS1 symbol with only FNC1s', code: `]C1${GS}${GS}`, reason: 'empty' },
  ])('refuses $name', ({ code, reason, ai }) => {
    const text = code.slice(3);
    const base = {
      kind: 'unreadable',
      symbology: ']C1',
      text,
      reason,
      messageKey: `scan.unreadable.${reason}`,
    };
    expect(classifyScan({ code }, { now })).toEqual(ai === undefined ? base : { ...base, ai });
  });

  it.each<{ name: string; code: string; reason: UnreadableReason; ai?: string }>([
    { name: 'an unknown AI in brackets', code: '(23)123', reason: 'unknown_ai' },
    { name: 'a four-digit AI in brackets that is two digits', code: `(0112)${gtin}`, reason: 'unknown_ai' },
    { name: 'a short date in brackets', code: `(01)${gtin}(17)2601`, reason: 'element_too_short', ai: '17' },
    {
      name: 'a bad check digit in brackets',
      code: '(01)09501101530004',
      reason: 'bad_check_digit',
      ai: '01',
    },
    { name: 'unseparated digits whose tail is no AI', code: `01${gtin}XYZ`, reason: 'unknown_ai' },
  ])('refuses $name without a symbology', ({ code, reason, ai }) => {
    const base = { kind: 'unreadable', text: code, reason, messageKey: `scan.unreadable.${reason}` };
    expect(classifyScan({ code }, { now })).toEqual(ai === undefined ? base : { ...base, ai });
  });
});

describe('classifyScan: the GS1 century window', () => {
  it.each([
    { today: '2026-05-15', yymmdd: '760131', date: '2076-01-31' },
    { today: '2026-05-15', yymmdd: '770131', date: '1977-01-31' },
    { today: '2026-05-15', yymmdd: '000131', date: '2000-01-31' },
    { today: '2075-01-01', yymmdd: '250131', date: '2125-01-31' },
    { today: '2075-01-01', yymmdd: '260131', date: '2026-01-31' },
    { today: '2099-12-31', yymmdd: '010100', date: '2101-01-31' },
    { today: '2000-06-01', yymmdd: '510100', date: '1951-01-31' },
    { today: '2000-06-01', yymmdd: '500100', date: '2050-01-31' },
  ])('reads expiry $yymmdd scanned on $today as $date', ({ today, yymmdd, date }) => {
    expect(classifyScan({ code: `]C117${yymmdd}` }, { now: new Date(`${today}T12:00:00Z`) })).toEqual({
      kind: 'gs1',
      symbology: ']C1',
      text: `17${yymmdd}`,
      gs1: { elements: [{ ai: '17', value: yymmdd }], hri: `(17)${yymmdd}`, expiryDate: date },
    });
  });
});
