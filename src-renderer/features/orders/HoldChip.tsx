import { useTranslation } from 'react-i18next';
import { holdReasonText } from './order-texts';

type HoldChipProps = { reason: string };

/** "Held: address unclear" in red with a pause mark: an order that must not be packed. */
export function HoldChip({ reason }: HoldChipProps) {
  const { t } = useTranslation();
  return (
    <span className="order-chip order-chip--held">
      <span className="order-chip__pause" aria-hidden="true" />
      {t('orders.heldChip', { reason: holdReasonText(reason, t) })}
    </span>
  );
}
