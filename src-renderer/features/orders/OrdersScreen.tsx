import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayIssue } from '../../../src-shared/domain';
import type { Session } from '../../../src-shared/features/auth';
import { OrderDetailPanel } from './OrderDetailPanel';
import { type OrderFilter, OrderFilters } from './OrderFilters';
import { OrderPager } from './OrderPager';
import type { OrderPanelMode } from './order-panel-mode';
import { OrderTable } from './OrderTable';
import { useDebounced } from './use-debounced';
import { type OrderListInput, useOrderList } from './use-order-list';
import { useOrderKeys } from './use-order-keys';
import './orders-screen.css';

type OrdersScreenProps = { session: Session };

/** Rows per page: one screenful at a desk, and a cheap read for the station. */
export const ordersPageSize = 50;

const searchPauseMs = 250;

function listInput(filter: OrderFilter, search: string, offset: number): OrderListInput {
  const trimmed = search.trim();
  return {
    ...(filter.status === null ? {} : { status: filter.status }),
    ...(trimmed === '' ? {} : { search: trimmed }),
    ...(filter.isHeldOnly ? { isHeldOnly: true } : {}),
    limit: ordersPageSize,
    offset,
  };
}

/**
 * The clerk's order queue: filter and search on the left, the open order on the right. Every
 * action goes through the station as a command, so it works offline and shows "pending sync"
 * until the hub confirms it.
 */
export function OrdersScreen({ session }: OrdersScreenProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<OrderFilter>({ status: null, search: '', isHeldOnly: false });
  const [offset, setOffset] = useState(0);
  const [selectedIndex, setSelectedIndex] = useState(0);
  const [openOrderId, setOpenOrderId] = useState<string | null>(null);
  const [mode, setMode] = useState<OrderPanelMode>('view');
  const searchField = useRef<HTMLInputElement>(null);
  const [search, flushSearch] = useDebounced(filter.search, searchPauseMs);
  const list = useOrderList(listInput(filter, search, offset));
  const orders = list.data?.orders ?? [];
  const total = list.data?.total ?? 0;
  const role = session.user.role;

  function changeFilter(next: OrderFilter) {
    if (next.search === filter.search) flushSearch();
    setFilter(next);
    setOffset(0);
    setSelectedIndex(0);
  }

  function openAt(index: number, nextMode: OrderPanelMode = 'view') {
    const order = orders[index];
    if (!order) return;
    setSelectedIndex(index);
    setOpenOrderId(order.id);
    setMode(nextMode);
  }

  useOrderKeys({
    focusSearch: () => searchField.current?.focus(),
    move(step) {
      // A form in the panel keeps its order: moving would throw away what was typed.
      if (mode !== 'view' || orders.length === 0) return;
      const next = Math.min(orders.length - 1, Math.max(0, selectedIndex + step));
      setSelectedIndex(next);
      if (openOrderId !== null) openAt(next);
    },
    page(step) {
      const next = offset + step * ordersPageSize;
      if (next < 0 || next >= total) return;
      setOffset(next);
      setSelectedIndex(0);
    },
    open: () => openAt(selectedIndex),
    hold() {
      if (!mayIssue(role, 'order.held')) return;
      const target = openOrderId ?? orders[selectedIndex]?.id;
      const status = orders.find((order) => order.id === target)?.status;
      // Shipped and cancelled orders take no hold; the panel says so instead of offering a form.
      if (status === 'shipped' || status === 'cancelled') {
        if (openOrderId === null) openAt(selectedIndex);
        return;
      }
      if (openOrderId !== null) setMode('hold');
      else openAt(selectedIndex, 'hold');
    },
    escape() {
      if (mode !== 'view') setMode('view');
      else if (openOrderId !== null) setOpenOrderId(null);
      else return false;
      return true;
    },
  });

  function listBody() {
    if (list.isPending) return <p className="orders-screen__message">{t('orders.loading')}</p>;
    if (list.isError) {
      return (
        <p className="orders-screen__message" role="alert">
          {t('app.loadFailed', { message: list.error.message })}
        </p>
      );
    }
    if (orders.length === 0) return <p className="orders-screen__message">{t('orders.empty')}</p>;
    return (
      <OrderTable
        orders={orders}
        selectedIndex={Math.min(selectedIndex, orders.length - 1)}
        openOrderId={openOrderId}
        onOpen={(index) => openAt(index)}
      />
    );
  }

  return (
    <div className={openOrderId ? 'orders-screen orders-screen--with-detail' : 'orders-screen'}>
      <div className="orders-screen__list">
        <header className="orders-screen__header">
          <h1 className="screen-title">{t('screens.orders')}</h1>
          <p className="orders-screen__keys">{t('orders.keys')}</p>
        </header>
        <OrderFilters
          filter={filter}
          onChange={changeFilter}
          total={list.isPlaceholderData ? undefined : list.data?.total}
          searchRef={searchField}
        />
        <div className="orders-screen__rows">{listBody()}</div>
        {total > 0 ? (
          <OrderPager
            offset={offset}
            shown={orders.length}
            total={total}
            onPage={(step) => {
              setOffset(offset + step * ordersPageSize);
              setSelectedIndex(0);
            }}
          />
        ) : null}
      </div>
      {openOrderId ? (
        <OrderDetailPanel
          key={openOrderId}
          orderId={openOrderId}
          user={session.user}
          mode={mode}
          onModeChange={setMode}
          onClose={() => setOpenOrderId(null)}
        />
      ) : null}
    </div>
  );
}
