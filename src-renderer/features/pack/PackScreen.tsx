import { useTranslation } from 'react-i18next';
import { PlaceholderScreen } from '../../ui';

/** The pack screen's place in the navigation; its work arrives in a later step. */
export function PackScreen() {
  const { t } = useTranslation();
  return <PlaceholderScreen title={t('screens.pack')} sentence={t('placeholder.later')} />;
}
