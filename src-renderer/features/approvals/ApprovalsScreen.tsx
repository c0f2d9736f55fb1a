import { useTranslation } from 'react-i18next';
import { PlaceholderScreen } from '../../ui';

/** The approvals screen's place in the navigation; its work arrives in a later step. */
export function ApprovalsScreen() {
  const { t } = useTranslation();
  return <PlaceholderScreen title={t('screens.approvals')} sentence={t('placeholder.later')} />;
}
