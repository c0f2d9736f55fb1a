import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationStatus as HubStation } from '../../../../src-shared/hub-api';
import { Card, formatShortDateTime, StatusBadge } from '../../../ui';
import { useStationStatus } from '../../station';
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
          <RevokeConfirm
            station={asking}
            isPending={revoke.isPending}
            error={revoke.error}
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
    <table className="stations-admin__table">
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

type RevokeConfirmProps = {
  readonly station: HubStation;
  readonly isPending: boolean;
  readonly error: Parameters<typeof StationsError>[0]['error'];
  readonly onConfirm: () => void;
  readonly onKeep: () => void;
};

/** "Revoke this station?" It takes the focus: Enter revokes, Tab reaches "Keep it". */
function RevokeConfirm({ station, isPending, error, onConfirm, onKeep }: RevokeConfirmProps) {
  const { t } = useTranslation();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div className="stations-admin__confirm" role="group" aria-label={t('stations.revoke')}>
      <p>{t('stations.revokeConfirm', { name: station.name })}</p>
      <StationsError error={error} />
      <div className="stations-admin__buttons">
        <button
          ref={confirm}
          type="button"
          className="button button--danger"
          disabled={isPending}
          onClick={onConfirm}
        >
          {t('stations.revokeNow')}
        </button>
        <button type="button" className="button" onClick={onKeep}>
          {t('stations.keep')}
        </button>
      </div>
    </div>
  );
}
