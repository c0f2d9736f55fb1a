import { describe, expect, it } from 'vitest';
import { formatAddress, formatFen, formatLocalTime, maskPhone } from './label-format';

describe('maskPhone', () => {
  it.each([
    { phone: '13812341234', printed: '138****1234', why: 'a mainland mobile keeps 3 + 4 digits' },
    { phone: ' 13812341234 ', printed: '138****1234', why: 'surrounding spaces do not count' },
    { phone: '021-58881234', printed: '021****1234', why: 'a landline keeps its area code and last 4' },
    { phone: '138****1234', printed: '138****1234', why: 'a number the platform masked passes through' },
    { phone: '95338', printed: '****38', why: 'a short service number keeps only 2' },
  ])('$why', ({ phone, printed }) => {
    expect(maskPhone(phone)).toBe(printed);
  });
});

describe('formatFen', () => {
  it.each([
    { fen: 0, printed: '¥0.00' },
    { fen: 5, printed: '¥0.05' },
    { fen: 12345, printed: '¥123.45' },
    { fen: 123456789, printed: '¥1,234,567.89' },
    { fen: -500, printed: '-¥5.00' },
  ])('prints $fen fen as $printed', ({ fen, printed }) => {
    expect(formatFen(fen)).toBe(printed);
  });
});

describe('formatLocalTime', () => {
  it('prints a UTC instant in the warehouse zone', () => {
    expect(formatLocalTime('2026-12-02T08:30:00.000Z', 'Asia/Shanghai')).toBe('2026-12-02 16:30');
  });

  it('rolls the date over at local midnight', () => {
    expect(formatLocalTime('2026-12-31T16:05:00.000Z', 'Asia/Shanghai')).toBe('2027-01-01 00:05');
  });
});

describe('formatAddress', () => {
  it('names a municipality once', () => {
    const address = { province: '上海市', city: '上海市', district: '浦东新区', detail: '张江路 100 号' };
    expect(formatAddress(address)).toBe('上海市浦东新区张江路 100 号');
  });

  it('names province, city, district and street in that order', () => {
    const address = { province: '广东省', city: '深圳市', district: '南山区', detail: '深南大道 10000 号' };
    expect(formatAddress(address)).toBe('广东省深圳市南山区深南大道 10000 号');
  });
});
