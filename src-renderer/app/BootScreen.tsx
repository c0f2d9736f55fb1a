import { useTranslation } from 'react-i18next';
import { isBridgeError, useStationLink } from './bridge';
import './boot-screen.css';

type BootScreenProps = { error?: Error | null; onRetry?: () => void };

/** What shows before the station has said who is signed in: starting, or why it cannot start. */
export function BootScreen({ error, onRetry }: BootScreenProps) {
  const { t } = useTranslation();
  const link = useStationLink();
  const isUnreachable = link === 'unreachable' || (isBridgeError(error) && error.isStationUnreachable);

  return (
    <main className="boot-screen">
      <p className="boot-screen__product">{t('app.name')}</p>
      {error || isUnreachable ? (
        <div className="boot-screen__problem" role="alert">
          <h1>
            {isUnreachable ? t('link.unreachable') : t('app.loadFailed', { message: error?.message ?? '' })}
          </h1>
          {isUnreachable ? <p>{t('link.unreachableHint')}</p> : null}
          {onRetry ? (
            <button type="button" className="button" onClick={onRetry}>
              {t('app.retry')}
            </button>
          ) : null}
        </div>
      ) : (
        <p className="boot-screen__loading">{t('app.loading')}</p>
      )}
    </main>
  );
}
