import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isBadgeCode, type Session } from '../../../src-shared/features/auth';
import { TextField } from '../../ui';
import { benchErrorText, benchRefusalText } from './bench-refusal';
import { PinField } from './PinField';
import { rememberSignInMethod } from './sign-in-method';
import { useBadgeSignIn } from './use-badge-sign-in';

type BadgeSignInProps = {
  /** A badge scanned elsewhere (into a lock screen's PIN field): start at its PIN. */
  initialBadge?: string;
  onSignedIn: (session: Session) => void;
  /** Called instead of going back to the badge prompt (a lock screen returns to its own PIN). */
  onCancel?: () => void;
};

/**
 * Badge, then PIN: the scanner types the badge and Enter into the badge field, the person types
 * the PIN and Enter. Checked by the station alone, so it works with the hub away. A wrong PIN may
 * be typed again; any other refusal asks for a badge again.
 */
export function BadgeSignIn({ initialBadge, onSignedIn, onCancel }: BadgeSignInProps) {
  const { t, i18n } = useTranslation();
  const signIn = useBadgeSignIn();
  const [badge, setBadge] = useState<string | null>(initialBadge ?? null);
  const [message, setMessage] = useState<string | null>(null);

  function scanned(code: string) {
    setMessage(null);
    setBadge(code);
  }

  function back() {
    setMessage(null);
    if (onCancel) onCancel();
    else setBadge(null);
  }

  function sendPin(pin: string) {
    if (badge === null) return;
    signIn.mutate(
      { badge, pin },
      {
        onSuccess: (result) => {
          if (result.status === 'signedIn') {
            rememberSignInMethod('badge');
            onSignedIn(result.session);
            return;
          }
          setMessage(benchRefusalText(result, t, i18n.language));
          if (result.reason !== 'wrongPin') setBadge(null);
        },
        onError: (error) => setMessage(benchErrorText(error, t)),
      },
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && badge !== null) back();
  }

  return (
    <div className="bench-sign-in" onKeyDown={onKeyDown}>
      {badge === null ? (
        <BadgeField onBadge={scanned} onNotABadge={() => setMessage(t('bench.notABadge'))} />
      ) : (
        <>
          <p className="bench-sign-in__prompt">{t('bench.pinPrompt')}</p>
          <p className="bench-sign-in__badge">{t('bench.pinFor', { badge })}</p>
          <PinField
            label={t('bench.pinLabel')}
            submitLabel={t('bench.signIn')}
            isBusy={signIn.isPending}
            onPin={sendPin}
            onBadge={scanned}
          />
          <button type="button" className="button" onClick={back}>
            {t('bench.otherBadge')}
          </button>
        </>
      )}
      {message === null ? null : (
        <p className="sign-in__error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}

type BadgeFieldProps = { onBadge: (badge: string) => void; onNotABadge: () => void };

/** The big "scan your badge" prompt over the field the scanner types into. */
function BadgeField({ onBadge, onNotABadge }: BadgeFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = text.trim();
    setText('');
    if (isBadgeCode(typed)) onBadge(typed.toUpperCase());
    else if (typed !== '') onNotABadge();
  }

  return (
    <form className="bench-sign-in__form" onSubmit={submit} noValidate>
      <p className="bench-sign-in__prompt">{t('bench.scanPrompt')}</p>
      <p className="bench-sign-in__hint">{t('bench.scanHint')}</p>
      <TextField
        label={t('bench.badgeLabel')}
        name="badge"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        autoFocus
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </form>
  );
}
