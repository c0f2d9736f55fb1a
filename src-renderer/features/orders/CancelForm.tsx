import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../src-shared/domain';
import { SelectField, TextField } from '../../ui';
import { CommandError } from './CommandError';
import { useIssueCommand } from './use-issue-command';

type CancelFormProps = { order: Order; onDone: (notice: string) => void; onBack: () => void };

const cancelReasons = ['buyerRequest', 'outOfStock', 'suspectedFraud', 'duplicate', 'other'] as const;
type CancelReason = (typeof cancelReasons)[number];

/**
 * Cancelling cannot be undone, so it takes two steps: the reason, then a confirmation that names
 * the order. The reason is stored as the words the person chose, with their note.
 */
export function CancelForm({ order, onDone, onBack }: CancelFormProps) {
  const { t } = useTranslation();
  const issue = useIssueCommand();
  const [reason, setReason] = useState<CancelReason>('buyerRequest');
  const [note, setNote] = useState('');
  const [isConfirming, setIsConfirming] = useState(false);
  const reasonField = useRef<HTMLSelectElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (isConfirming) confirmButton.current?.focus();
    else reasonField.current?.focus();
  }, [isConfirming]);

  const reasonText = [t(`orders.cancelForm.reasons.${reason}`), note.trim()].filter(Boolean).join(': ');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isConfirming) {
      setIsConfirming(true);
      return;
    }
    if (issue.isPending) return;
    issue.mutate(
      { type: 'order.cancelled', payload: { orderId: order.id, reason: reasonText.slice(0, 500) } },
      { onSuccess: () => onDone(t('orders.done.cancelled')) },
    );
  }

  return (
    <form
      className="order-form order-form--danger"
      onSubmit={submit}
      aria-label={t('orders.cancelForm.title')}
    >
      <h3 className="order-form__title">{t('orders.cancelForm.title')}</h3>
      {isConfirming ? (
        <p className="order-form__confirm">
          {t('orders.cancelForm.confirm', { order: order.platformOrderNo, reason: reasonText })}
        </p>
      ) : (
        <>
          <SelectField
            label={t('orders.cancelForm.reason')}
            ref={reasonField}
            value={reason}
            // The options are exactly the cancel reasons.
            onChange={(event) => setReason(event.target.value as CancelReason)}
          >
            {cancelReasons.map((value) => (
              <option key={value} value={value}>
                {t(`orders.cancelForm.reasons.${value}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('orders.cancelForm.note')}
            maxLength={400}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </>
      )}
      <CommandError error={issue.error} />
      <div className="order-form__buttons">
        <button
          type="submit"
          ref={confirmButton}
          className="button button--danger"
          disabled={issue.isPending}
        >
          {isConfirming ? t('orders.cancelForm.confirmYes') : t('orders.cancelForm.next')}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {isConfirming ? t('orders.cancelForm.confirmNo') : t('orders.form.back')}
        </button>
      </div>
    </form>
  );
}
