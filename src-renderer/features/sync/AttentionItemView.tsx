import { useTranslation } from 'react-i18next';
import type { Session } from '../../../src-shared/features/auth';
import type { AttentionItem } from '../../../src-shared/features/sync';
import { formatShortDateTime } from '../../ui';
import { commandTypeKey } from './command-type-key';
import { useDismissAttention } from './use-attention';

type AttentionItemViewProps = { item: AttentionItem; session: Session };

/** One refused change: what was tried on which order, why the hub said no, who and when. */
export function AttentionItemView({ item, session }: AttentionItemViewProps) {
  const { t, i18n } = useTranslation();
  const dismiss = useDismissAttention();
  const language = i18n.language;
  const actor = item.actorId === session.user.id ? t('attention.you') : item.actorId;

  return (
    <li className="attention-item" data-testid={`attention-${item.commandId}`}>
      <p className="attention-item__head">
        <span className="attention-item__type">{t(`commands.${commandTypeKey[item.type]}`)}</span>
        <span className="attention-item__order">{item.orderLabel ?? t('attention.noOrder')}</span>
      </p>
      <p className="attention-item__reason">{t(`attention.reasons.${item.code}`)}</p>
      <details className="attention-item__details">
        <summary>{t('attention.details')}</summary>
        <p>{item.message}</p>
      </details>
      <p className="attention-item__meta">
        {t('attention.meta', {
          actor,
          issuedAt: formatShortDateTime(item.issuedAt, language),
          rejectedAt: formatShortDateTime(item.rejectedAt, language),
        })}
      </p>
      {dismiss.isError ? (
        <p className="attention-item__error" role="alert">
          {t('attention.dismissFailed', { message: dismiss.error.message })}
        </p>
      ) : null}
      <button
        type="button"
        className="button attention-item__dismiss"
        disabled={dismiss.isPending}
        onClick={() => dismiss.mutate(item.commandId)}
      >
        {t('attention.dismiss')}
      </button>
    </li>
  );
}
