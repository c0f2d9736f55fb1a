/** The languages of the UI, in the order the switch shows them. */
export const languages = ['zh-CN', 'en'] as const;

/** One of {@link languages}. */
export type Language = (typeof languages)[number];

/** Where a person's explicit choice is kept between sessions. */
export const languageStorageKey = 'packline.lang';

/** True when `value` names one of our languages exactly. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

type LanguageSources = {
  /** The page's query string, e.g. `?lang=en` (tests and kiosk links use it). */
  search: string;
  stored: string | null;
  browserLanguage: string | undefined;
};

/** `?lang=` beats a stored choice, which beats the browser's language (zh-* gives Chinese). */
export function pickLanguage({ search, stored, browserLanguage }: LanguageSources): Language {
  const requested = new URLSearchParams(search).get('lang');
  if (isLanguage(requested)) return requested;
  if (isLanguage(stored)) return stored;
  return browserLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(languageStorageKey);
  } catch {
    return null; // Storage can be disabled by policy; the browser language still decides.
  }
}

/** The language this page starts in. */
export function startLanguage(): Language {
  return pickLanguage({
    search: window.location.search,
    stored: readStored(),
    browserLanguage: window.navigator.language,
  });
}

/**
 * Keeps a person's choice. A `?lang=` in the address is dropped at the same time, or a reload
 * would bring the old language back over the choice just made.
 */
export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // Not kept across restarts where storage is disabled; the switch still works for this session.
  }
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.delete('lang');
    window.history.replaceState(window.history.state, '', url);
  }
}
