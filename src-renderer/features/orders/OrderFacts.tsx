import { useTranslation } from 'react-i18next';
import type { Order } from '../../../src-shared/domain';
import { Fact, FactList, formatShortDateTime } from '../../ui';
import { actorText } from './order-texts';

type OrderFactsProps = { order: Order; userId: string };

/** Buyer, delivery address, payment and, once there, exceptions, label and cancellation. */
export function OrderFacts({ order, userId }: OrderFactsProps) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatShortDateTime(iso, i18n.language);
  const { province, city, district, detail, postalCode } = order.address;
  // Chinese addresses run from the largest unit to the smallest, without separators.
  const region = province === city ? `${city}${district}` : `${province}${city}${district}`;

  return (
    <section className="order-detail__section" aria-label={t('orders.detail.delivery')}>
      <FactList>
        <Fact label={t('orders.detail.buyer')}>
          {order.buyer.name} · {order.buyer.phone}
        </Fact>
        <Fact label={t('orders.detail.address')}>
          <span className="order-detail__address">{region}</span>
          <span className="order-detail__address">{detail}</span>
          {postalCode ? <span className="order-detail__postal">{postalCode}</span> : null}
        </Fact>
        <Fact label={t('orders.detail.paidAt')}>{when(order.paidAt)}</Fact>
        {order.label ? (
          <Fact label={t('orders.detail.label')}>
            {t('orders.detail.labelText', {
              carrier: order.label.carrier,
              trackingNo: order.label.trackingNo,
              at: when(order.label.printedAt),
            })}
          </Fact>
        ) : (
          <Fact label={t('orders.detail.label')}>{t('orders.detail.noLabel')}</Fact>
        )}
        {order.cancelledAt ? (
          <Fact label={t('orders.detail.cancelled')} tone="bad">
            {t('orders.detail.cancelledText', {
              at: when(order.cancelledAt),
              reason: order.cancelReason ?? '',
            })}
          </Fact>
        ) : null}
        {order.exceptions.map((exception) => (
          <Fact key={exception.id} label={t('orders.detail.exception')} tone="warn">
            {t(`orders.exceptionKinds.${exception.kind}`)}
            {exception.skuId ? ` · ${exception.skuId}` : ''}
            {exception.note ? ` · ${exception.note}` : ''}
            {' · '}
            {t('orders.detail.byAt', { by: actorText(exception.by, userId, t), at: when(exception.at) })}
          </Fact>
        ))}
      </FactList>
    </section>
  );
}
