import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayIssue } from '../../../src-shared/domain';
import type { User } from '../../../src-shared/features/auth';
import { AddressForm } from './AddressForm';
import { CancelForm } from './CancelForm';
import { HoldForm } from './HoldForm';
import { OrderActions } from './OrderActions';
import { OrderFacts } from './OrderFacts';
import { OrderHolds } from './OrderHolds';
import { OrderLines } from './OrderLines';
import type { OrderPanelMode } from './order-panel-mode';
import { OrderStatusChip } from './OrderStatusChip';
import { PendingMarker } from './PendingMarker';
import { useOrderDetail } from './use-order-detail';
import './order-detail.css';

type OrderDetailPanelProps = {
  orderId: string;
  user: User;
  mode: OrderPanelMode;
  onModeChange: (mode: OrderPanelMode) => void;
  onClose: () => void;
};

/**
 * One order in full, beside the list: status, holds, delivery, lines and amounts, with the
 * actions the signed-in role may take. The station's pending changes are already applied and
 * marked "pending sync".
 */
export function OrderDetailPanel({ orderId, user, mode, onModeChange, onClose }: OrderDetailPanelProps) {
  const { role } = user;
  const { t } = useTranslation();
  const detail = useOrderDetail(orderId);
  const [notice, setNotice] = useState<string | null>(null);
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const hasOrder = detail.data != null;

  useEffect(() => {
    if (hasOrder) title.current?.focus();
  }, [hasOrder]);

  function finish(text: string) {
    setNotice(text);
    onModeChange('view');
  }

  function body() {
    if (detail.isPending) return <p>{t('orders.detail.loading')}</p>;
    if (detail.isError) return <p role="alert">{t('app.loadFailed', { message: detail.error.message })}</p>;
    if (detail.data === null) return <p>{t('orders.detail.notFound')}</p>;
    const { order, pendingCommandIds } = detail.data;
    const back = () => onModeChange('view');
    // Shipped and cancelled are final: no command changes such an order any more.
    const closedStatus = order.status === 'shipped' || order.status === 'cancelled' ? order.status : null;
    const open = closedStatus === null;
    return (
      <>
        <header className="order-detail__header">
          <p className="order-detail__chips">
            <span className="order-detail__platform">{t(`orders.platforms.${order.platform}`)}</span>
            <OrderStatusChip status={order.status} />
            {pendingCommandIds.length > 0 ? <PendingMarker /> : null}
          </p>
          <h2 className="order-detail__title" id={titleId} ref={title} tabIndex={-1}>
            {order.platformOrderNo}
          </h2>
        </header>
        {mode === 'view' || !open ? (
          <OrderActions
            can={{
              hold: open && mayIssue(role, 'order.held'),
              address: open && order.label === null && mayIssue(role, 'order.addressEdited'),
              cancel: open && mayIssue(role, 'order.cancelled'),
            }}
            closedStatus={closedStatus}
            isLabelPrinted={order.label !== null}
            onMode={(next) => {
              setNotice(null);
              onModeChange(next);
            }}
          />
        ) : null}
        {notice && mode === 'view' ? (
          <p className="order-detail__notice" role="status">
            {notice}
          </p>
        ) : null}
        {/* H opens the hold form by key; a closed order offers no form however it was asked for. */}
        {open && mode === 'hold' ? <HoldForm order={order} onDone={finish} onBack={back} /> : null}
        {open && mode === 'address' ? <AddressForm order={order} onDone={finish} onBack={back} /> : null}
        {open && mode === 'cancel' ? <CancelForm order={order} onDone={finish} onBack={back} /> : null}
        <OrderHolds
          order={order}
          userId={user.id}
          pendingCommandIds={pendingCommandIds}
          canRelease={open && mayIssue(role, 'order.released')}
          onReleased={setNotice}
        />
        <OrderFacts order={order} userId={user.id} />
        <OrderLines order={order} skus={detail.data.skus} />
      </>
    );
  }

  return (
    <section
      className="order-detail"
      aria-labelledby={hasOrder ? titleId : undefined}
      aria-label={hasOrder ? undefined : t('orders.detail.title')}
      data-testid="order-detail"
    >
      <button type="button" className="button order-detail__close" onClick={onClose}>
        {t('orders.detail.close')}
        <kbd>Esc</kbd>
      </button>
      {body()}
    </section>
  );
}
