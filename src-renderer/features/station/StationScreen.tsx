import { useTranslation } from 'react-i18next';
import type { Session } from '../../../src-shared/features/auth';
import { SyncCard } from '../sync';
import { DevicesCard } from './DevicesCard';
import { HubCard } from './HubCard';
import { LocalDbBanner } from './LocalDbBanner';
import { LocalDbCard } from './LocalDbCard';
import { UserCard } from './UserCard';
import { useStationStatus } from './use-station-status';
import './station-screen.css';

type StationScreenProps = { session: Session; onOpenAttention: () => void };

/**
 * The live state of this station: hub link, sync, person, local database, devices. Events keep it
 * current.
 */
export function StationScreen({ session, onOpenAttention }: StationScreenProps) {
  const { t } = useTranslation();
  const status = useStationStatus();

  return (
    <div className="station-screen">
      <header className="station-screen__header">
        <h1 className="screen-title">{t('screens.station')}</h1>
        {status.data ? (
          <p className="station-screen__summary">
            {t('station.summary', {
              name: status.data.stationName,
              version: status.data.appVersion,
              mode: t(`station.mode.${status.data.mode}`),
            })}
          </p>
        ) : null}
      </header>
      {status.isPending ? <p>{t('station.loading')}</p> : null}
      {status.isError ? <p role="alert">{t('app.loadFailed', { message: status.error.message })}</p> : null}
      {status.data ? <LocalDbBanner db={status.data.localDb} /> : null}
      <div className="station-grid">
        <div className="station-grid__column station-grid__column--wide">
          {status.data ? <HubCard hub={status.data.hub} /> : null}
          <DevicesCard />
        </div>
        <div className="station-grid__column">
          <SyncCard onOpenAttention={onOpenAttention} />
          <UserCard user={session.user} />
          {status.data ? <LocalDbCard db={status.data.localDb} /> : null}
        </div>
      </div>
    </div>
  );
}
