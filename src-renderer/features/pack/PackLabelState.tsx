import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { unreachable } from '../../../src-shared/errors';
import type { PackOrder } from '../../../src-shared/features/pack';
import { LabelPreview } from './LabelPreview';

type PackLabelStateProps = { order: PackOrder };

/** Where the shipping label is, and what to do next: a stuck printer says why in warning colour. */
export function PackLabelState({ order }: PackLabelStateProps) {
  const { t } = useTranslation();
  const text = labelText(order, t);
  const isStuck = order.labelState === 'waiting' || order.labelState === 'failed';
  return (
    <section
      className={isStuck ? 'pack-label pack-label--stuck' : 'pack-label'}
      data-testid="pack-label"
      data-label-state={order.labelState}
    >
      <p className="pack-label__state">
        <span className="pack-label__title">{t('pack.label.title')}</span> {text}
      </p>
      {/* A held parcel does not ship: the holds above say so instead. */}
      {order.status === 'packed' && order.holds.length === 0 ? (
        <p className="pack-label__next">{t('pack.label.scanToShip')}</p>
      ) : null}
      {(order.status === 'packed' || order.status === 'shipped') && order.waybill !== null ? (
        <LabelPreview orderId={order.orderId} trackingNo={order.waybill.trackingNo} />
      ) : null}
    </section>
  );
}

function labelText(order: PackOrder, t: TFunction): string {
  const problem = order.labelProblem;
  switch (order.labelState) {
    case 'waiting':
      return problem === null ? t('pack.label.waitingUnknown') : t('pack.label.waiting', { problem });
    case 'failed':
      return problem === null ? t('pack.label.failedUnknown') : t('pack.label.failed', { problem });
    case 'none':
    case 'queued':
    case 'printing':
    case 'printed':
      return t(`pack.label.${order.labelState}`);
    default:
      return unreachable(order.labelState);
  }
}
