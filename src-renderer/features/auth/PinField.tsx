import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isBadgeCode, pinSchema } from '../../../src-shared/features/auth';
import { TextField } from '../../ui';

type PinFieldProps = {
  label: string;
  submitLabel: string;
  isBusy: boolean;
  /** A PIN of 4 to 8 digits was entered. */
  onPin: (pin: string) => void;
  /**
   * A badge was scanned into the field instead (someone else stepped up): it must not be sent as
   * a wrong PIN of the badge before it.
   */
  onBadge: (badge: string) => void;
};

/**
 * A PIN typed on the bench keypad; Enter sends it and empties the field. A badge scanned into it
 * is recognised as a badge.
 */
export function PinField({ label, submitLabel, isBusy, onPin, onBadge }: PinFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [isInvalid, setIsInvalid] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isBusy) return;
    const typed = text.trim();
    setText('');
    if (isBadgeCode(typed)) {
      setIsInvalid(false);
      onBadge(typed.toUpperCase());
      return;
    }
    const isPin = pinSchema.safeParse(typed).success;
    setIsInvalid(!isPin);
    if (isPin) onPin(typed);
  }

  return (
    <form className="bench-sign-in__form" onSubmit={submit} noValidate>
      <TextField
        label={label}
        name="pin"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        autoFocus
        className="text-field__input bench-sign-in__pin"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {isInvalid ? (
        <p className="sign-in__error" role="alert">
          {t('bench.pinInvalid')}
        </p>
      ) : null}
      <button type="submit" className="button button--primary sign-in__submit" disabled={isBusy}>
        {isBusy ? t('bench.checking') : submitLabel}
      </button>
    </form>
  );
}
