import { useTranslation } from 'react-i18next';
import type { PackOrder } from '../../../src-shared/features/pack';

type PackOrderHeaderProps = { order: PackOrder };

/** Which parcel this is: platform order number, city, place in the pick list, carrier and tracking number. */
export function PackOrderHeader({ order }: PackOrderHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="pack-order__header">
      <div className="pack-order__identity">
        <h2 className="pack-order__number">{order.platformOrderNo}</h2>
        <p className="pack-order__meta">
          <span>{t(`orders.platforms.${order.platform}`)}</span>
          <span className="pack-order__city">{order.city}</span>
          <span>{t(`orders.status.${order.status}`)}</span>
          {order.isPending ? <span className="pack-order__pending">{t('pack.order.pending')}</span> : null}
        </p>
      </div>
      <div className="pack-order__walk">
        {order.pickList === null ? (
          <p className="pack-order__list">{t('pack.order.noPickList')}</p>
        ) : (
          <>
            <p className="pack-order__position" data-testid="pack-position">
              {t('pack.order.position', { position: order.pickList.position, count: order.pickList.count })}
            </p>
            <p className="pack-order__list">{t('pack.order.pickList', { code: order.pickList.code })}</p>
          </>
        )}
      </div>
      <div className="pack-order__waybill">
        {order.waybill === null ? (
          <p className="pack-order__carrier">{t('pack.order.noWaybill')}</p>
        ) : (
          <>
            <p className="pack-order__carrier">{order.waybill.carrierName}</p>
            <p className="pack-order__tracking">{order.waybill.trackingNo}</p>
          </>
        )}
      </div>
    </header>
  );
}
