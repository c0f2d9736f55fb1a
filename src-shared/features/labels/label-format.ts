import type { Address, Platform } from '../../domain';

/** Languages of a label's fixed captions (the buyer's own text prints as given). */
export const labelLanguages = ['en', 'zh-CN'] as const;

/** One of {@link labelLanguages}. */
export type LabelLanguage = (typeof labelLanguages)[number];

const platformNames: Record<Platform, Record<LabelLanguage, string>> = {
  taobao: { en: 'Taobao', 'zh-CN': '淘宝' },
  jd: { en: 'JD', 'zh-CN': '京东' },
  pinduoduo: { en: 'Pinduoduo', 'zh-CN': '拼多多' },
  douyin: { en: 'Douyin', 'zh-CN': '抖音' },
  shopify: { en: 'Shopify', 'zh-CN': 'Shopify' },
  manual: { en: 'Manual', 'zh-CN': '手工单' },
};

/** A sales channel's name as printed on labels. */
export function platformName(platform: Platform, language: LabelLanguage): string {
  return platformNames[platform][language];
}

/**
 * A phone number with its middle hidden, as Chinese waybills print it: a mainland mobile keeps its
 * first 3 and last 4 digits (`138****1234`); other numbers keep their last 4 (or 2 when short). A
 * number the platform already masked passes through.
 */
export function maskPhone(phone: string): string {
  const trimmed = phone.trim();
  if (trimmed.includes('*')) return trimmed;
  if (/^1\d{10}$/.test(trimmed)) return `${trimmed.slice(0, 3)}****${trimmed.slice(-4)}`;
  if (trimmed.length >= 8) return `${trimmed.slice(0, 3)}****${trimmed.slice(-4)}`;
  return `****${trimmed.slice(-2)}`;
}

/** A full mainland address on one line: province, city (once, for the municipalities), district, street. */
export function formatAddress(address: Address): string {
  const city = address.city === address.province ? '' : address.city;
  return `${address.province}${city}${address.district}${address.detail}`;
}

/** Integer fen as yuan with the ¥ sign: 123456 → `¥1,234.56`, -500 → `-¥5.00`. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}

/**
 * A UTC instant as `YYYY-MM-DD HH:mm` in the warehouse's zone; built from parts so every ICU build
 * prints the same string (labels are compared byte for byte in tests and reprints).
 */
export function formatLocalTime(isoUtc: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(isoUtc));
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
