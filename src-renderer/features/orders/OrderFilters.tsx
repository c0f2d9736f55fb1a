import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrderStatus, orderStatuses } from '../../../src-shared/domain';
import { TextField } from '../../ui';

/** What the clerk narrowed the list to. */
export type OrderFilter = { status: OrderStatus | null; search: string; isHeldOnly: boolean };

type OrderFiltersProps = {
  filter: OrderFilter;
  onChange: (filter: OrderFilter) => void;
  /** Orders matching the current filter, shown on the current tab; undefined while unknown. */
  total: number | undefined;
  searchRef: Ref<HTMLInputElement>;
};

const tabs: readonly (OrderStatus | null)[] = [null, ...orderStatuses];

/** Search box, status tabs and the held-only switch above the order list. */
export function OrderFilters({ filter, onChange, total, searchRef }: OrderFiltersProps) {
  const { t } = useTranslation();
  return (
    <div className="order-filters">
      <div className="order-filters__row">
        <div className="order-filters__search">
          <TextField
            label={t('orders.search.label')}
            type="search"
            placeholder={t('orders.search.placeholder')}
            autoComplete="off"
            spellCheck={false}
            ref={searchRef}
            value={filter.search}
            onChange={(event) => onChange({ ...filter, search: event.target.value })}
          />
          <kbd className="order-filters__key" aria-hidden="true">
            /
          </kbd>
        </div>
        <label className="order-filters__held">
          <input
            type="checkbox"
            checked={filter.isHeldOnly}
            onChange={(event) => onChange({ ...filter, isHeldOnly: event.target.checked })}
          />
          {t('orders.heldOnly')}
        </label>
      </div>
      <div className="order-tabs" role="group" aria-label={t('orders.statusFilter')}>
        {tabs.map((status) => {
          const isCurrent = status === filter.status;
          return (
            <button
              key={status ?? 'all'}
              type="button"
              className="order-tabs__tab"
              aria-pressed={isCurrent}
              onClick={() => onChange({ ...filter, status })}
            >
              {status === null ? t('orders.allStatuses') : t(`orders.status.${status}`)}
              {isCurrent && total !== undefined ? <span className="order-tabs__count">{total}</span> : null}
            </button>
          );
        })}
      </div>
    </div>
  );
}
