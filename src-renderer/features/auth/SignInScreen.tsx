import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../src-shared/features/auth';
import { LanguageSwitch } from '../../app/i18n';
import { TextField } from '../../ui';
import { HubPill, useStationStatus } from '../station';
import { signInErrorText } from './sign-in-error';
import { useSignIn } from './use-sign-in';
import './sign-in-screen.css';

type SignInScreenProps = { onSignedIn: (session: Session) => void };

/**
 * Username and password, Enter submits. The hub pill sits above the form: sign-in is checked by
 * the hub, so a person sees before typing whether it can work.
 */
export function SignInScreen({ onSignedIn }: SignInScreenProps) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const status = useStationStatus();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [isMissingInput, setIsMissingInput] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  const isHubOffline = status.data?.hub.state === 'offline';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    if (username.trim() === '' || password === '') {
      setIsMissingInput(true);
      return;
    }
    setIsMissingInput(false);
    signIn.mutate(
      { username, password },
      {
        onSuccess: onSignedIn,
        onError: () => {
          // The username stays; the password is typed again, so the cursor goes there.
          setPassword('');
          passwordInput.current?.focus();
        },
      },
    );
  }

  return (
    <main className="sign-in">
      <div className="sign-in__top">
        <HubPill testId="hub-state" />
        <LanguageSwitch />
      </div>
      <div className="sign-in__panel">
        <p className="sign-in__product">{t('app.name')}</p>
        <h1 className="sign-in__title">{t('signIn.title')}</h1>
        <p className="sign-in__subtitle">
          {status.data ? `${status.data.stationName} · ` : ''}
          {t('signIn.subtitle')}
        </p>
        <form className="sign-in__form" onSubmit={submit} noValidate>
          <TextField
            label={t('signIn.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
          <TextField
            label={t('signIn.password')}
            name="password"
            type="password"
            autoComplete="current-password"
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
          {isHubOffline && !signIn.isError ? (
            <p className="sign-in__hint">{t('signIn.hubOfflineHint')}</p>
          ) : null}
          <button
            type="submit"
            className="button button--primary sign-in__submit"
            disabled={signIn.isPending}
          >
            {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
