import { useTranslation } from 'react-i18next';

type OrderPagerProps = {
  offset: number;
  shown: number;
  total: number;
  onPage: (direction: -1 | 1) => void;
};

/** "1–50 of 1,234" with previous and next page (also PageUp / PageDown). */
export function OrderPager({ offset, shown, total, onPage }: OrderPagerProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <div className="order-pager">
      <p className="order-pager__range" aria-live="polite">
        {t('orders.range', {
          from: number.format(shown === 0 ? 0 : offset + 1),
          to: number.format(offset + shown),
          total: number.format(total),
        })}
      </p>
      <button type="button" className="button" disabled={offset === 0} onClick={() => onPage(-1)}>
        {t('orders.previousPage')}
        <kbd>PgUp</kbd>
      </button>
      <button type="button" className="button" disabled={offset + shown >= total} onClick={() => onPage(1)}>
        {t('orders.nextPage')}
        <kbd>PgDn</kbd>
      </button>
    </div>
  );
}
