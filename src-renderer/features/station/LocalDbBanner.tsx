import { useTranslation } from 'react-i18next';
import type { DbRecoveryEvent } from '../../../src-shared/db';
import type { LocalDbStatus } from '../../../src-shared/features/station';
import { formatDateTime } from './station-format';

type LocalDbBannerProps = { db: LocalDbStatus };

/**
 * Says, across the Station screen, when the local database is not what it was at the last
 * shutdown: recovered from a backup, started empty, waiting for a full download, or unusable.
 * Nothing when the database opened as it was.
 */
export function LocalDbBanner({ db }: LocalDbBannerProps) {
  const { t } = useTranslation();
  if (db.state === 'error') {
    return (
      <div className="db-banner db-banner--bad" role="alert" data-testid="db-banner">
        <strong>{t('station.db.banner.errorTitle')}</strong>
        <p>{db.integrity}</p>
        <p>{t('station.db.banner.errorHint')}</p>
      </div>
    );
  }
  if (db.state === 'recovered' && db.recovery) {
    return (
      <div className="db-banner db-banner--warn" role="status" data-testid="db-banner">
        <strong>{t('station.db.banner.recoveredTitle')}</strong>
        <RecoveryFacts recovery={db.recovery} />
      </div>
    );
  }
  if (db.isResyncRequired) {
    return (
      <div className="db-banner db-banner--warn" role="status" data-testid="db-banner">
        <strong>{t('station.db.banner.resyncTitle')}</strong>
        <p>{t('station.db.banner.resync')}</p>
      </div>
    );
  }
  return null;
}

function RecoveryFacts({ recovery }: { recovery: DbRecoveryEvent }) {
  const { t, i18n } = useTranslation();
  const time = formatDateTime(recovery.at, i18n.language);
  return (
    <>
      <p>
        {recovery.kind === 'restored-backup'
          ? t('station.db.banner.restoredBackup', { file: fileName(recovery.backupUsed ?? ''), time })
          : t('station.db.banner.startedEmpty', { time })}
      </p>
      <p>{t('station.db.banner.reason', { reason: recovery.reason })}</p>
      {recovery.movedTo === undefined ? null : (
        <p>{t('station.db.banner.keptAs', { file: fileName(recovery.movedTo) })}</p>
      )}
    </>
  );
}

/** The last part of a path written on Windows or POSIX: the card shows the folder already. */
function fileName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}
