export { createI18n, resources } from './i18n';
export {
  isLanguage,
  type Language,
  languages,
  languageStorageKey,
  pickLanguage,
  startLanguage,
} from './language';
export { LanguageSwitch } from './LanguageSwitch';
