import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../src-shared/features/orders';
import { formatMoney } from '../../ui';
import { HoldChip } from './HoldChip';
import { OrderStatusChip } from './OrderStatusChip';
import { PendingMarker } from './PendingMarker';

type OrderTableProps = {
  orders: OrderSummary[];
  selectedIndex: number;
  openOrderId: string | null;
  onOpen: (index: number) => void;
};

/**
 * One page of orders, one row each. The selected row (moved with ↑/↓) has a thick bar and a
 * tint; the open one is outlined too. Clicking a row opens it.
 */
export function OrderTable({ orders, selectedIndex, openOrderId, onOpen }: OrderTableProps) {
  const { t, i18n } = useTranslation();
  const selectedRow = useRef<HTMLTableRowElement>(null);

  useEffect(() => {
    // jsdom has no layout, so no scrollIntoView either.
    selectedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedIndex]);

  return (
    <table className="order-table" role="grid" aria-label={t('orders.listLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('orders.columns.order')}</th>
          <th scope="col">{t('orders.columns.buyer')}</th>
          <th scope="col" className="order-table__number order-table__lines">
            {t('orders.columns.lines')}
          </th>
          <th scope="col" className="order-table__number">
            {t('orders.columns.total')}
          </th>
          <th scope="col">{t('orders.columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order, index) => (
          <tr
            key={order.id}
            ref={index === selectedIndex ? selectedRow : undefined}
            className={
              order.id === openOrderId ? 'order-table__row order-table__row--open' : 'order-table__row'
            }
            aria-selected={index === selectedIndex}
            data-testid={`order-row-${order.id}`}
            onClick={() => onOpen(index)}
          >
            <td>
              <span className="order-table__no">{order.platformOrderNo}</span>
              <span className="order-table__sub">{t(`orders.platforms.${order.platform}`)}</span>
            </td>
            <td>
              <span className="order-table__buyer">{order.buyerName}</span>
              <span className="order-table__sub">{order.city}</span>
            </td>
            <td className="order-table__number order-table__lines">{order.lineCount}</td>
            <td className="order-table__number order-table__total">
              {formatMoney(order.totalFen, order.currency, i18n.language)}
            </td>
            <td>
              <span className="order-table__chips">
                <OrderStatusChip status={order.status} />
                {order.holdReasons.map((reason, holdIndex) => (
                  // The same reason may be on an order twice (two decisions); position keeps keys unique.
                  <HoldChip key={`${reason}-${holdIndex}`} reason={reason} />
                ))}
                {order.isPending ? <PendingMarker /> : null}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
