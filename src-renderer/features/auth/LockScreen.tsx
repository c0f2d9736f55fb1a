import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unreachable } from '../../../src-shared/errors';
import type { Session } from '../../../src-shared/features/auth';
import { LanguageSwitch } from '../../app/i18n';
import { HubPill, useStationStatus } from '../station';
import { BadgeSignIn } from './BadgeSignIn';
import { benchErrorText, benchRefusalText } from './bench-refusal';
import { PasswordSignInForm } from './PasswordSignInForm';
import { PinField } from './PinField';
import { useUnlock } from './use-lock';
import './sign-in-screen.css';
import './bench-sign-in.css';

type LockScreenProps = { session: Session };

/** What the lock screen asks for: the person's PIN, a badge (and its PIN), or a password. */
type Step = { kind: 'pin' } | { kind: 'badge'; badge?: string } | { kind: 'password' };

/**
 * A locked bench: who is signed in, their PIN to open it again, or another person's badge to take
 * it over. Password sign-in is there for people without a PIN. Nothing of the work behind it is
 * shown or reachable until it opens.
 */
export function LockScreen({ session }: LockScreenProps) {
  const { t, i18n } = useTranslation();
  const status = useStationStatus();
  const unlock = useUnlock();
  const hasPin = session.hasPin === true;
  const ownStep: Step = hasPin ? { kind: 'pin' } : { kind: 'badge' };
  const [step, setStep] = useState<Step>(ownStep);
  const [message, setMessage] = useState<string | null>(null);
  const name = session.user.displayName;

  function sendPin(pin: string) {
    unlock.mutate(
      { pin },
      {
        onSuccess: (result) =>
          setMessage(result.status === 'signedIn' ? null : benchRefusalText(result, t, i18n.language)),
        onError: (error) => setMessage(benchErrorText(error, t)),
      },
    );
  }

  function goTo(next: Step) {
    setMessage(null);
    setStep(next);
  }

  function body() {
    switch (step.kind) {
      case 'pin':
        return (
          <>
            <PinField
              label={t('bench.lock.pinFor', { name })}
              submitLabel={t('bench.unlock')}
              isBusy={unlock.isPending}
              onPin={sendPin}
              onBadge={(badge) => goTo({ kind: 'badge', badge })}
            />
            <p className="bench-sign-in__hint">{t('bench.lock.switchHint')}</p>
          </>
        );
      case 'badge':
        return (
          <BadgeSignIn
            key={step.badge ?? ''}
            {...(step.badge === undefined ? {} : { initialBadge: step.badge })}
            onSignedIn={() => undefined}
            {...(hasPin ? { onCancel: () => goTo(ownStep) } : {})}
          />
        );
      case 'password':
        return (
          <PasswordSignInForm
            initialUsername={session.user.username}
            isHubOffline={status.data?.hub.state === 'offline'}
            onSignedIn={() => undefined}
            onBadge={(badge) => goTo({ kind: 'badge', badge })}
          />
        );
      default:
        return unreachable(step);
    }
  }

  return (
    <main className="sign-in lock-screen">
      <div className="sign-in__top">
        <HubPill testId="hub-state" />
        <LanguageSwitch />
      </div>
      <div className="sign-in__panel">
        <p className="sign-in__product">{t('app.name')}</p>
        <h1 className="sign-in__title">{t('bench.lock.title')}</h1>
        <p className="bench-sign-in__who">
          {t('bench.lock.signedIn', { name })} · {t(`roles.${session.user.role}`)}
        </p>
        {body()}
        {message === null ? null : (
          <p className="sign-in__error" role="alert">
            {message}
          </p>
        )}
        <button
          type="button"
          className="button bench-sign-in__other-way"
          onClick={() => goTo(step.kind === 'password' ? ownStep : { kind: 'password' })}
        >
          {step.kind === 'password' ? t('bench.lock.usePin') : t('bench.usePassword')}
        </button>
      </div>
    </main>
  );
}
