import { useTranslation } from 'react-i18next';
import { PlaceholderScreen } from '../../ui';

/** The orders screen's place in the navigation; its work arrives in a later step. */
export function OrdersScreen() {
  const { t } = useTranslation();
  return <PlaceholderScreen title={t('screens.orders')} sentence={t('placeholder.later')} />;
}
