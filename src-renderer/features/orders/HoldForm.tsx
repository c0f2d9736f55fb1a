import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HoldReason, holdReasons, type Order } from '../../../src-shared/domain';
import { SelectField, TextField } from '../../ui';
import { CommandError } from './CommandError';
import { useIssueCommand } from './use-issue-command';

type HoldFormProps = { order: Order; onDone: (notice: string) => void; onBack: () => void };

/** Why the order is stopped, and a note for whoever releases it. Enter holds, Esc goes back. */
export function HoldForm({ order, onDone, onBack }: HoldFormProps) {
  const { t } = useTranslation();
  const issue = useIssueCommand();
  const [reason, setReason] = useState<HoldReason>('manual');
  const [note, setNote] = useState('');
  const reasonField = useRef<HTMLSelectElement>(null);

  useEffect(() => reasonField.current?.focus(), []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (issue.isPending) return;
    issue.mutate(
      { type: 'order.held', payload: { orderId: order.id, reason, note: note.trim() } },
      { onSuccess: () => onDone(t('orders.done.held')) },
    );
  }

  return (
    <form className="order-form" onSubmit={submit} aria-label={t('orders.holdForm.title')}>
      <h3 className="order-form__title">{t('orders.holdForm.title')}</h3>
      <SelectField
        label={t('orders.holdForm.reason')}
        ref={reasonField}
        value={reason}
        // The options are exactly the hold reasons.
        onChange={(event) => setReason(event.target.value as HoldReason)}
      >
        {holdReasons.map((value) => (
          <option key={value} value={value}>
            {t(`orders.holdReasons.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('orders.holdForm.note')}
        maxLength={500}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <CommandError error={issue.error} />
      <div className="order-form__buttons">
        <button type="submit" className="button button--primary" disabled={issue.isPending}>
          {t('orders.holdForm.submit')}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t('orders.form.back')}
        </button>
      </div>
    </form>
  );
}
