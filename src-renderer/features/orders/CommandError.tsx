import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../app/bridge';

type CommandErrorProps = { error: BridgeError | null };

/**
 * Why an action was not done, next to the action. A `conflict` is the station's own rule book
 * refusing (order shipped meanwhile, hold already released): its message says which rule.
 */
export function CommandError({ error }: CommandErrorProps) {
  const { t } = useTranslation();
  if (error === null) return null;
  let text: string;
  if (error.isStationUnreachable) text = t('orders.error.stationUnreachable');
  else if (error.code === 'conflict') text = t('orders.error.refused', { message: error.message });
  else text = t('orders.error.failed', { message: error.message });
  return (
    <p className="order-form__error" role="alert">
      {text}
    </p>
  );
}
