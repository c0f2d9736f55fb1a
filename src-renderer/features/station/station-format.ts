/** Station-screen number and time formats, in the UI language. */

/** The clock offset beyond which the hub raises an alert, and the screen warns. */
export const clockOffsetLimitMs = 30_000;

/** `1,234` / `-56` style milliseconds with an explicit sign for offsets. */
export function formatMs(value: number, language: string, isSigned = false): string {
  return new Intl.NumberFormat(language, {
    maximumFractionDigits: 0,
    signDisplay: isSigned ? 'exceptZero' : 'auto',
  }).format(value);
}

/** A file size in B, KB, MB or GB (powers of 1024). */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)} ${units[unit] ?? 'B'}`;
}

/** Wall-clock time of an ISO timestamp in the station's own time zone. */
export function formatTime(iso: string, language: string): string {
  return new Date(iso).toLocaleTimeString(language, { hour12: false });
}

export { formatDateTime } from '../../ui';

/** Whole seconds from `iso` to `now`, never negative (a station clock can be behind the hub's). */
export function secondsSince(iso: string, now: number): number {
  return Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
}
