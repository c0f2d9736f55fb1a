import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../../app/bridge';
import { AdminConfirm } from '../AdminConfirm';
import { DeviceError } from './DeviceError';

type RemovePrinterConfirmProps = {
  readonly printerName: string;
  /** Jobs wait for the printer: confirming cancels them too. */
  readonly isCancellingWaitingJobs: boolean;
  readonly isPending: boolean;
  readonly error: BridgeError | null;
  readonly onConfirm: () => void;
  readonly onKeep: () => void;
};

/** "Remove this printer?", asked again with "and cancel its jobs" when jobs wait for it. */
export function RemovePrinterConfirm(props: RemovePrinterConfirmProps) {
  const { t } = useTranslation();
  return (
    <AdminConfirm
      label={t('devices.printers.remove')}
      question={t('devices.printers.removeConfirm', { name: props.printerName })}
      confirmText={
        props.isCancellingWaitingJobs ? t('devices.printers.removeAndCancel') : t('devices.printers.remove')
      }
      keepText={t('devices.printers.keep')}
      isPending={props.isPending}
      error={<DeviceError error={props.error} />}
      onConfirm={props.onConfirm}
      onKeep={props.onKeep}
      focusKey={props.isCancellingWaitingJobs}
    />
  );
}
