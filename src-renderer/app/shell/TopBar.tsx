import { useTranslation } from 'react-i18next';
import type { Session } from '../../../src-shared/features/auth';
import { SwitchUserButton, useSignOut } from '../../features/auth';
import { HubPill, useStationStatus } from '../../features/station';
import { SyncStatus } from '../../features/sync';
import { LanguageSwitch } from '../i18n';

type TopBarProps = { session: Session; onOpenAttention: () => void };

/** Product, station, sync with the hub, person and role, language, sign-out: always in the same place. */
export function TopBar({ session, onOpenAttention }: TopBarProps) {
  const { t } = useTranslation();
  const status = useStationStatus();
  const signOut = useSignOut();

  return (
    <header className="top-bar">
      <div className="top-bar__identity">
        <span className="top-bar__product">{t('app.name')}</span>
        {status.data ? (
          <span className="top-bar__station">
            {t('shell.stationName', { name: status.data.stationName })}
          </span>
        ) : null}
      </div>
      <SyncStatus onOpenAttention={onOpenAttention} fallback={<HubPill testId="hub-pill" />} />
      <div className="top-bar__end">
        <p className="top-bar__user">
          <span className="top-bar__user-name">{session.user.displayName}</span>
          <span className="top-bar__role">{t(`roles.${session.user.role}`)}</span>
        </p>
        <LanguageSwitch />
        <SwitchUserButton />
        <button
          type="button"
          className="button top-bar__sign-out"
          disabled={signOut.isPending}
          onClick={() => signOut.mutate()}
        >
          {t('shell.signOut')}
        </button>
      </div>
      {signOut.isError ? (
        <p className="top-bar__error" role="alert">
          {t('shell.signOutFailed', { message: signOut.error.message })}
        </p>
      ) : null}
    </header>
  );
}
