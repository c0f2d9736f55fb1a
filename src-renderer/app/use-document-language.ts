import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Keeps `<html lang>` and the window title in the UI language (fonts and screen readers use it). */
export function useDocumentLanguage(): void {
  const { t, i18n } = useTranslation();
  const title = t('app.name');
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = title;
  }, [i18n.language, title]);
}
