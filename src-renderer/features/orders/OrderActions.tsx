import { useTranslation } from 'react-i18next';
import type { OrderPanelMode } from './order-panel-mode';

type OrderActionsProps = {
  /** Which actions the role may take on this order now. */
  can: { hold: boolean; address: boolean; cancel: boolean };
  /** Shipped or cancelled: nothing changes the order any more, and the panel says so. */
  closedStatus: 'shipped' | 'cancelled' | null;
  isLabelPrinted: boolean;
  onMode: (mode: Exclude<OrderPanelMode, 'view'>) => void;
};

/** The order's actions as buttons, with the key that does the same; only what the role may do. */
export function OrderActions({ can, closedStatus, isLabelPrinted, onMode }: OrderActionsProps) {
  const { t } = useTranslation();
  if (closedStatus !== null) {
    return <p className="order-detail__hint">{t(`orders.detail.closed.${closedStatus}`)}</p>;
  }
  return (
    <div className="order-actions">
      {can.hold ? (
        <button type="button" className="button button--primary" onClick={() => onMode('hold')}>
          {t('orders.actions.hold')}
          <kbd>H</kbd>
        </button>
      ) : null}
      {can.address ? (
        <button type="button" className="button" onClick={() => onMode('address')}>
          {t('orders.actions.editAddress')}
        </button>
      ) : null}
      {can.cancel ? (
        <button type="button" className="button button--danger-outline" onClick={() => onMode('cancel')}>
          {t('orders.actions.cancel')}
        </button>
      ) : null}
      {isLabelPrinted ? <p className="order-detail__hint">{t('orders.detail.addressLocked')}</p> : null}
    </div>
  );
}
