import { useTranslation } from 'react-i18next';
import { useStationLink } from '../../app/bridge';
import { StatusBadge } from '../../ui';
import { hubTone } from './hub-tone';
import { useStationStatus } from './use-station-status';

type HubPillProps = {
  /** The sign-in screen's pill is the hub state end-to-end tests wait on; the top bar's is not. */
  testId: string;
};

/**
 * The hub connection at a glance, for the top bar and the sign-in screen (where it tells a person
 * whether signing in can work at all). When the station service itself does not answer, that is
 * what it says: nothing is known about the hub then.
 */
export function HubPill({ testId }: HubPillProps) {
  const { t } = useTranslation();
  const link = useStationLink();
  const status = useStationStatus();

  if (link === 'unreachable') {
    return (
      <StatusBadge tone="bad" size="l" testId="station-link" state="unreachable">
        {t('link.unreachable')}
      </StatusBadge>
    );
  }
  const hub = status.data?.hub;
  if (!hub) {
    return (
      <StatusBadge tone="neutral" size="l">
        {t('hub.pill.unknown')}
      </StatusBadge>
    );
  }
  return (
    <StatusBadge tone={hubTone(hub.state)} size="l" testId={testId} state={hub.state}>
      {t(`hub.pill.${hub.state}`)}
    </StatusBadge>
  );
}
