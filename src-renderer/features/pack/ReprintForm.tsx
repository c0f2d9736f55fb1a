import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type ReprintFormProps = { onConfirm: (reason: string) => void; onCancel: () => void };

/** The reason for printing a label again (the print ledger keeps it): Enter prints, Esc cancels. */
export function ReprintForm({ onConfirm, onCancel }: ReprintFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => field.current?.focus(), []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed !== '') onConfirm(trimmed);
  }

  return (
    <form
      className="pack-reprint"
      aria-label={t('pack.reprint.title')}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <label className="pack-reprint__label">
        <span className="pack-reprint__title">{t('pack.reprint.title')}</span>
        <span className="pack-reprint__reason">{t('pack.reprint.reason')}</span>
        <input
          ref={field}
          className="pack-reprint__input"
          maxLength={200}
          placeholder={t('pack.reprint.placeholder')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <p className="pack-reprint__keys">
        <span>{t('pack.reprint.confirm')}</span>
        <span>{t('pack.reprint.cancel')}</span>
      </p>
    </form>
  );
}
