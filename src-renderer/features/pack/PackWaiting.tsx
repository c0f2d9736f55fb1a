import { useTranslation } from 'react-i18next';
import type { PackQueue } from '../../../src-shared/features/pack';
import { HoldListAge } from './HoldListAge';

/** The last batch print: how many labels went to the printer, or why it failed. */
export type BatchOutcome = { readonly queued: number } | { readonly error: string } | null;

type PackWaitingProps = {
  queue: PackQueue | undefined;
  selectedIndex: number;
  batch: BatchOutcome;
  isBatchPrinting: boolean;
  onBatchPrint: () => void;
};

/**
 * The bench between orders: what to scan, in the largest type; the pick lists still to pack with
 * their progress and next order (↑/↓ and Enter open it); parcels packed without a label and the
 * key that prints them all; and how fresh the hold list is.
 */
export function PackWaiting({
  queue,
  selectedIndex,
  batch,
  isBatchPrinting,
  onBatchPrint,
}: PackWaitingProps) {
  const { t } = useTranslation();
  return (
    <div className="pack-waiting">
      <div className="pack-waiting__prompt" data-testid="pack-waiting">
        <p className="pack-waiting__scan">{t('pack.waiting.prompt')}</p>
        <p className="pack-waiting__hint">{t('pack.waiting.hint')}</p>
      </div>
      <HoldListAge holdsCheckedAt={queue?.holdsCheckedAt} />
      {queue === undefined ? (
        <p className="pack-waiting__loading">{t('pack.waiting.loading')}</p>
      ) : (
        <div className="pack-waiting__queue">
          <section className="pack-queue" aria-label={t('pack.waiting.pickLists')}>
            <h2 className="pack-queue__title">{t('pack.waiting.pickLists')}</h2>
            {queue.pickLists.length === 0 ? (
              <p className="pack-queue__empty">{t('pack.waiting.noPickLists')}</p>
            ) : (
              <ul className="pack-queue__lists">
                {queue.pickLists.map((list, index) => (
                  <li
                    key={list.id}
                    className={
                      index === selectedIndex
                        ? 'pack-queue__list pack-queue__list--selected'
                        : 'pack-queue__list'
                    }
                    aria-current={index === selectedIndex ? 'true' : undefined}
                    data-testid="pack-pick-list"
                  >
                    <span className="pack-queue__code">{list.code}</span>
                    <span className="pack-queue__done">
                      {t('pack.waiting.listDone', { done: list.doneCount, total: list.orderCount })}
                    </span>
                    <span className="pack-queue__bar" aria-hidden="true">
                      <span
                        className="pack-queue__fill"
                        style={{ width: `${(100 * list.doneCount) / Math.max(1, list.orderCount)}%` }}
                      />
                    </span>
                    <span className="pack-queue__next">
                      {list.nextOrderId === null
                        ? t('pack.waiting.restHeld')
                        : t('pack.waiting.next', { code: `ORD-${list.nextOrderId}` })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {queue.hasMorePickLists ? <p className="pack-queue__more">{t('pack.waiting.more')}</p> : null}
          </section>
          <section className="pack-unlabelled" aria-label={t('pack.waiting.unlabelled')}>
            <h2 className="pack-queue__title">{t('pack.waiting.unlabelled')}</h2>
            <p className="pack-unlabelled__count" data-testid="pack-unlabelled">
              {queue.unlabelledCount}
            </p>
            <button
              type="button"
              className="button button--primary"
              disabled={isBatchPrinting || queue.unlabelledCount === 0}
              onClick={onBatchPrint}
            >
              <kbd>F10</kbd> {t('pack.waiting.batchPrint')}
            </button>
            {batch === null ? null : (
              <p className="pack-unlabelled__outcome" role="status">
                {'error' in batch
                  ? t('pack.notice.failed', { message: batch.error })
                  : batch.queued === 0
                    ? t('pack.waiting.batchNothing')
                    : t('pack.waiting.batchQueued', { count: batch.queued })}
              </p>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
