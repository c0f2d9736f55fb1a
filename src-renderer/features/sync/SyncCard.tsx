import { useTranslation } from 'react-i18next';
import { useNow } from '../../app/use-now';
import { Card, Fact, FactList, formatDateTime } from '../../ui';
import { ageOf, ageText } from './sync-format';
import { useSyncState } from './use-sync-state';

type SyncCardProps = { onOpenAttention: () => void };

/**
 * The replication loop in full for the Station screen: what the top bar's pill sums up, plus when
 * everything was last pulled and the last failure in words.
 */
export function SyncCard({ onOpenAttention }: SyncCardProps) {
  const { t, i18n } = useTranslation();
  const sync = useSyncState();
  const now = useNow(15_000);
  if (!sync.data) return null;
  const { state, pendingCommands, oldestPendingAt, lastSyncedAt, lastError, needsAttention } = sync.data;
  const none = t('station.none');

  return (
    <Card title={t('sync.card.title')}>
      <FactList>
        <Fact label={t('sync.card.state')} tone={state === 'error' ? 'bad' : 'neutral'}>
          {t(`sync.state.${state}`)}
        </Fact>
        <Fact label={t('sync.card.pending')} tone={pendingCommands > 0 ? 'warn' : 'neutral'}>
          {pendingCommands === 0
            ? t('sync.card.nothingPending')
            : t('sync.pending', {
                count: pendingCommands,
                age: oldestPendingAt ? ageText(ageOf(oldestPendingAt, now), t) : t('sync.age.justNow'),
              })}
        </Fact>
        <Fact label={t('sync.card.lastSynced')}>
          {lastSyncedAt ? formatDateTime(lastSyncedAt, i18n.language) : none}
        </Fact>
        <Fact label={t('sync.card.lastError')} tone={lastError ? 'bad' : 'neutral'}>
          {lastError ?? t('station.hub.noError')}
        </Fact>
        <Fact label={t('sync.card.needsAttention')} tone={needsAttention > 0 ? 'bad' : 'neutral'}>
          {needsAttention === 0 ? (
            t('sync.card.nothingRefused')
          ) : (
            <button type="button" className="button" onClick={onOpenAttention}>
              {t('sync.card.showRefused', { count: needsAttention })}
            </button>
          )}
        </Fact>
      </FactList>
    </Card>
  );
}
