/** Number, money and time formats shared by the screens, in the UI language. */

/** Money from integer minor units: `¥1,234.50` (the narrow symbol in every language). */
export function formatMoney(minorUnits: number, currency: string, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
  }).format(minorUnits / 100);
}

/** Date and time of an ISO timestamp in the station's own time zone. */
export function formatDateTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language, { hour12: false });
}

/** Short date and time (`2025/3/1 08:05`), for lists where space is tight. */
export function formatShortDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short', hour12: false }).format(
    new Date(iso),
  );
}
