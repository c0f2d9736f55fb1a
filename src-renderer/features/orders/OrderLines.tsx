import { useTranslation } from 'react-i18next';
import type { Order } from '../../../src-shared/domain';
import type { OrderDetail } from '../../../src-shared/features/orders';
import { formatMoney } from '../../ui';

type OrderLinesProps = { order: Order; skus: OrderDetail['skus'] };

/** What is in the parcel, what the bench has scanned so far, and what the buyer pays. */
export function OrderLines({ order, skus }: OrderLinesProps) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatMoney(fen, order.currency, i18n.language);
  // Scan progress matters once the bench has started; before that it is a column of zeros.
  const isScanning = order.lines.some((line) => line.scannedQty > 0);

  return (
    <section className="order-detail__section" aria-label={t('orders.detail.lines')}>
      <h3 className="order-detail__heading">{t('orders.detail.lines')}</h3>
      <table className="order-lines">
        <thead>
          <tr>
            <th scope="col">{t('orders.detail.sku')}</th>
            <th scope="col" className="order-table__number">
              {t('orders.detail.qty')}
            </th>
            <th scope="col" className="order-table__number">
              {t('orders.detail.price')}
            </th>
            <th scope="col" className="order-table__number">
              {t('orders.detail.subtotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.skuId}>
              <td className="order-lines__sku">
                {skus[line.skuId] === undefined ? (
                  line.skuId
                ) : (
                  <>
                    <span className="order-lines__name">{skus[line.skuId]?.name}</span>
                    <span className="order-lines__code">
                      {skus[line.skuId]?.internalCode}
                      {skus[line.skuId]?.bin === undefined ? '' : ` · ${skus[line.skuId]?.bin}`}
                    </span>
                  </>
                )}
                {isScanning ? (
                  <span className="order-lines__scanned">
                    {t('orders.detail.scannedOf', { scanned: line.scannedQty, qty: line.qty })}
                  </span>
                ) : null}
              </td>
              <td className="order-table__number">{line.qty}</td>
              <td className="order-table__number">{money(line.priceFen)}</td>
              <td className="order-table__number">{money(line.priceFen * line.qty)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="order-amounts">
        <dt>{t('orders.detail.items')}</dt>
        <dd>{money(order.itemsFen)}</dd>
        <dt>{t('orders.detail.shipping')}</dt>
        <dd>{money(order.shippingFen)}</dd>
        {order.discountFen > 0 ? (
          <>
            <dt>{t('orders.detail.discount')}</dt>
            <dd>−{money(order.discountFen)}</dd>
          </>
        ) : null}
        <dt className="order-amounts__total">{t('orders.detail.total')}</dt>
        <dd className="order-amounts__total">{money(order.totalFen)}</dd>
      </dl>
    </section>
  );
}
