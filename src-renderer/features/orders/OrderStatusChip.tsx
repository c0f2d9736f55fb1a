import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../../../src-shared/domain';

type OrderStatusChipProps = { status: OrderStatus };

/** An order's status as a word on a tinted chip; each status has its own tint and border. */
export function OrderStatusChip({ status }: OrderStatusChipProps) {
  const { t } = useTranslation();
  return (
    <span className={`order-chip order-chip--${status}`} data-status={status}>
      {t(`orders.status.${status}`)}
    </span>
  );
}
