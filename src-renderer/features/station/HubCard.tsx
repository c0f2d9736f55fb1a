import { useTranslation } from 'react-i18next';
import type { HubConnection } from '../../../src-shared/features/station';
import { useStationLink } from '../../app/bridge';
import { Card, Fact, FactList } from '../../ui';
import { hubTone } from './hub-tone';
import { clockOffsetLimitMs, formatMs, formatTime, secondsSince } from './station-format';
import { useNow } from '../../app/use-now';

type HubCardProps = { hub: HubConnection };

/** The hub connection, large: the one thing a packer glances at when something seems off. */
export function HubCard({ hub }: HubCardProps) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  // With the station service gone, the last hub state is only history: shown as such, in grey.
  const isStale = useStationLink() === 'unreachable';
  const stateWord = t(`hub.state.${hub.state}`);
  const language = i18n.language;
  const none = t('station.none');
  const isClockOff = hub.clockOffsetMs !== null && Math.abs(hub.clockOffsetMs) > clockOffsetLimitMs;

  return (
    <Card title={t('station.hub.title')}>
      <p
        className={`hub-state hub-state--${isStale ? 'neutral' : hubTone(hub.state)}`}
        data-testid="hub-state"
        data-state={hub.state}
        data-stale={isStale}
      >
        <span className="hub-state__mark" aria-hidden="true" />
        {isStale ? t('hub.lastKnown', { state: stateWord }) : stateWord}
      </p>
      <FactList>
        <Fact label={t('station.hub.url')} isCode>
          {hub.hubUrl}
        </Fact>
        <Fact label={t('station.hub.kind')}>
          {hub.isEmbedded ? t('station.hub.embedded') : t('station.hub.separate')}
        </Fact>
        <Fact label={t('station.hub.rtt')}>
          {hub.rttMs === null ? none : t('station.hub.ms', { value: formatMs(hub.rttMs, language) })}
        </Fact>
        <Fact label={t('station.hub.clockOffset')} tone={isClockOff ? 'warn' : 'neutral'}>
          {hub.clockOffsetMs === null
            ? none
            : t('station.hub.ms', { value: formatMs(hub.clockOffsetMs, language, true) })}
          {isClockOff ? (
            <span className="hub-card__warning">{t('station.hub.clockOffsetWarning')}</span>
          ) : null}
        </Fact>
        <Fact label={t('station.hub.lastContact')}>
          {hub.lastContactAt === null
            ? none
            : t('station.hub.secondsAgo', {
                time: formatTime(hub.lastContactAt, language),
                seconds: secondsSince(hub.lastContactAt, now),
              })}
        </Fact>
        <Fact label={t('station.hub.version')}>{hub.hubVersion ?? none}</Fact>
        <Fact label={t('station.hub.engine')}>
          {hub.engine ? t(`station.hub.engines.${hub.engine}`) : none}
        </Fact>
        <Fact label={t('station.hub.lastError')} tone={hub.lastError ? 'bad' : 'neutral'}>
          {hub.lastError ?? t('station.hub.noError')}
        </Fact>
      </FactList>
    </Card>
  );
}
