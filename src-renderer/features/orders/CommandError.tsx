import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../app/bridge';

type CommandErrorProps = { error: BridgeError | null };

/**
 * The rule that refused. Main's message has the specifics but is English; in any other language
 * the rejection code main sent picks the translated reason.
 */
function useRefusalText(): (error: BridgeError) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    const key = `attention.reasons.${error.reason ?? ''}`;
    if (i18n.language.startsWith('en') || error.reason === undefined || !i18n.exists(key))
      return error.message;
    // The key exists (checked above); the cast names one of the reason keys for the typed t().
    return t(key as 'attention.reasons.order_held');
  };
}

/**
 * Why an action was not done, next to the action. A `conflict` is the station's own rule book
 * refusing (order shipped meanwhile, hold already released): its message says which rule.
 */
export function CommandError({ error }: CommandErrorProps) {
  const { t } = useTranslation();
  const refusalText = useRefusalText();
  if (error === null) return null;
  let text: string;
  if (error.isStationUnreachable) text = t('orders.error.stationUnreachable');
  else if (error.code === 'conflict') text = t('orders.error.refused', { message: refusalText(error) });
  else text = t('orders.error.failed', { message: error.message });
  return (
    <p className="order-form__error" role="alert">
      {text}
    </p>
  );
}
