import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, SignInMethod } from '../../../src-shared/features/auth';
import { LanguageSwitch } from '../../app/i18n';
import { HubPill, useStationStatus } from '../station';
import { BadgeSignIn } from './BadgeSignIn';
import { PasswordSignInForm } from './PasswordSignInForm';
import { startingSignInMethod } from './sign-in-method';
import { useSignInOptions } from './use-sign-in-options';
import './sign-in-screen.css';
import './bench-sign-in.css';

type SignInScreenProps = { onSignedIn: (session: Session) => void };

/**
 * Sign-in. At a pack bench (the station knows badges) it starts with "scan your badge" and a PIN,
 * checked by the station alone; username and password, checked by the hub, is the other way in.
 * The hub pill sits on top: a person sees before typing whether a password can be checked.
 */
export function SignInScreen({ onSignedIn }: SignInScreenProps) {
  const { t } = useTranslation();
  const status = useStationStatus();
  const options = useSignInOptions();
  const [chosen, setChosen] = useState<{ method: SignInMethod; badge?: string } | null>(null);
  const canUseBadge = options.data?.hasBadges === true;
  const method = canUseBadge ? (chosen?.method ?? startingSignInMethod(options.data)) : 'password';

  function form() {
    // Until the options are read, no form: it would take the focus and then be replaced.
    if (options.isPending) return null;
    if (method === 'badge') {
      return chosen?.badge === undefined ? (
        <BadgeSignIn onSignedIn={onSignedIn} />
      ) : (
        <BadgeSignIn key={chosen.badge} initialBadge={chosen.badge} onSignedIn={onSignedIn} />
      );
    }
    return (
      <PasswordSignInForm
        onSignedIn={onSignedIn}
        isHubOffline={status.data?.hub.state === 'offline'}
        {...(canUseBadge ? { onBadge: (badge: string) => setChosen({ method: 'badge', badge }) } : {})}
      />
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
        {form()}
        {canUseBadge ? (
          <button
            type="button"
            className="button bench-sign-in__other-way"
            onClick={() => setChosen({ method: method === 'badge' ? 'password' : 'badge' })}
          >
            {method === 'badge' ? t('bench.usePassword') : t('bench.useBadge')}
          </button>
        ) : null}
      </div>
    </main>
  );
}
