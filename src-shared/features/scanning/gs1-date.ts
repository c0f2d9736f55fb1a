/**
 * The four-digit year of a GS1 two-digit year, by the GS1 sliding window: a year up to 50 years
 * ahead of `currentYear` or 49 behind it. Best-before dates sit in the near future and production
 * dates in the near past, so a fixed century would break around every turn of one.
 */
export function gs1Year(twoDigitYear: number, currentYear: number): number {
  const currentTwoDigits = currentYear % 100;
  const century = currentYear - currentTwoDigits;
  const ahead = twoDigitYear - currentTwoDigits;
  if (ahead >= 51) return century - 100 + twoDigitYear;
  if (ahead <= -50) return century + 100 + twoDigitYear;
  return century + twoDigitYear;
}

/**
 * A GS1 `YYMMDD` date as ISO `YYYY-MM-DD`, or undefined when it is no day of the calendar. Day
 * `00` means the month is known but not the day, which GS1 reads as the last day of that month
 * (`260200` → `2026-02-28`).
 */
export function parseGs1Date(yymmdd: string, currentYear: number): string | undefined {
  if (!/^\d{6}$/.test(yymmdd)) return undefined;
  const year = gs1Year(Number(yymmdd.slice(0, 2)), currentYear);
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (month < 1 || month > 12) return undefined;
  // Day 0 of the next month is the last day of this one; Date knows the leap years.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return undefined;
  const iso = (n: number, width: number) => String(n).padStart(width, '0');
  return `${iso(year, 4)}-${iso(month, 2)}-${iso(day === 0 ? lastDay : day, 2)}`;
}
