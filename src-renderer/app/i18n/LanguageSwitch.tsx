import { useTranslation } from 'react-i18next';
import { isLanguage, type Language, languages, rememberLanguage } from './language';
import './language-switch.css';

/** Two buttons, each language named in itself, so a person who cannot read the current one finds theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.language) ? i18n.language : 'en';

  function choose(language: Language) {
    rememberLanguage(language);
    void i18n.changeLanguage(language);
  }

  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__option"
          aria-pressed={language === current}
          onClick={() => choose(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </fieldset>
  );
}
