import { useTranslation } from 'react-i18next';
import { PlaceholderScreen } from '../../ui';

/** The admin screen's place in the navigation; its work arrives in a later step. */
export function AdminScreen() {
  const { t } = useTranslation();
  return <PlaceholderScreen title={t('screens.admin')} sentence={t('placeholder.later')} />;
}
