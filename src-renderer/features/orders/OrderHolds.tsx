import { useTranslation } from 'react-i18next';
import type { Order } from '../../../src-shared/domain';
import { formatShortDateTime } from '../../ui';
import { CommandError } from './CommandError';
import { HoldChip } from './HoldChip';
import { actorText } from './order-texts';
import { PendingMarker } from './PendingMarker';
import { useIssueCommand } from './use-issue-command';

type OrderHoldsProps = {
  order: Order;
  /** The signed-in person, named "you" where they placed a hold. */
  userId: string;
  /** Holds placed here and not yet confirmed carry their command's id. */
  pendingCommandIds: readonly string[];
  canRelease: boolean;
  onReleased: (notice: string) => void;
};

/** Every hold on the order: why, the note, who and when, and a Release button for each. */
export function OrderHolds({ order, userId, pendingCommandIds, canRelease, onReleased }: OrderHoldsProps) {
  const { t, i18n } = useTranslation();
  const release = useIssueCommand();
  if (order.holds.length === 0) return null;

  return (
    <section className="order-detail__section order-detail__holds" aria-label={t('orders.detail.holds')}>
      <h3 className="order-detail__heading">{t('orders.detail.holds')}</h3>
      <ul className="order-holds">
        {order.holds.map((hold) => (
          <li key={hold.id} className="order-holds__hold" data-testid={`hold-${hold.id}`}>
            <div className="order-holds__text">
              <p className="order-holds__chips">
                <HoldChip reason={hold.reason} />
                {pendingCommandIds.includes(hold.id) ? <PendingMarker /> : null}
              </p>
              {hold.note ? <p className="order-holds__note">{hold.note}</p> : null}
              <p className="order-holds__meta">
                {t('orders.detail.byAt', {
                  by: actorText(hold.by, userId, t),
                  at: formatShortDateTime(hold.at, i18n.language),
                })}
              </p>
            </div>
            {canRelease ? (
              <button
                type="button"
                className="button"
                disabled={release.isPending}
                onClick={() =>
                  release.mutate(
                    { type: 'order.released', payload: { orderId: order.id, holdId: hold.id } },
                    { onSuccess: () => onReleased(t('orders.done.released')) },
                  )
                }
              >
                {t('orders.actions.release')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <CommandError error={release.error} />
    </section>
  );
}
