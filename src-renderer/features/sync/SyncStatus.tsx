import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStationLink } from '../../app/bridge';
import { useNow } from '../../app/use-now';
import { formatDateTime } from '../../ui';
import { ageOf, ageText } from './sync-format';
import { SyncStateIcon } from './SyncStateIcon';
import { syncTone } from './sync-tone';
import { useSyncNow } from './use-sync-now';
import { useSyncState } from './use-sync-state';
import './sync-status.css';

type SyncStatusProps = {
  /** Opens the "needs attention" list; offered only while something needs attention. */
  onOpenAttention: () => void;
  /** Shown until the loop's state is known, or while the station service does not answer. */
  fallback: ReactNode;
};

/**
 * The top bar's sync status: the loop's state as word, icon and colour; what waits for the hub
 * and since when; a "sync now" button; and, while the hub refused something, a red count that
 * opens the list. Until the loop's state is known (or with the station service gone) `fallback`
 * stands in: the top bar gives the hub pill, which says what is known about the link.
 */
export function SyncStatus({ onOpenAttention, fallback }: SyncStatusProps) {
  const { t, i18n } = useTranslation();
  const link = useStationLink();
  const sync = useSyncState();
  const syncNow = useSyncNow();
  const now = useNow(15_000);

  if (link === 'unreachable' || !sync.data) return fallback;
  const { state, pendingCommands, oldestPendingAt, lastSyncedAt, lastError, needsAttention } = sync.data;
  const details = [
    lastSyncedAt ? t('sync.lastSynced', { time: formatDateTime(lastSyncedAt, i18n.language) }) : null,
    lastError ? t('sync.lastError', { message: lastError }) : null,
  ].filter((line) => line !== null);

  return (
    <div className="sync-status" role="group" aria-label={t('sync.label')}>
      <p
        className={`sync-pill sync-pill--${syncTone(state)}`}
        data-testid="sync-pill"
        data-state={state}
        title={details.join('\n') || undefined}
      >
        <SyncStateIcon state={state} />
        <span className="sync-pill__state">{t(`sync.state.${state}`)}</span>
        {pendingCommands > 0 ? (
          <span className="sync-pill__pending" data-testid="sync-pending">
            {t('sync.pending', {
              count: pendingCommands,
              age: oldestPendingAt ? ageText(ageOf(oldestPendingAt, now), t) : t('sync.age.justNow'),
            })}
          </span>
        ) : null}
      </p>
      <button
        type="button"
        className="button sync-status__now"
        disabled={syncNow.isPending}
        onClick={() => syncNow.mutate()}
        title={syncNow.isError ? t('sync.nowFailed', { message: syncNow.error.message }) : undefined}
      >
        {t('sync.now')}
      </button>
      {needsAttention > 0 ? (
        <button
          type="button"
          className="sync-status__attention"
          data-testid="attention-button"
          onClick={onOpenAttention}
        >
          <span className="sync-status__attention-count">{needsAttention}</span>
          {t('sync.needsAttention', { count: needsAttention })}
        </button>
      ) : null}
    </div>
  );
}
