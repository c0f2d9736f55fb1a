import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackLine } from '../../../src-shared/features/pack';

type PackLinesProps = { lines: readonly PackLine[]; countedSkuId: string | null };

/**
 * The order's items as big rows in bin-walk order: the bin first (where to reach), then what it
 * is, then how many are in the box. The row just counted is highlighted; complete rows turn green.
 */
export function PackLines({ lines, countedSkuId }: PackLinesProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);

  // A long order scrolls its lines (not the page, which would hide the order's header): the line
  // just counted comes into view, wherever its bin is in the walk.
  useEffect(() => {
    const scroller = list.current;
    const counted = scroller?.querySelector<HTMLElement>('[aria-current="true"]');
    if (scroller == null || counted == null) return;
    const top = counted.offsetTop;
    const bottom = top + counted.offsetHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (bottom > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = bottom - scroller.clientHeight;
  });

  return (
    <ol ref={list} className="pack-lines" aria-label={t('pack.order.lines')}>
      {lines.map((line) => {
        const isComplete = line.scannedQty >= line.qty;
        const isCounted = line.skuId === countedSkuId;
        const classes = [
          'pack-line',
          isComplete ? 'pack-line--complete' : '',
          isCounted ? 'pack-line--counted' : '',
        ];
        return (
          <li
            key={line.skuId}
            className={classes.filter((name) => name !== '').join(' ')}
            data-testid="pack-line"
            data-sku={line.skuId}
            aria-current={isCounted ? 'true' : undefined}
          >
            <span className="pack-line__bin">{line.bin ?? t('pack.order.noBin')}</span>
            <span className="pack-line__product">
              <span className="pack-line__name">{line.name}</span>
              <span className="pack-line__code">{line.internalCode}</span>
            </span>
            <span className="pack-line__count">
              <span className="pack-line__numbers">
                {t('pack.order.counted', { scanned: line.scannedQty, qty: line.qty })}
              </span>
              <span
                className="pack-line__bar"
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={line.qty}
                aria-valuenow={line.scannedQty}
              >
                <span
                  className="pack-line__fill"
                  style={{ width: `${Math.min(100, (100 * line.scannedQty) / line.qty)}%` }}
                />
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
