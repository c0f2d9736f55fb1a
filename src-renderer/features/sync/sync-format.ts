import type { TFunction } from 'i18next';

/** An age rounded for a glance: under a minute, whole minutes, hours, then days. */
export type Age =
  | { readonly unit: 'justNow' }
  | { readonly unit: 'minutes' | 'hours' | 'days'; value: number };

const minuteMs = 60_000;

/** How long before `now` the instant `iso` was; never negative (station clocks drift). */
export function ageOf(iso: string, now: number): Age {
  const minutes = Math.floor(Math.max(0, now - Date.parse(iso)) / minuteMs);
  if (minutes < 1) return { unit: 'justNow' };
  if (minutes < 60) return { unit: 'minutes', value: minutes };
  if (minutes < 48 * 60) return { unit: 'hours', value: Math.floor(minutes / 60) };
  return { unit: 'days', value: Math.floor(minutes / (24 * 60)) };
}

/** "4 min" / "4 分钟前" and so on, in the UI language. */
export function ageText(age: Age, t: TFunction): string {
  return age.unit === 'justNow' ? t('sync.age.justNow') : t(`sync.age.${age.unit}`, { value: age.value });
}
