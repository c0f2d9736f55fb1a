import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationStatus as HubStation } from '../../../../src-shared/hub-api';
import { Card, formatShortDateTime, StatusBadge } from '../../../ui';
import { useStationStatus } from '../../station';
import { AdminConfirm } from '../AdminConfirm';
import { StationsError } from './StationsError';
import { useHubStations, useRevokeStation } from './use-hub-stations';
import './stations-admin.css';

/**
 * The hub's directory of stations: where each one is, when it last synced, whether its clock is
 * off (the hub alerts beyond 30 s), and "Revoke" for a station that was lost or stolen.
 */
export function StationsSection() {
  const { t } = useTranslation();
  const directory = useHubStations();
  const here = useStationStatus().data?.stationId ?? null;
  const revoke = useRevokeStation();
  const [asking, setAsking] = useState<HubStation | null>(null);

  return (
    <Card title={t('stations.title')}>
      <div className="stations-admin">
        <p className="stations-admin__hint">{t('stations.hint')}</p>
        {directory.isPending ? <p>{t('stations.loading')}</p> : null}
        <StationsError error={directory.error} />
        {directory.data?.stations.length === 0 ? <p>{t('stations.empty')}</p> : null}
        {directory.data !== undefined && directory.data.stations.length > 0 ? (
          <StationTable
            stations={directory.data.stations}
            here={here}
            onRevoke={(station) => {
              revoke.reset();
              setAsking(station);
            }}
          />
        ) : null}
        {asking === null ? null : (
          <AdminConfirm
            label={t('stations.revoke')}
            question={t('stations.revokeConfirm', { name: asking.name })}
            confirmText={t('stations.revokeNow')}
            keepText={t('stations.keep')}
            isPending={revoke.isPending}
            error={<StationsError error={revoke.error} />}
            onConfirm={() => revoke.mutate(asking.id, { onSuccess: () => setAsking(null) })}
            onKeep={() => setAsking(null)}
          />
        )}
        <button type="button" className="button" onClick={() => void directory.refetch()}>
          {t('stations.refresh')}
        </button>
      </div>
    </Card>
  );
}

type StationTableProps = {
  readonly stations: readonly HubStation[];
  readonly here: string | null;
  readonly onRevoke: (station: HubStation) => void;
};

function StationTable({ stations, here, onRevoke }: StationTableProps) {
  const { t, i18n } = useTranslation();
  const at = (iso: string) => formatShortDateTime(iso, i18n.language);
  return (
    <table className="admin-table">
      <thead>
        <tr>
          <th scope="col">{t('stations.columns.station')}</th>
          <th scope="col">{t('stations.columns.warehouse')}</th>
          <th scope="col">{t('stations.columns.lastSeen')}</th>
          <th scope="col">{t('stations.columns.clock')}</th>
          <th scope="col">{t('stations.columns.state')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('stations.revoke')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {stations.map((station) => (
          <tr key={station.id} data-testid="hub-station" data-station={station.id}>
            <td>
              <span className="stations-admin__name">{station.name}</span>
              <span className="stations-admin__id">
                {station.id}
                {station.id === here ? ` · ${t('stations.thisStation')}` : ''}
              </span>
            </td>
            <td>{station.warehouseName ?? station.warehouseId}</td>
            <td className="stations-admin__time">
              {station.isConnected
                ? t('stations.connected')
                : station.lastSeenAt === null
                  ? t('stations.never')
                  : at(station.lastSeenAt)}
            </td>
            <td>
              <ClockHealth station={station} />
            </td>
            <td>
              {station.revokedAt === null ? (
                <StatusBadge tone="good">{t('stations.active')}</StatusBadge>
              ) : (
                <StatusBadge tone="bad" state="revoked">
                  {t('stations.revoked', { at: at(station.revokedAt) })}
                </StatusBadge>
              )}
            </td>
            <td>
              {station.revokedAt === null ? (
                <button type="button" className="button button--danger" onClick={() => onRevoke(station)}>
                  {t('stations.revoke')}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The station's clock against the hub's: ahead or behind, flagged beyond the hub's 30 s alert. */
function ClockHealth({ station }: { readonly station: HubStation }) {
  const { t } = useTranslation();
  if (station.clockOffsetMs === null) return <>{t('stations.clockUnknown')}</>;
  const seconds = Math.abs(station.clockOffsetMs) / 1000;
  // Rounded first, so a few milliseconds read "in step", not "0.0 s behind".
  const shown = seconds.toFixed(seconds < 10 ? 1 : 0);
  let offset: string;
  if (Number(shown) === 0) offset = t('stations.clockInStep');
  else if (station.clockOffsetMs > 0) offset = t('stations.clockAhead', { seconds: shown });
  else offset = t('stations.clockBehind', { seconds: shown });
  return station.hasClockAlert ? (
    <StatusBadge tone="warn" state="clock-alert">
      {t('stations.clockAlert', { offset })}
    </StatusBadge>
  ) : (
    <>{t('stations.clockOk', { offset })}</>
  );
}
