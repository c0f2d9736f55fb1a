import i18next, { type i18n } from 'i18next';
import { en } from './en';
import type { Language } from './language';
import { zhCN } from './zh-cn';
import './i18n-types';

/** Every language's texts, keyed as i18next expects. */
export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const;

/**
 * A fresh i18next instance for one app (no global instance: each test renders its own app).
 * Resources are bundled, so initialisation is synchronous.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    resources,
    initAsync: false,
    // React escapes what it renders; escaping here would show &amp; to the person.
    interpolation: { escapeValue: false },
  });
  return instance;
}
