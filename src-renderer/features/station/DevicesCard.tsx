import { useTranslation } from 'react-i18next';
import type { Device } from '../../../src-shared/features/devices';
import { useDevices } from '../devices';
import { Card, StatusBadge, type Tone } from '../../ui';

function deviceTone(state: Device['state']): Tone {
  if (state === 'connected' || state === 'ready') return 'good';
  if (state === 'disconnected' || state === 'offline') return 'bad';
  return 'warn'; // paper out, head open: a person can fix it at the bench
}

/** Every scanner and printer main knows, with its live state. */
export function DevicesCard() {
  const { t } = useTranslation();
  const devices = useDevices();

  function body() {
    if (devices.isPending) return <p>{t('station.devices.loading')}</p>;
    if (devices.isError) return <p role="alert">{t('app.loadFailed', { message: devices.error.message })}</p>;
    if (devices.data.length === 0) return <p>{t('station.devices.empty')}</p>;
    return (
      <table className="device-table">
        <thead>
          <tr>
            <th scope="col">{t('station.devices.kind')}</th>
            <th scope="col">{t('station.devices.name')}</th>
            <th scope="col">{t('station.devices.transport')}</th>
            <th scope="col">{t('station.devices.state')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.data.map((device) => (
            <tr key={device.id} data-testid={`device-${device.id}`}>
              <td>{t(`station.devices.kinds.${device.kind}`)}</td>
              <td>{device.name}</td>
              <td>{t(`station.devices.transports.${device.transport}`)}</td>
              <td>
                <StatusBadge tone={deviceTone(device.state)} state={device.state}>
                  {t(`station.devices.states.${device.state}`)}
                </StatusBadge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return <Card title={t('station.devices.title')}>{body()}</Card>;
}
