import { useTranslation } from 'react-i18next';

/** "Pending sync": changed on this station, the hub has not confirmed it yet. */
export function PendingMarker() {
  const { t } = useTranslation();
  return (
    <span
      className="order-chip order-chip--pending"
      title={t('orders.pendingHint')}
      data-testid="pending-marker"
    >
      {t('orders.pending')}
    </span>
  );
}
