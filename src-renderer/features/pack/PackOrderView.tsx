import type { PackOrder } from '../../../src-shared/features/pack';
import { PackHolds } from './PackHolds';
import { PackLabelState } from './PackLabelState';
import { PackLines } from './PackLines';
import { PackOrderHeader } from './PackOrderHeader';
import './pack-order.css';

type PackOrderViewProps = {
  order: PackOrder;
  countedSkuId: string | null;
  holdsCheckedAt: string | null | undefined;
};

/** The order on the bench: who and where, holds if any, the label once packed, and its lines. */
export function PackOrderView({ order, countedSkuId, holdsCheckedAt }: PackOrderViewProps) {
  const hasLabel = order.status === 'packed' || order.status === 'shipped';
  return (
    <div className="pack-order" data-testid="pack-order" data-order={order.orderId}>
      <PackOrderHeader order={order} />
      {order.holds.length > 0 ? <PackHolds holds={order.holds} holdsCheckedAt={holdsCheckedAt} /> : null}
      {hasLabel ? <PackLabelState order={order} /> : null}
      <PackLines lines={order.lines} countedSkuId={countedSkuId} />
    </div>
  );
}
