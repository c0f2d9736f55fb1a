import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isBadgeCode, type Session } from '../../../src-shared/features/auth';
import { TextField } from '../../ui';
import { signInErrorText } from './sign-in-error';
import { rememberSignInMethod } from './sign-in-method';
import { useSignIn } from './use-sign-in';

type PasswordSignInFormProps = {
  onSignedIn: (session: Session) => void;
  /** A badge scanned into the username field: the person meant to sign in with it. */
  onBadge?: (badge: string) => void;
  isHubOffline: boolean;
  initialUsername?: string;
};

/** Username and password, Enter submits; the hub checks them. */
export function PasswordSignInForm({
  onSignedIn,
  onBadge,
  isHubOffline,
  initialUsername,
}: PasswordSignInFormProps) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [username, setUsername] = useState(initialUsername ?? '');
  const [password, setPassword] = useState('');
  const [isMissingInput, setIsMissingInput] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    if (onBadge !== undefined && password === '' && isBadgeCode(username)) {
      onBadge(username.trim().toUpperCase());
      return;
    }
    if (username.trim() === '' || password === '') {
      setIsMissingInput(true);
      return;
    }
    setIsMissingInput(false);
    signIn.mutate(
      { username, password },
      {
        onSuccess: (session) => {
          rememberSignInMethod('password');
          onSignedIn(session);
        },
        onError: () => {
          // The username stays; the password is typed again, so the cursor goes there.
          setPassword('');
          passwordInput.current?.focus();
        },
      },
    );
  }

  return (
    <form className="sign-in__form" onSubmit={submit} noValidate>
      <TextField
        label={t('signIn.username')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        autoFocus={initialUsername === undefined}
        required
        value={username}
        onChange={(event) => setUsername(event.target.value)}
      />
      <TextField
        label={t('signIn.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        autoFocus={initialUsername !== undefined}
        required
        ref={passwordInput}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      {isMissingInput ? (
        <p className="sign-in__error" role="alert">
          {t('signIn.error.missing')}
        </p>
      ) : null}
      {signIn.isError && !isMissingInput ? (
        <p className="sign-in__error" role="alert">
          {signInErrorText(signIn.error, t)}
        </p>
      ) : null}
      {isHubOffline && !signIn.isError ? <p className="sign-in__hint">{t('signIn.hubOfflineHint')}</p> : null}
      <button type="submit" className="button button--primary sign-in__submit" disabled={signIn.isPending}>
        {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  );
}
