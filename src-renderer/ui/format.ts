/** Number, money and time formats shared by the screens, in the UI language. */

// Building an Intl formatter costs far more than using one (tens of microseconds to milliseconds),
// and screens format on every render: each language and style gets one, made on first use.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatterOf<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  const known = formatters.get(key);
  if (known !== undefined) return known as F; // stored under this key by the same `make`
  const made = make();
  formatters.set(key, made);
  return made;
}

/** Money from integer minor units: `¥1,234.50` (the narrow symbol in every language). */
export function formatMoney(minorUnits: number, currency: string, language: string): string {
  return formatterOf(
    `money|${language}|${currency}`,
    () => new Intl.NumberFormat(language, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }),
  ).format(minorUnits / 100);
}

/** Date and time of an ISO timestamp in the station's own time zone. */
export function formatDateTime(iso: string, language: string): string {
  return formatterOf(
    `datetime|${language}`,
    () =>
      new Intl.DateTimeFormat(language, {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        second: '2-digit',
        hour12: false,
      }),
  ).format(new Date(iso));
}

/** Short date and time (`2025/3/1 08:05`), for lists where space is tight. */
export function formatShortDateTime(iso: string, language: string): string {
  return formatterOf(
    `short|${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short', hour12: false }),
  ).format(new Date(iso));
}
