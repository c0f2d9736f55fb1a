import { useTranslation } from 'react-i18next';
import { useStationLink } from '../bridge';

/** Says, above any screen, that the station service stopped answering and what that means. */
export function StationLinkBanner() {
  const { t } = useTranslation();
  const link = useStationLink();
  if (link !== 'unreachable') return null;
  return (
    <div className="station-link-banner" role="alert">
      <strong>{t('link.unreachable')}</strong>
      {t('link.unreachableHint')}
    </div>
  );
}
