import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../../app/bridge';

type DeviceErrorProps = { error: BridgeError | null };

/** Why a device change was not made, next to the button that tried. */
export function DeviceError({ error }: DeviceErrorProps) {
  const { t } = useTranslation();
  if (error === null) return null;
  let text: string;
  if (error.isStationUnreachable) text = t('devices.errors.unreachable');
  else if (error.code === 'forbidden') text = t('devices.errors.forbidden');
  else text = t('devices.errors.failed', { message: error.message });
  return (
    <p className="admin-error" role="alert">
      {text}
    </p>
  );
}
